// @vitest-environment happy-dom
/**
 * Page text and markup the adapter must not trust: numbers in headings and slot labels
 * that would make it build huge forms (lengths are asserted, never times), and attributes
 * of our own hosts planted on the console's fields, and words that name members of every
 * object (「constructor」, 「__proto__」) used as labels, option texts or titles.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { aliyun } from '../../entrypoints/aliyun.content/console';
import { huawei } from '../../entrypoints/huawei.content/console';
import { FILING_TYPE_TITLES } from '../../entrypoints/huawei.content/labels';
import { tencent } from '../../entrypoints/tencent.content/console';
import { HUAWEI_STEPS } from '../../entrypoints/huawei.content/steps';
import { SUBJECT_NATURES } from '../../rules/model/vocabulary';
import { filingTypeFromTitle } from './layout';
import { stepFromText } from './steps';
import { term } from './values';
import { loadFixture } from '../../test/fixtures/consoles/load';
import { MAX_SERVICES_PER_ORDER } from './local-keys';
import { OrderModel } from './order-model';
import type { PageRead } from './page-read';
import { readPage } from './read-page';
import { watchPage } from './watch';
import { extensionLifetime } from './lifetime';

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
});

function formOf(read: PageRead) {
  const order = new OrderModel();
  order.merge(read);
  return order.form();
}

/** A read that found exactly `values` (no anchors needed by the order model). */
function readOf(values: Record<string, unknown>, step: PageRead['step'] = 'website'): PageRead {
  return { step, found: new Set(Object.keys(values)), values: new Map(Object.entries(values)), anchors: new Map(), expected: [] };
}

const HUGE = ['100000', '4294967295', '99999999999999999999'];

describe('service numbers from page text are bounded', () => {
  it('the console allows far fewer services than the bound, and the rules count below it', () => {
    // 陕西 caps a unit at 30 websites (provinces/sn/site-count-limit): the rules must still see that many.
    expect(MAX_SERVICES_PER_ORDER).toBeGreaterThan(30);
    expect(MAX_SERVICES_PER_ORDER).toBeLessThanOrEqual(1000);
  });

  it.each([huawei, aliyun, tencent].map((def) => [def.id, def] as const))(
    '%s: a heading numbering a service past the bound is not a service heading',
    (_id, def) => {
      for (const n of HUGE) {
        for (const text of [`网站${n}`, `网站信息${n}`, `第${n}个网站`, `APP${n}`, `App${n}`, `已备案网站${n}`, `原APP${n}`]) {
          const heading = def.headings(text);
          expect(heading === undefined || heading.kind === 'block' || heading.index < MAX_SERVICES_PER_ORDER, text).toBe(true);
        }
      }
      expect(def.headings(`网站${MAX_SERVICES_PER_ORDER}`)).toEqual({ kind: 'service', service: 'websites', index: MAX_SERVICES_PER_ORDER - 1 });
      expect(def.headings('网站0')).toBeUndefined();
    },
  );

  it.each([huawei, aliyun, tencent].map((def) => [def.id, def] as const))(
    '%s: an upload slot naming a service past the bound belongs to no service',
    (_id, def) => {
      for (const n of HUGE) expect(def.labels.serviceHint(`网站负责人证件（网站${n}）`)).toBeUndefined();
      expect(def.labels.serviceHint('网站负责人证件（网站2）')).toEqual({ service: 'websites', index: 1 });
    },
  );

  it('a card titled 「网站100000」 does not make 100,000 websites', () => {
    loadFixture('huawei/tiny3-website');
    const titles = Array.from(document.querySelectorAll('.card-title'));
    titles[1]!.textContent = '网站100000';
    const form = formOf(readPage(huawei, document));
    expect(form.websites?.length).toBe(1);
  });

  it('every card titled with a huge number: still no more websites than cards', () => {
    for (const n of HUGE) {
      loadFixture('huawei/tiny3-website');
      for (const title of Array.from(document.querySelectorAll('.card-title'))) title.textContent = `网站${n}`;
      const form = formOf(readPage(huawei, document));
      expect(form.websites?.length ?? 0, n).toBeLessThanOrEqual(2);
    }
  });

  it('a record block titled 「已备案网站100000」 does not make 100,000 filed websites', () => {
    loadFixture('huawei/tinyvue-cancel-service');
    document.querySelector('.section-title:not(:first-child)')!.textContent = '已备案网站100000';
    for (const title of Array.from(document.querySelectorAll('.section-title'))) if (title.textContent === '网站1') title.textContent = '已备案网站100000';
    const form = formOf(readPage(huawei, document));
    expect(form.filed?.websites?.length ?? 0).toBeLessThanOrEqual(1);
    expect(form.websites?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('an upload slot 「…（网站100000）」 keys no material past the bound', () => {
    loadFixture('huawei/tinyvue-upload');
    for (const label of Array.from(document.querySelectorAll('label'))) label.textContent = (label.textContent ?? '').replace(/（网站\d+）/, '（网站100000）');
    const read = readPage(huawei, document);
    expect([...read.values.keys()].filter((id) => /\[\d{3,}\]/.test(id))).toEqual([]);
  });
});

describe('the order model refuses oversized arrays', () => {
  it('drops a field whose service index is past the bound', () => {
    const form = formOf(
      readOf({ 'websites[0].name': '示例', 'websites[99999].name': '巨大', 'apps[4294967294].name': '巨大', 'filed.websites[100000].name': '巨大' }),
    );
    expect(form.websites?.length).toBe(1);
    expect(form.apps).toBeUndefined();
    expect(form.filed?.websites).toBeUndefined();
  });

  it('keeps services up to the bound', () => {
    const form = formOf(readOf({ [`websites[${MAX_SERVICES_PER_ORDER - 1}].name`]: '最后一个' }));
    expect(form.websites?.length).toBe(MAX_SERVICES_PER_ORDER);
    expect(form.websites?.[MAX_SERVICES_PER_ORDER - 1]?.name).toBe('最后一个');
  });

  it('a typed change to an out-of-bound field does not patch it in either', () => {
    const order = new OrderModel();
    order.merge(readOf({ 'websites[0].name': 'a', 'websites[5000].name': 'b' }));
    order.form();
    order.merge(readOf({ 'websites[0].name': 'a', 'websites[5000].name': 'c' }));
    expect(order.form().websites?.length).toBe(1);
    expect(order.formFromScratch().websites?.length).toBe(1);
  });

  it('a side-panel answer for an out-of-bound principal is dropped', () => {
    const order = new OrderModel();
    order.setPrincipalFlag('websites[1000000].principal', true);
    expect(order.form().websites).toBeUndefined();
  });

  it('a list value longer than any console list is cut', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `d${i}.example.cn`);
    const form = formOf(readOf({ 'websites[0].domains': many }));
    expect(form.websites?.[0]?.domains?.length).toBeLessThan(5000);
    expect(form.websites?.[0]?.domains?.slice(0, 2)).toEqual(['d0.example.cn', 'd1.example.cn']);
  });
});

describe('our hosts are known by reference, not by attributes the page can plant', () => {
  const emergencyItem = () =>
    Array.from(document.querySelectorAll('label'))
      .find((l) => l.textContent === '应急联系电话')!
      .closest('.tiny-form-item')!;

  for (const attribute of ['data-beian-precheck-idle', 'data-beian-precheck-field']) {
    it(`a field the page marks ${attribute} is still read`, () => {
      loadFixture('huawei/tinyvue-subject');
      const before = readPage(huawei, document);
      expect(before.found.has('subject.principal.emergencyPhone')).toBe(true);
      emergencyItem().setAttribute(attribute, 'subject.principal.emergencyPhone');
      document.body.setAttribute(attribute, '');
      const after = readPage(huawei, document);
      expect([...after.found].sort()).toEqual([...before.found].sort());
      expect(after.values.get('subject.principal.emergencyPhone')).toBe(before.values.get('subject.principal.emergencyPhone'));
    });

    it(`typing into a field the page marks ${attribute} is still a change`, () => {
      loadFixture('huawei/tinyvue-subject');
      emergencyItem().setAttribute(attribute, 'subject.principal.emergencyPhone');
      const seen: string[] = [];
      const stop = watchPage(
        extensionLifetime(() => true),
        document,
        { onChange: (reason) => seen.push(reason), pollMs: 60_000 },
      );
      const input = emergencyItem().querySelector('input')!;
      input.value = '13900000002';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      stop();
      expect(seen).toContain('input');
    });
  }
});

describe('page text never reaches Object.prototype through a dictionary', () => {
  const WORDS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'prototype'];

  /** Values a form may hold: what survives structured cloning unchanged. */
  const plainData = (value: unknown): boolean =>
    value === null ||
    ['string', 'number', 'boolean', 'undefined'].includes(typeof value) ||
    (Array.isArray(value) && value.every(plainData)) ||
    (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && Object.values(value as object).every(plainData));

  it('as a page title or breadcrumb, names no order type', () => {
    for (const word of WORDS) {
      expect(filingTypeFromTitle(FILING_TYPE_TITLES, word), word).toBeUndefined();
      expect(filingTypeFromTitle(FILING_TYPE_TITLES, `首页 / ${word}`), word).toBeUndefined();
      expect(filingTypeFromTitle(FILING_TYPE_TITLES, `ICP备案 > ${word}`), word).toBeUndefined();
    }
  });

  it('as the document title of a page without 备案类型, leaves the form plain data', () => {
    for (const word of WORDS) {
      loadFixture('huawei/tinyvue-subject');
      document.title = word;
      const read = readPage(huawei, document);
      expect(read.values.has('filingType'), word).toBe(false);
      const form = formOf(read);
      expect(form.filingType, word).toBeUndefined();
      expect(plainData(form), word).toBe(true);
      expect(() => structuredClone(form)).not.toThrow();
    }
  });

  it('as a field label (alone or after an owner prefix), is no field', () => {
    for (const word of WORDS) {
      loadFixture('huawei/tinyvue-subject');
      const baseline = readPage(huawei, document);
      const labels = Array.from(document.querySelectorAll('label.tiny-form-item__label'));
      labels[0]!.textContent = word;
      labels[1]!.textContent = `主体负责人${word}`;
      const read = readPage(huawei, document);
      const gone = new Set([...baseline.found].filter((id) => !read.found.has(id)));
      expect(
        [...read.found].filter((id) => !baseline.found.has(id)),
        word,
      ).toEqual([]);
      expect(gone.size, word).toBeGreaterThan(0);
      expect([...read.values.values()].every(plainData), word).toBe(true);
    }
  });

  it('as an upload slot label, is no material', () => {
    for (const word of WORDS) {
      loadFixture('huawei/tinyvue-upload');
      for (const label of Array.from(document.querySelectorAll('label.tiny-form-item__label'))) label.textContent = word;
      const read = readPage(huawei, document);
      expect(
        [...read.values.keys()].filter((id) => id.startsWith('materials.')),
        word,
      ).toEqual([]);
    }
  });

  it('as a step of a field id given to the order model, writes nothing into Object.prototype', () => {
    const order = new OrderModel();
    order.setPrincipalFlag('__proto__', true);
    order.setPrincipalFlag('constructor.prototype', true);
    order.merge(readOf({ '__proto__.polluted': 'yes', 'websites[0].constructor.prototype.polluted': 'yes', 'websites[0].name': '示例' }));
    const form = order.form();
    expect(({} as Record<string, unknown>).isLegalRepresentative).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(form.websites).toEqual([{ name: '示例' }]);
    expect(plainData(form)).toBe(true);
  });

  it('as an option text, a heading or a step name, maps to nothing', () => {
    for (const word of WORDS) {
      expect(term(SUBJECT_NATURES, word), word).toBeUndefined();
      for (const def of [huawei, aliyun, tencent]) expect(def.headings(word), word).toBeUndefined();
      expect(stepFromText(HUAWEI_STEPS, word), word).toBeUndefined();
    }
  });
});
