import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCreditCode } from '../../test/support/synthetic-ids';
import { provinceByGbPrefix } from '../model/provinces';
import {
  AUTHORITY_LABELS,
  AUTHORITY_NATURES,
  creditCodeCheckChar,
  isValidOrganisationCode,
  looksLikeOldRegistrationNumber,
  looksLikeOrganisationCode,
  organisationCodeCheckChar,
  parseCreditCode,
} from './credit-code';

describe('creditCodeCheckChar (GB 32100-2015, mod 31)', () => {
  it('reproduces the example printed in GB 32100-2015', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('maps a remainder of 0 to check character 0 (not 31) and a remainder of 1 to Y', () => {
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
    expect(creditCodeCheckChar('10000000000000000')).toBe('Y');
  });
});

describe('parseCreditCode', () => {
  it('accepts the standard example and reads its parts', () => {
    expect(parseCreditCode('91350100M000100Y43')).toEqual({
      ok: true,
      info: { authority: '9', classCode: '1', regionCode: '350100', provinceCode: 'FJ', soleProprietor: false },
    });
  });

  it('accepts lower-case input', () => {
    expect(parseCreditCode('91350100m000100y43').ok).toBe(true);
  });

  it('recognises a 个体工商户 (92…) code', () => {
    expect(parseCreditCode(makeCreditCode({ classCode: '2', body: 'L12345678' }))).toMatchObject({ ok: true, info: { soleProprietor: true } });
  });

  it('accepts public-institution (12…), social-organisation (51…) and rural-collective (N…) codes', () => {
    expect(parseCreditCode(makeCreditCode({ authority: '1', classCode: '2', region: '310000', body: '425000000' }))).toMatchObject({
      ok: true,
      info: { authority: '1', provinceCode: 'SH' },
    });
    expect(parseCreditCode(makeCreditCode({ authority: '5', classCode: '1', region: '440000', body: 'MJL000001' }))).toMatchObject({
      ok: true,
      info: { authority: '5' },
    });
    expect(parseCreditCode(makeCreditCode({ authority: 'N', classCode: '2', region: '330100', body: '12345678X' }))).toMatchObject({
      ok: true,
      info: { authority: 'N' },
    });
  });

  it('accepts the central region code 100000 (no province)', () => {
    expect(parseCreditCode(makeCreditCode({ authority: '1', classCode: '1', region: '100000', body: '000013127' }))).toMatchObject({
      ok: true,
      info: { regionCode: '100000', provinceCode: undefined },
    });
  });

  it('rejects a region code of no province', () => {
    expect(parseCreditCode(makeCreditCode({ region: '990000' }))).toEqual({ ok: false, problem: 'region' });
    expect(parseCreditCode(makeCreditCode({ region: '810000' }))).toEqual({ ok: false, problem: 'region' });
  });

  it('rejects a wrong check character', () => {
    expect(parseCreditCode('91350100M000100Y44')).toEqual({ ok: false, problem: 'check-char' });
  });

  it('names I, O, S, V and Z separately: people type O for 0', () => {
    expect(parseCreditCode('91350100MOOO100Y43')).toEqual({ ok: false, problem: 'letters' });
    expect(parseCreditCode('9135010OM000100Y43')).toEqual({ ok: false, problem: 'letters' });
  });

  it('rejects wrong lengths, letters in the region code and punctuation', () => {
    for (const value of ['', '91350100M000100Y4', '91350100M000100Y433', '9135A100M000100Y43', '91350100M000100Y4-']) {
      expect(parseCreditCode(value), value).toEqual({ ok: false, problem: 'format' });
    }
  });

  it('catches every single-character substitution in the body', () => {
    const code = '91350100M000100Y43';
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let pos = 8; pos < 17; pos++) {
      for (const ch of alphabet) {
        if (ch === code[pos]) continue;
        expect(parseCreditCode(code.slice(0, pos) + ch + code.slice(pos + 1)).ok, `${pos}:${ch}`).toBe(false);
      }
    }
  });
});

describe('AUTHORITY_NATURES', () => {
  it('maps 1 to 事业单位 but 9 not: a 91… code for a public institution is a nature mix-up', () => {
    expect(AUTHORITY_NATURES['1']).toContain('institution');
    expect(AUTHORITY_NATURES['9']).not.toContain('institution');
  });

  it('lets medical institutions come from market regulation, establishment offices and civil affairs', () => {
    for (const authority of ['1', '5', '9']) expect(AUTHORITY_NATURES[authority]).toContain('medical');
  });

  it('has a label for every authority it maps', () => {
    for (const authority of Object.keys(AUTHORITY_NATURES)) expect(AUTHORITY_LABELS[authority]).toBeDefined();
  });
});

describe('old organisation codes and registration numbers', () => {
  it('computes the GB 11714 check character, including X and 0', () => {
    expect(organisationCodeCheckChar('12345678')).toBe('8');
    expect(organisationCodeCheckChar('D2143569')).toBe('X');
    expect(isValidOrganisationCode('12345678-8')).toBe(true);
    expect(isValidOrganisationCode('D2143569X')).toBe(true);
    expect(isValidOrganisationCode('12345678-9')).toBe(false);
  });

  it('recognises the shape of a 9-character organisation code, with or without the dash', () => {
    expect(looksLikeOrganisationCode('12345678-9')).toBe(true);
    expect(looksLikeOrganisationCode('d2143569x')).toBe(true);
    expect(looksLikeOrganisationCode('91350100M000100Y43')).toBe(false);
    expect(looksLikeOrganisationCode('1234567-89')).toBe(false);
  });

  it('recognises the 15-digit registration number of pre-2015 business licences', () => {
    expect(looksLikeOldRegistrationNumber('440301104567890')).toBe(true);
    expect(looksLikeOldRegistrationNumber('91350100M000100')).toBe(false);
  });
});

/** The regex definitions, kept as the specification of the one-pass shape check and the table look-up. */
describe('parseCreditCode against its first definition', () => {
  const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const refCheckChar = (first17: string) => {
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
    return CHARSET[(31 - (sum % 31)) % 31]!;
  };
  const reference = (value: string) => {
    const code = value.toUpperCase();
    if (/^[0-9A-Z]{18}$/.test(code) && /[IOSVZ]/.test(code)) return { ok: false, problem: 'letters' };
    if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code) || !/^[0-9A-HJ-NPQRTUWXY][0-9A-HJ-NPQRTUWXY]\d{6}/.test(code)) return { ok: false, problem: 'format' };
    if (refCheckChar(code.slice(0, 17)) !== code[17]) return { ok: false, problem: 'check-char' };
    const regionCode = code.slice(2, 8);
    const province = provinceByGbPrefix(regionCode);
    if (!province && regionCode !== '100000') return { ok: false, problem: 'region' };
    return { ok: true, info: { authority: code[0]!, classCode: code[1]!, regionCode, provinceCode: province?.code, soleProprietor: code.startsWith('92') } };
  };
  const chars = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXYIOSVZaiz-１ ');
  const codes = fc.oneof(
    fc.array(chars, { minLength: 16, maxLength: 19 }).map((c) => c.join('')),
    fc.constantFrom(makeCreditCode(), makeCreditCode({ authority: '1', classCode: '2', region: '530100' }), makeCreditCode({ region: '100000' })),
    fc.array(fc.constantFrom(...CHARSET), { minLength: 17, maxLength: 17 }).map((c) => c.join('') + refCheckChar(c.join(''))),
    fc.string({ maxLength: 20 }),
  );

  it('gives the same result for any value', () => {
    fc.assert(
      fc.property(codes, (value) => {
        expect(parseCreditCode(value)).toEqual(reference(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('computes the check character as before, for odd input too', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 17 }),
          fc.array(chars, { maxLength: 17 }).map((c) => c.join('')),
        ),
        (first17) => {
          expect(creditCodeCheckChar(first17)).toBe(refCheckChar(first17));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
