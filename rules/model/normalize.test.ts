import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactCode, normalizeForm, normalizeText } from './normalize';
import { parseProvince } from './provinces';

/** The first definitions: a regex test in front of the replacements, and a deep copy of the whole form. */
const NEEDS_NORMALIZING = /[\uFF01-\uFF5E\u3000\u00A0\t\r\n]| {2}|^\s|\s$/;
const referenceText = (value: string) =>
  !NEEDS_NORMALIZING.test(value)
    ? value
    : value
        .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
        .replace(/[\u3000\u00A0\t\r\n]+/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim();
const referenceCode = (value: string) =>
  referenceText(value)
    .replace(/[\s\-–—]/g, '')
    .toUpperCase();

const pieces = fc.constantFrom(
  'a',
  'A',
  '1',
  '示例',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u3000',
  '\u00a0',
  '\u2003',
  '\ufeff',
  '\u2028',
  '１',
  'Ａ',
  '～',
  '-',
  '—',
  'x',
  'ß',
);
const texts = fc.oneof(
  fc.array(pieces, { maxLength: 8 }).map((p) => p.join('')),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[0-9A-Z]{0,18}$/),
);

describe('normalizeText and compactCode', () => {
  it('give what the regex definitions give, for any text', () => {
    fc.assert(
      fc.property(texts, (value) => {
        expect(normalizeText(value)).toBe(referenceText(value));
        expect(compactCode(value)).toBe(referenceCode(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves clean text and clean codes as they are', () => {
    expect(normalizeText('示例科技 官网')).toBe('示例科技 官网');
    expect(compactCode('91440300MA5F000000')).toBe('91440300MA5F000000');
    expect(compactCode('１３８ ００１３-８０００')).toBe('13800138000');
  });
});

describe('normalizeForm', () => {
  it('normalises every string and shares the parts that need nothing', () => {
    const input = {
      province: '广东',
      subject: { name: '示例科技有限公司', principal: { name: '张三', mobile: '１３８００１３８０００' } },
      websites: [{ name: '示例官网', domains: ['example.cn'] }],
    };
    const form = normalizeForm(input);
    expect(form).toEqual({
      province: 'GD',
      subject: { name: '示例科技有限公司', principal: { name: '张三', mobile: '13800138000' } },
      websites: [{ name: '示例官网', domains: ['example.cn'] }],
    });
    expect(form).not.toBe(input);
    expect(form.websites).toBe(input.websites);
    expect(form.subject).not.toBe(input.subject);
    expect(input.subject.principal.mobile).toBe('１３８００１３８０００');
  });

  it('gives what a deep copy with every string normalised gives', () => {
    const deep = (value: unknown): unknown =>
      typeof value === 'string'
        ? referenceText(value)
        : Array.isArray(value)
          ? value.map(deep)
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deep(v)]))
            : value;
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        texts,
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'name', 'c'), tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    // The first normalizeForm: a deep copy, then the province (and the filed record's) replaced by its code, last.
    const reference = (input: Record<string, unknown>) => {
      const form = deep(input) as Record<string, unknown> & { filed?: Record<string, unknown> };
      const province = typeof form.province === 'string' ? parseProvince(form.province) : undefined;
      const { province: _typed, ...rest } = form;
      const normalized = province ? { ...rest, province } : rest;
      if (form.filed && typeof form.filed.province === 'string') {
        const filedProvince = parseProvince(form.filed.province);
        const { province: _filedTyped, ...filedRest } = form.filed;
        return { ...normalized, filed: filedProvince ? { ...filedRest, province: filedProvince } : filedRest };
      }
      return normalized;
    };
    const province = fc.oneof(fc.constantFrom('GD', 'gd', 'CN-GD', '广东', '广东省', ' 广东 ', 'Guangdong', 'XX', '', 'BJ'), fc.integer(), texts);
    const filed = fc.dictionary(fc.constantFrom('province', 'subjectName', 'websites'), fc.oneof(province, json), { maxKeys: 3 });
    const forms = fc.dictionary(fc.constantFrom('subject', 'websites', 'x', 'province', 'filed'), fc.oneof(json, province, filed), { maxKeys: 5 });
    fc.assert(
      fc.property(forms, (input) => {
        const before = structuredClone(input);
        const out = normalizeForm(input);
        expect(out).toEqual(reference(input));
        expect(Object.keys(out)).toEqual(Object.keys(reference(input)));
        expect(input).toEqual(before);
      }),
      { numRuns: 2000 },
    );
  });
});
