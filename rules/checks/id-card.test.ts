import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../test/support/synthetic-ids';
import { idCheckChar, parseIdNumber, parsePermanentResidenceNumber } from './id-card';
import { provinceByGbPrefix } from '../model/provinces';
import { isIsoDate } from './dates';

/** Replaces the check character with a wrong one. */
const breakCheck = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

describe('idCheckChar (ISO 7064 MOD 11-2)', () => {
  it('reproduces the worked example of GB 11643-1999 (check character X)', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
  });

  it('gives every check character 0–9 and X for consecutive sequences', () => {
    const chars = new Set(Array.from({ length: 30 }, (_, i) => idCheckChar(`1101012000010100${i % 10}`.slice(0, 15) + String(i).padStart(2, '0'))));
    expect([...chars].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });
});

describe('parseIdNumber', () => {
  it('accepts the standard example and reads province and birth date', () => {
    expect(parseIdNumber('11010519491231002X')).toEqual({
      ok: true,
      info: { birthDate: '1949-12-31', regionPrefix: '11', provinceCode: 'BJ', permitRegion: undefined },
    });
  });

  it('accepts a lower-case x as check character', () => {
    expect(parseIdNumber('11010519491231002x').ok).toBe(true);
  });

  it('accepts a synthetic Shenzhen number whose check character is X', () => {
    const id = makeIdNumber({ region: '440305', birth: '1990-01-01' });
    expect(id.endsWith('X')).toBe(true);
    expect(parseIdNumber(id)).toMatchObject({ ok: true, info: { provinceCode: 'GD', birthDate: '1990-01-01' } });
  });

  it('accepts a leap-day birth date and rejects 29 February of a common year', () => {
    expect(parseIdNumber(makeIdNumber({ birth: '2000-02-29' }))).toMatchObject({ ok: true, info: { birthDate: '2000-02-29' } });
    expect(parseIdNumber(makeIdNumber({ birth: '1900-02-29' }))).toEqual({ ok: false, problem: 'birth-date' });
    expect(parseIdNumber(makeIdNumber({ birth: '2001-02-29' }))).toEqual({ ok: false, problem: 'birth-date' });
  });

  it('reads the 810000 / 820000 / 830000 address codes of HK, Macao and Taiwan residence permits', () => {
    expect(parseIdNumber(makeIdNumber({ region: '810000' }))).toMatchObject({
      ok: true,
      info: { regionPrefix: '81', permitRegion: 'HK', provinceCode: undefined },
    });
    expect(parseIdNumber(makeIdNumber({ region: '820000' }))).toMatchObject({ ok: true, info: { permitRegion: 'MO' } });
    expect(parseIdNumber(makeIdNumber({ region: '830000', birth: '1970-07-07' }))).toMatchObject({ ok: true, info: { permitRegion: 'TW' } });
  });

  it('rejects an 81/82/83 prefix that is not exactly a permit code', () => {
    expect(parseIdNumber(makeIdNumber({ region: '810100' }))).toEqual({ ok: false, problem: 'region' });
  });

  it('rejects address codes of no province (00, 99, 71)', () => {
    for (const region of ['000000', '990101', '710000']) expect(parseIdNumber(makeIdNumber({ region })), region).toEqual({ ok: false, problem: 'region' });
  });

  it('rejects wrong lengths, first-generation 15-digit numbers and letters in the body', () => {
    for (const value of ['', '11010519491231002', '11010519491231002XX', '110105491231002', '11010519491231A02X', '11010519491231002Y']) {
      expect(parseIdNumber(value), value).toEqual({ ok: false, problem: 'format' });
    }
  });

  it('rejects impossible birth dates: month 13, day 32, before 1900, after today', () => {
    expect(parseIdNumber(makeIdNumber({ birth: '1990-13-01' }))).toEqual({ ok: false, problem: 'birth-date' });
    expect(parseIdNumber(makeIdNumber({ birth: '1990-01-32' }))).toEqual({ ok: false, problem: 'birth-date' });
    expect(parseIdNumber(makeIdNumber({ birth: '1899-12-31' }))).toEqual({ ok: false, problem: 'birth-date' });
    expect(parseIdNumber(makeIdNumber({ birth: '2026-11-30' }), '2026-11-29')).toEqual({ ok: false, problem: 'birth-date' });
    expect(parseIdNumber(makeIdNumber({ birth: '2026-11-29' }), '2026-11-29').ok).toBe(true);
    // Answers are remembered by text: the same number on another day is judged for that day.
    const late = makeIdNumber({ birth: '2026-12-01' });
    expect(parseIdNumber(late, '2026-12-01').ok).toBe(true);
    expect(parseIdNumber(late, '2026-11-29')).toEqual({ ok: false, problem: 'birth-date' });
    expect(parseIdNumber(late).ok).toBe(true);
    // A birth date still to come outranks a wrong check digit.
    const wrongCheck = late.slice(0, 17) + (late[17] === '0' ? '1' : '0');
    expect(parseIdNumber(wrongCheck)).toEqual({ ok: false, problem: 'check-digit' });
    expect(parseIdNumber(wrongCheck, '2026-11-29')).toEqual({ ok: false, problem: 'birth-date' });
  });

  it('rejects a wrong check character', () => {
    expect(parseIdNumber(breakCheck('11010519491231002X'))).toEqual({ ok: false, problem: 'check-digit' });
    expect(parseIdNumber('110105194912310021')).toEqual({ ok: false, problem: 'check-digit' });
  });

  it('catches every single-digit typo and every swap of two different adjacent digits (property)', () => {
    const id = makeIdNumber({ region: '330106', birth: '1985-06-15', sequence: '234' });
    fc.assert(
      fc.property(fc.integer({ min: 14, max: 16 }), fc.integer({ min: 0, max: 9 }), (pos, digit) => {
        fc.pre(Number(id[pos]) !== digit);
        const typo = id.slice(0, pos) + digit + id.slice(pos + 1);
        expect(parseIdNumber(typo).ok).toBe(false);
      }),
    );
    for (let pos = 0; pos < 16; pos++) {
      if (id[pos] === id[pos + 1]) continue;
      const swapped = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2);
      expect(parseIdNumber(swapped).ok, `swap at ${pos}`).toBe(false);
    }
  });

  it('accepts any synthetic number built from a province code and a real date (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('110101', '310104', '440305', '650102', '540102'),
        fc.date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2010-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        (region, birth, seq) => {
          const id = makeIdNumber({ region, birth: birth.toISOString().slice(0, 10), sequence: String(seq).padStart(3, '0') });
          expect(parseIdNumber(id, '2026-11-29').ok).toBe(true);
        },
      ),
    );
  });
});

/** The regex-and-slice definitions, kept as the specification of the character-code parser. */
describe('parseIdNumber against its first definition', () => {
  const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const refCheckChar = (first17: string) => {
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
    return '10X98765432'[sum % 11]!;
  };
  const PERMITS: Record<string, 'HK' | 'MO' | 'TW'> = { '810000': 'HK', '820000': 'MO', '830000': 'TW' };
  const reference = (value: string, today?: string) => {
    const id = value.toUpperCase();
    if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'format' };
    const prefix = id.slice(0, 2);
    const permitRegion = PERMITS[id.slice(0, 6)];
    const province = provinceByGbPrefix(prefix);
    if (!permitRegion && !province) return { ok: false, problem: 'region' };
    const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
    if (!isIsoDate(birthDate) || birthDate < '1900-01-01' || (today !== undefined && birthDate > today)) return { ok: false, problem: 'birth-date' };
    if (refCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'check-digit' };
    return { ok: true, info: { birthDate, regionPrefix: prefix, provinceCode: province?.code, permitRegion } };
  };
  const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const numbers = fc.oneof(
    fc.constantFrom(makeIdNumber(), makeIdNumber({ region: '810000' }), makeIdNumber({ region: '830000' })),
    fc
      .tuple(
        fc.constantFrom('110101', '440305', '810000', '820000', '830000', '840000', '990000', '000000'),
        fc.integer({ min: 1890, max: 2030 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        digits(3),
        fc.constantFrom('', 'X', 'x', '0', '9', 'ß', 'Y'),
      )
      .map(([region, y, m, d, seq, last]) => `${region}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${seq}${last}`),
    fc.tuple(digits(17), fc.constantFrom('0', '5', 'X', 'x', ' ', 'ß', '１')).map(([a, b]) => a + b),
    fc.string({ maxLength: 20 }),
  );
  // Numbers with a correct check character as well, so the later steps are reached.
  const withCheck = digits(17).map((first) => first + refCheckChar(first));

  it('gives the same result for any value and check day', () => {
    fc.assert(
      fc.property(fc.oneof(numbers, withCheck), fc.option(fc.constantFrom('2026-11-29', '1950-01-01', '2100-12-31'), { nil: undefined }), (value, today) => {
        expect(parseIdNumber(value, today)).toEqual(reference(value, today));
      }),
      { numRuns: 5000 },
    );
  });

  it('computes the check character as before, for odd input too', () => {
    fc.assert(
      fc.property(fc.oneof(digits(17), fc.string({ maxLength: 17 }), fc.constantFrom(' '.repeat(17), '1234567890123456', '1234567890123456X')), (first17) => {
        expect(idCheckChar(first17)).toBe(refCheckChar(first17));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parsePermanentResidenceNumber (外国人永久居留身份证)', () => {
  // Constructed numbers: 9, a 2-digit place code, a 3-digit nationality code (840 USA, 276 Germany,
  // 156 China in the ISO 3166 numeric list), a birth date, a sequence and the MOD 11-2 check character.
  it.each([
    ['911840198506150126', '2023'], // 9 11 840 19850615 012 + 6
    ['94427619900101001X', '2023'], // check character X
    ['931156197211200036', '2023'],
    ['USA110085061501', '2017'], // 3 letters + 12 digits
    ['DEU440090010100', '2017'],
  ])('accepts %s (%s card)', (value, version) => expect(parsePermanentResidenceNumber(value)).toEqual({ ok: true, version }));

  it.each([
    ['911840198506150127', 'check-digit'], // last digit changed
    ['911840198506105126', 'check-digit'], // two digits swapped
    ['94427619900101001', 'format'], // 17 characters
    ['811840198506150126', 'format'], // starts with 8: a citizen number, not a foreigner's
    ['440305199001011234', 'format'], // a resident ID number
    ['US1100850615012', 'format'], // 2 letters + 13 digits
    ['USA11008506150', 'format'], // 3 letters + 11 digits
    ['USA1100850615012', 'format'], // 3 letters + 13 digits
    ['911840198506150X26', 'format'],
    ['E12345678', 'format'], // a passport number
    ['', 'format'],
  ])('refuses %s (%s)', (value, problem) => expect(parsePermanentResidenceNumber(value)).toEqual({ ok: false, problem }));

  it('uses the check character of GB 11643 for the 2023 card', () => {
    for (const value of ['911840198506150126', '94427619900101001X', '931156197211200036']) expect(idCheckChar(value.slice(0, 17))).toBe(value[17]);
  });
});
