import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../test/support/synthetic-ids';
import { idCheckChar, parseIdNumber } from './id-card';

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
    expect(parseIdNumber(makeIdNumber({ region: '810000' }))).toMatchObject({ ok: true, info: { regionPrefix: '81', permitRegion: 'HK', provinceCode: undefined } });
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
