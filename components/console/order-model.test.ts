// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { huawei } from '../../entrypoints/huawei.content/console';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadFixture } from '../../test/fixtures/consoles/load';
import { readPage, type PageRead } from './read-page';
import { OrderModel } from './order-model';
import { orderKeyFromUrl } from '../../entrypoints/huawei.content/order-key';

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
});

function walk(order: OrderModel, ...pages: Parameters<typeof loadFixture>[0][]) {
  for (const page of pages) {
    loadFixture(page);
    order.merge(readPage(huawei, document));
  }
}

describe('order model across steps', () => {
  it('keeps what earlier steps showed while the user is on a later step', () => {
    const order = new OrderModel();
    walk(order, 'huawei/tiny3-verify', 'huawei/tiny3-subject', 'huawei/tiny3-website', 'huawei/tiny3-upload');
    const form = order.form();
    expect(form.province).toBe('GD');
    expect(form.subject?.nature).toBe('enterprise');
    expect(form.subject?.principal?.mobile).toBe('13800138000');
    expect(form.websites?.map((w) => w.name)).toEqual(['示例科技官网', '示例科技学堂']);
    expect(form.websites?.[0]?.principal?.mobile).toBe('13700137000');
    expect(form.materials).toEqual({
      'subject-certificate': 1,
      'subject-principal-id': 2,
      'service-principal-id@websites[0]': 0,
      'domain-certificate@websites[0]': 1,
      'principal-authorisation': 0,
      'pre-approval-document@websites[1]': 1, // read on the website step, kept on the upload step
    });
  });

  it('a later step updates carried-over values it shows again', () => {
    const order = new OrderModel();
    walk(order, 'huawei/tiny3-verify');
    loadFixture('huawei/tiny3-subject');
    (document.querySelector('input[disabled]') as HTMLInputElement).value = '深圳市示例科技股份有限公司';
    order.merge(readPage(huawei, document));
    expect(order.form().subject?.name).toBe('深圳市示例科技股份有限公司');
  });

  it('forgets a field of a step when that step is shown again without it; other steps stay', () => {
    const order = new OrderModel();
    walk(order, 'huawei/tiny3-subject', 'huawei/tiny3-website');
    loadFixture('huawei/tiny3-subject');
    Array.from(document.querySelectorAll('td.ti3-form-label'))
      .find((c) => c.textContent === '投资人或主管单位')!
      .closest('tr')!
      .remove();
    order.merge(readPage(huawei, document));
    const form = order.form();
    expect(form.subject).not.toHaveProperty('investor');
    expect(form.subject?.certAddress).toBe('广东省深圳市南山区科技园路1号');
    expect(form.websites).toHaveLength(2);
  });

  it('a field cleared to its placeholder becomes unknown again', () => {
    const order = new OrderModel();
    walk(order, 'huawei/tiny3-verify');
    const text = document.querySelector('#ti_auto_id_7 .ti3-select-dominator-text')!;
    text.innerHTML = '<span class="ti3-placeholder">请选择</span>';
    order.merge(readPage(huawei, document));
    expect(order.form().subject).not.toHaveProperty('nature');
  });

  it('a new order (another id in the URL) starts empty; the same id keeps the data', () => {
    const order = new OrderModel();
    order.setOrderKey('A-1');
    walk(order, 'huawei/tiny3-verify');
    order.setOrderKey('A-1');
    expect(order.form().subject?.name).toBe('深圳市示例科技有限公司');
    order.setOrderKey('B-2');
    expect(order.form()).toEqual({});
  });

  it('another certificate number on step 1 after later steps means another order', () => {
    const order = new OrderModel();
    walk(order, 'huawei/tiny3-verify', 'huawei/tiny3-subject');
    loadFixture('huawei/tiny3-verify');
    (document.getElementById('ti_auto_id_14') as HTMLInputElement).value = '91440300MA5F0QX3K7';
    order.merge(readPage(huawei, document)); // same order, back on step 1: nothing lost
    expect(order.form().subject?.principal?.name).toBe('王五');
    (document.getElementById('ti_auto_id_14') as HTMLInputElement).value = '92440300MA5F0QX3K1';
    order.merge(readPage(huawei, document));
    expect(order.form().subject).not.toHaveProperty('principal');
    expect(order.form().subject?.certNumber).toBe('92440300MA5F0QX3K1');
  });

  it('takes the user answers from the side panel; the page wins for a flag it shows', () => {
    const order = new OrderModel();
    walk(order, 'huawei/tiny3-subject');
    order.setDeclarations({ hasSeal: true });
    order.setDeclarations({ hasSeal: true, filedServiceCount: 0 }); // the panel sends its whole set each time
    order.setPrincipalFlag('subject.principal', false);
    order.setPrincipalFlag('websites[0].principal.isLegalRepresentative', true);
    const form = order.form();
    expect(form.declarations).toEqual({ hasSeal: true, filedServiceCount: 0 });
    expect(form.subject?.principal?.isLegalRepresentative).toBe(false);
    expect(form.websites).toEqual([{ principal: { isLegalRepresentative: true } }]);
  });
});

describe('declarations the user clears in the side panel', () => {
  it('an answer left out of the next set becomes unknown again; the others stay', () => {
    const order = new OrderModel();
    walk(order, 'huawei/tiny3-subject');
    order.setDeclarations({ hasSeal: true, residenceProof: 'student-card', residenceProofValidTo: '2027-06-30', changedFields: ['subject.name'] });
    // The panel cleared 居住证明 (and with it its date) and the edited-field list.
    order.setDeclarations({ hasSeal: true });
    const form = order.form();
    expect(form.declarations).toEqual({ hasSeal: true });
    expect(form.declarations).not.toHaveProperty('residenceProof');
    expect(form.declarations).not.toHaveProperty('changedFields');
  });

  it('clearing the last answer leaves no declarations at all (every question unknown)', () => {
    const order = new OrderModel();
    order.setDeclarations({ videoCheckRequested: true });
    order.setDeclarations({});
    expect(order.form()).not.toHaveProperty('declarations');
  });

  it('keys sent as undefined or null count as cleared, and later edits of the sent object do not leak in', () => {
    const order = new OrderModel();
    const sent = { hasSeal: false, changedFields: ['websites[0].name'] };
    order.setDeclarations(sent);
    sent.changedFields.push('subject.name');
    expect(order.form().declarations).toEqual({ hasSeal: false, changedFields: ['websites[0].name'] });
    order.setDeclarations({ hasSeal: undefined, mobilesLocal: null as unknown as boolean, changedFields: ['websites[0].name'] });
    expect(order.form().declarations).toEqual({ changedFields: ['websites[0].name'] });
  });

  it('a new order starts without the previous answers', () => {
    const order = new OrderModel();
    order.setDeclarations({ hasSeal: true });
    order.reset();
    expect(order.form()).not.toHaveProperty('declarations');
  });
});

describe('orderKeyFromUrl', () => {
  it('finds the order id in the query or in the hash route', () => {
    expect(orderKeyFromUrl('https://console.huaweicloud.com/beian/?orderId=X1#/step/2')).toBe('X1');
    expect(orderKeyFromUrl('https://console.huaweicloud.com/beian/#/order/edit?order_id=Y2')).toBe('Y2');
    expect(orderKeyFromUrl('https://beian.huaweicloud.com/#/subject')).toBeUndefined();
  });
});

describe('the filed record (change, add and cancellation orders)', () => {
  const titled = (title: string) => document.querySelector('.page')!.insertAdjacentHTML('afterbegin', `<h2 class="page-title">${title}</h2>`);

  it('a first filing has no record, though step 2 greys what step 1 fixed', () => {
    const order = new OrderModel();
    loadFixture('huawei/tiny3-subject');
    titled('首次备案');
    order.merge(readPage(huawei, document));
    expect(order.form().filingType).toBe('first');
    expect(order.form()).not.toHaveProperty('filed');
  });

  it('adding a website: the greyed subject is the filed one', () => {
    const order = new OrderModel();
    loadFixture('huawei/tiny3-subject');
    titled('新增网站');
    order.merge(readPage(huawei, document));
    expect(order.form().filed).toEqual({ subjectNature: 'enterprise', subjectName: '深圳市示例科技有限公司', certNumber: '91440300MA5F0QX3K7' });
  });

  it('the record read on the change order’s step 2 stays known on later steps', () => {
    const order = new OrderModel();
    walk(order, 'huawei/tiny3-change-order', 'huawei/tiny3-website');
    const form = order.form();
    expect(form.filingType).toBe('change-filing');
    expect(form.filed).toMatchObject({
      recordNumber: '粤ICP备12345678号',
      subjectName: '深圳市示例科技有限公司',
      province: 'GD',
      certNumber: '91440300MA5F0QX3K7',
    });
    expect(form.websites?.map((w) => w.name)).toEqual(['示例科技官网', '示例科技学堂']);
  });
});

describe('the form after a typed value', () => {
  const IDS = [
    'filingType',
    'province',
    'subject.name',
    'subject.principal.mobile',
    'websites[0].name',
    'websites[0].domains',
    'websites[1].principal.email',
    'filed.subjectName',
    'materials.subject-certificate',
  ] as const;
  const STEPS = ['verify', 'subject', 'website'] as const;
  const value = (id: string): fc.Arbitrary<unknown> =>
    id === 'filingType'
      ? fc.constantFrom('first', 'change-subject', 'add-service', 'cancel-service')
      : id.endsWith('domains')
        ? fc.array(fc.constantFrom('a.cn', 'b.cn', ''), { maxLength: 2 })
        : id.startsWith('materials.')
          ? fc.nat(3)
          : fc.constantFrom('', 'x', 'y', '13800000001');
  /** A read of one step: some of the ids, each with a value (or none), some locked. */
  const read = fc.record({ step: fc.constantFrom(...STEPS), ids: fc.subarray([...IDS], { minLength: 1 }) }).chain(({ step, ids }) =>
    fc.tuple(fc.tuple(...ids.map((id) => fc.option(value(id), { nil: undefined }))), fc.subarray(ids)).map(
      ([values, locked]) =>
        ({
          step,
          found: new Set<string>(ids),
          values: new Map(ids.map((id, i) => [id, values[i]] as const).filter(([, v]) => v !== undefined)),
          anchors: new Map(),
          expected: [],
          locked: new Set<string>(locked),
        }) as PageRead,
    ),
  );

  it('is always what building it from every entry gives, whatever the reads and the order type', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(read, fc.boolean()), { minLength: 1, maxLength: 12 }), (reads) => {
        const order = new OrderModel();
        for (const [page, again] of reads) {
          order.merge(page);
          expect(order.form()).toEqual(order.formFromScratch());
          if (again) {
            // The same read with one plain value typed: what a key press brings.
            const typed = [...page.values].find(([, v]) => typeof v === 'string');
            if (typed) {
              order.merge({ ...page, values: new Map(page.values).set(typed[0], `${typed[1] as string}1`) });
              expect(order.form()).toEqual(order.formFromScratch());
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a typed plain value copies only the objects on its path', () => {
    const order = new OrderModel();
    walk(order, 'huawei/tiny3-verify');
    loadFixture('huawei/tiny3-subject');
    const previous = readPage(huawei, document);
    order.merge(previous);
    const before = order.form();
    const input = Array.from(document.querySelectorAll('td.ti3-form-label'))
      .find((c) => c.textContent === '手机号码')!
      .closest('tr')!
      .querySelector('input')!;
    input.value = '13900000009';
    // The read after a key press (the runtime's): every other value is the previous read's own.
    order.merge(readPage(huawei, document, { previous, changed: input }));
    const after = order.form();
    expect(after.subject?.principal?.mobile).toBe('13900000009');
    expect(after).toEqual({ ...order.formFromScratch() });
    expect(after.subject?.mailingAddress).toBe(before.subject?.mailingAddress);
    expect(after.subject).not.toBe(before.subject);
  });
});
