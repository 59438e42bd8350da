import { describe, expect, it } from 'vitest';
import { isTaughtLocator, MAX_FIELDS_PER_STEP, sanitizeTaught, withTaught } from './taught';
import { MAX_TAUGHT_FILE_BYTES, parseTaughtFile, sanitizeTaughtStrictly, taughtFile, taughtLocatorSchema } from './taught-file';

const LOCATOR = { label: '联系人手机', path: ['input.tiny-input__inner', 'div.tiny-input', 'div.tiny-form-item__content'] };

describe('taught fields read back from storage', () => {
  it('keeps valid steps, field ids and locators', () => {
    expect(sanitizeTaught({ subject: { 'subject.principal.mobile': LOCATOR } })).toEqual({ subject: { 'subject.principal.mobile': LOCATOR } });
  });

  it('drops what the schema refuses: unknown steps, odd keys, long labels, paths with selectors or too many segments', () => {
    const stored = {
      __proto__: { evil: true },
      nowhere: { 'subject.name': LOCATOR },
      subject: {
        constructor: LOCATOR,
        'subject.name': { ...LOCATOR, label: '长'.repeat(41) },
        'subject.certNumber': { ...LOCATOR, path: ['input[value="x"]'] },
        'subject.investor': { ...LOCATOR, path: Array(7).fill('div') },
        'subject.certAddress': { ...LOCATOR, value: '13800000001' },
        'subject.mailingAddress': LOCATOR,
      },
    };
    const clean = sanitizeTaught(JSON.parse(JSON.stringify(stored)));
    expect(clean).toEqual({ subject: { 'subject.mailingAddress': LOCATOR } });
    expect(sanitizeTaughtStrictly(JSON.parse(JSON.stringify(stored)))).toEqual(clean);
    // A locator with another key (a value someone put there) is refused whole.
    expect(JSON.stringify(clean)).not.toContain('13800000001');
    expect(sanitizeTaught('x')).toEqual({});
    expect(sanitizeTaught([LOCATOR])).toEqual({});
  });

  it("the content script's check and the panel's zod schema give the same answer", () => {
    const cases: unknown[] = [
      LOCATOR,
      { label: '', path: ['input'] },
      { label: '', path: [] },
      { label: 1, path: ['input'] },
      { label: 'x', path: 'input' },
      { label: 'x'.repeat(40), path: ['div.a.b.c.d'] },
      { label: 'x'.repeat(41), path: ['div'] },
      { label: 'x', path: ['div.a.b.c.d.e'] },
      { label: 'x', path: ['Div'] },
      { label: 'x', path: ['div#id'] },
      { label: 'x', path: ['div.-1x'] },
      { label: 'x', path: ['div:has(input)'] },
      { label: 'x', path: Array(6).fill('div') },
      { label: 'x', path: Array(7).fill('div') },
      { label: 'x', path: ['input'], value: 'typed' },
      null,
      [],
      'input',
    ];
    for (const value of cases) expect(isTaughtLocator(value), JSON.stringify(value)).toBe(taughtLocatorSchema.safeParse(value).success);
  });

  it('keeps at most MAX_FIELDS_PER_STEP fields of a step', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_FIELDS_PER_STEP + 10 }, (_, i) => [`websites[${i}].name`, LOCATOR]));
    expect(Object.keys(sanitizeTaught({ website: many }).website!)).toHaveLength(MAX_FIELDS_PER_STEP);
  });

  it('adds and removes one field, dropping an empty step', () => {
    const one = withTaught({}, 'subject', 'subject.principal.mobile', LOCATOR);
    expect(one).toEqual({ subject: { 'subject.principal.mobile': LOCATOR } });
    expect(withTaught(one, 'subject', 'subject.principal.mobile', undefined)).toEqual({});
  });
});

describe('the export file', () => {
  it('round-trips through import', () => {
    const text = taughtFile({ huawei: { subject: { 'subject.principal.mobile': LOCATOR } } });
    expect(parseTaughtFile(text, ['huawei', 'aliyun'])).toEqual({ huawei: { subject: { 'subject.principal.mobile': LOCATOR } } });
  });

  it('refuses what is not one of ours: not JSON, another format, unknown consoles only, too large', () => {
    expect(parseTaughtFile('{', ['huawei'])).toBeUndefined();
    expect(parseTaughtFile(JSON.stringify({ format: 'other', version: 1, consoles: {} }), ['huawei'])).toBeUndefined();
    expect(parseTaughtFile(taughtFile({ nowhere: { subject: { 'subject.name': LOCATOR } } }), ['huawei'])).toBeUndefined();
    expect(parseTaughtFile(taughtFile({ huawei: { subject: {} } }), ['huawei'])).toBeUndefined();
    expect(parseTaughtFile(' '.repeat(MAX_TAUGHT_FILE_BYTES + 1), ['huawei'])).toBeUndefined();
  });
});
