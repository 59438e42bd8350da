import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactPhone, isLandline, isMobile, isPhone, samePhone } from './phone';
import { compactCode, normalizeText } from '../model/normalize';

// Synthetic numbers only (138 0013 8000 is the conventional test number).
describe('compactPhone', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+8613800138000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['(+86) 13800138000', '13800138000'],
    ['(86)13800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['１３８　００１３　８０００', '13800138000'],
    ['＋８６ １３８００１３８０００', '13800138000'],
    ['+86 0755 8600 1234', '075586001234'],
    ['0086-10-12345678', '1012345678'],
    ['86001234', '86001234'],
  ])('%s → %s', (input, expected) => expect(compactPhone(input)).toBe(expected));
});

describe('isMobile', () => {
  it.each(['13800138000', '19912345678', '+86 138 0013 8000', '0086-138-0013-8000', '１３８００１３８０００', ' 138 0013 8000 '])('accepts %s', (v) =>
    expect(isMobile(v)).toBe(true),
  );
  it.each([
    '',
    '1380013800', // 10 digits
    '138001380000', // 12 digits
    '12800138000', // second digit 2
    '10086',
    '0755-86001234',
    '+1 13800138000',
    '1380013800O', // letter O
    '+85213800138000',
  ])('refuses %s', (v) => expect(isMobile(v)).toBe(false));
});

describe('isLandline', () => {
  it.each([
    '010-12345678',
    '01012345678',
    '0755-86001234',
    '0755 8600 1234',
    '0755-8600-1234',
    '(0755) 86001234',
    '（０７５５）８６００１２３４',
    '0371-6123456', // 4-digit area code, 7-digit number
    '020-87654321',
    '+86 0755 86001234',
    '0755-86001234 转 123',
    '0755-86001234转8',
    '0755-86001234 ext. 12',
    '0755-86001234#12',
    '010-12345678-123',
  ])('accepts %s', (v) => expect(isLandline(v)).toBe(true));
  it.each([
    '',
    '86001234',
    '13800138000',
    '755-86001234',
    '0755-860012',
    '0755-860012345678',
    '0755-86001234 转',
    '400-800-1234',
    '010-1234567',
    '0755-123456',
    '(0755) 86',
  ])('refuses %s', (v) => expect(isLandline(v)).toBe(false));
});

describe('isPhone', () => {
  it('accepts mobiles and landlines, refuses the rest', () => {
    expect(isPhone('13800138000')).toBe(true);
    expect(isPhone('0755-86001234')).toBe(true);
    expect(isPhone('12345')).toBe(false);
  });
});

describe('samePhone', () => {
  it('matches a number however it is typed', () => {
    expect(samePhone('+86 138-0013-8000', '13800138000')).toBe(true);
    expect(samePhone('１３８ ００１３ ８０００', '0086 13800138000')).toBe(true);
    expect(samePhone('0755-86001234', '(0755) 8600 1234')).toBe(true);
  });
  it('never matches different or empty numbers', () => {
    expect(samePhone('13800138000', '13900139000')).toBe(false);
    expect(samePhone('', '')).toBe(false);
    expect(samePhone(' ', '')).toBe(false);
  });
});

/** The first definitions, kept as the specification of the shared compaction. */
describe('phone predicates against their first definitions', () => {
  const COUNTRY = /^(?:\((?:\+|00)?86\)|(?:\+|00)86|86(?=[01]\d{9,}))/;
  const LANDLINE = /^(?:0(?:10|2\d)\d{8}|0[3-9]\d{2}\d{7,8})$/;
  const MARKED = /^(.*?)(?:转|EXT\.?|X|#|,|，)\d{1,6}$/;
  const refCompact = (value: string) => compactCode(value).replace(COUNTRY, '').replace(/[()]/g, '');
  const refMobile = (value: string) => /^1[3-9]\d{9}$/.test(refCompact(value));
  const refLandline = (value: string) => {
    const text = refCompact(value);
    const marked = MARKED.exec(text);
    if (marked) return LANDLINE.test(marked[1]!);
    if (LANDLINE.test(text)) return true;
    const dashed = /^(.*)-\s*\d{1,6}$/.exec(normalizeText(value));
    return dashed !== null && LANDLINE.test(refCompact(dashed[1]!));
  };
  const pieces = fc.constantFrom(
    '+86',
    '0086',
    '(86)',
    '(+86)',
    '86',
    '138',
    '0013',
    '8000',
    '0755',
    '8600',
    '1234',
    '010',
    '-',
    ' ',
    '(',
    ')',
    '转',
    'ext',
    'x',
    '#',
    ',',
    '１',
    '8',
    '0',
    '1',
  );
  const phones = fc.oneof(
    fc.array(pieces, { maxLength: 8 }).map((p) => p.join('')),
    fc.string({ maxLength: 14 }),
    fc.stringMatching(/^[0-9() +-]{0,16}$/),
  );

  it('agree on any text', () => {
    fc.assert(
      fc.property(phones, (value) => {
        expect(compactPhone(value)).toBe(refCompact(value));
        expect(isMobile(value)).toBe(refMobile(value));
        expect(isLandline(value)).toBe(refLandline(value));
        expect(isPhone(value)).toBe(refMobile(value) || refLandline(value));
      }),
      { numRuns: 5000 },
    );
  });
});
