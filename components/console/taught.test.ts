// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { aliyun } from '../../entrypoints/aliyun.content/console';
import { huawei } from '../../entrypoints/huawei.content/console';
import { tencent } from '../../entrypoints/tencent.content/console';
import { loadFixture } from '../../test/fixtures/consoles/load';
import type { TaughtFields } from '../messaging/taught';
import { domOf } from './dom';
import { missingFields, readPage } from './read-page';
import { buildLocator } from './locator';
import { taughtItems, taughtSlot } from './taught';

/** The form item of the TinyVue fixture whose label reads `label`. */
const formItem = (label: string) =>
  Array.from(document.querySelectorAll('.tiny-form-item')).find((item) => item.querySelector('.tiny-form-item__label')?.textContent?.trim() === label)!;
const inputOf = (label: string) => formItem(label).querySelector('input')!;
const rename = (label: string, to: string) => {
  formItem(label).querySelector('.tiny-form-item__label')!.textContent = to;
};
const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a taught field', () => {
  it('is read where the user showed it once the console renamed its label, with the same readers as every field', () => {
    loadFixture('huawei/tinyvue-subject');
    const mobile = inputOf('手机号码');
    type(mobile, '13800000001');
    rename('手机号码', '联系人手机');
    const before = readPage(huawei, document);
    expect(missingFields(before)).toContain('subject.principal.mobile');

    const locator = buildLocator(domOf(huawei.libraries), document.body, mobile);
    expect(locator.label).toBe('联系人手机');
    const taught: TaughtFields = { subject: { 'subject.principal.mobile': locator } };
    const after = readPage(huawei, document, undefined, { fields: taught, items: taughtItems });
    expect(missingFields(after)).not.toContain('subject.principal.mobile');
    expect(after.values.get('subject.principal.mobile')).toBe('13800000001');
    expect(after.anchors.get('subject.principal.mobile')).toBeDefined();
    expect(after.taught).toEqual(['subject.principal.mobile']);
    expect(after.staleTaught).toBeUndefined();
  });

  it('is reported stale when its label and control are gone, and left alone while the adapter finds the field itself', () => {
    loadFixture('huawei/tinyvue-subject');
    const locator = buildLocator(domOf(huawei.libraries), document.body, inputOf('手机号码'));
    const taught: TaughtFields = { subject: { 'subject.principal.mobile': { ...locator, label: '联系人手机' } } };
    // The adapter finds 手机号码 itself: the taught locator is not used.
    const found = readPage(huawei, document, undefined, { fields: taught, items: taughtItems });
    expect(found.taught).toBeUndefined();
    expect(found.staleTaught).toBeUndefined();
    // Renamed again, to words the locator does not hold: neither the adapter nor the locator finds it.
    rename('手机号码', '移动电话');
    const stale = readPage(huawei, document, undefined, { fields: taught, items: taughtItems });
    expect(missingFields(stale)).toContain('subject.principal.mobile');
    expect(stale.staleTaught).toEqual(['subject.principal.mobile']);
  });

  it('applies only on the step it was taught on', () => {
    loadFixture('huawei/tinyvue-subject');
    const mobile = inputOf('手机号码');
    rename('手机号码', '联系人手机');
    const locator = buildLocator(domOf(huawei.libraries), document.body, mobile);
    const read = readPage(huawei, document, undefined, { fields: { website: { 'subject.principal.mobile': locator } }, items: taughtItems });
    expect(missingFields(read)).toContain('subject.principal.mobile');
    expect(read.taught).toBeUndefined();
  });
});

describe('a locator', () => {
  it('never holds what the control holds: not the value, even when the text before it repeats the value', () => {
    loadFixture('huawei/tinyvue-subject');
    const secret = '13712340001';
    for (const label of ['手机号码', '应急联系电话', '电子邮箱', '证件号码', '姓名']) {
      const input = inputOf(label);
      type(input, secret);
      const locator = buildLocator(domOf(huawei.libraries), document.body, input);
      expect(JSON.stringify(locator)).not.toContain(secret);
    }
    // A page that writes the typed value as the field's label: the label is left out.
    const input = inputOf('手机号码');
    formItem('手机号码').querySelector('.tiny-form-item__label')!.textContent = secret;
    const locator = buildLocator(domOf(huawei.libraries), document.body, input);
    expect(locator.label).toBe('');
    expect(JSON.stringify(locator)).not.toContain(secret);
  });

  it('is a short path of tags and stable classes (no ids, no state or generated classes)', () => {
    loadFixture('huawei/tinyvue-subject');
    const input = inputOf('手机号码');
    input.id = 'input-8f3a2b1c9d';
    input.classList.add('is-focus', 'css-1x2y3z', 'v-123456');
    const { path } = buildLocator(domOf(huawei.libraries), document.body, input);
    expect(path.length).toBeLessThanOrEqual(6);
    expect(path[0]).toMatch(/^input(\.|$)/);
    expect(path.join(' ')).not.toMatch(/8f3a2b|is-focus|css-|123456/);
  });
});

describe('every field a console expects can be taught', () => {
  it.each([huawei, aliyun, tencent])('$id: each expected field id has a writer and a section', (def) => {
    const { expected } = def.steps;
    const ids = [
      ...expected.verify,
      ...expected.subject,
      ...[...expected.website, ...expected.servicePrincipal].map((f) => `websites[0].${f}`),
      ...[...expected.app, ...expected.servicePrincipal].map((f) => `apps[1].${f}`),
      ...expected.upload,
    ];
    expect(ids.filter((id) => taughtSlot(def, id) === undefined)).toEqual([]);
  });

  it('a service field keeps its card, a principal field its block', () => {
    expect(taughtSlot(huawei, 'apps[1].principal.mobile')).toMatchObject({
      key: 'principal.mobile',
      ctx: { block: 'service-principal', service: 'apps', index: 1 },
    });
    expect(taughtSlot(huawei, 'websites[0].domains')).toMatchObject({ key: 'service.domains', ctx: { block: 'service', service: 'websites', index: 0 } });
    expect(taughtSlot(huawei, 'constructor')).toBeUndefined();
    expect(taughtSlot(huawei, 'subject.principal.__proto__')).toBeUndefined();
  });
});
