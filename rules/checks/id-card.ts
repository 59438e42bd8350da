/**
 * 居民身份证号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit
 * sequence (odd = male), ISO 7064 MOD 11-2 check character. Residence permits for
 * Hong Kong, Macao and Taiwan residents carry the same kind of number with address
 * codes 810000, 820000 and 830000.
 */
import { provinceByGbPrefix } from '../model/provinces';
import { isIsoDate } from './dates';
import { memoByText } from './memo';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export const PERMIT_ADDRESS_CODES = { '810000': 'HK', '820000': 'MO', '830000': 'TW' } as const;

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const code = first17.charCodeAt(i);
    // ASCII digits directly; anything else as Number() reads it (a space is 0, a letter NaN).
    sum += (code >= 48 && code <= 57 ? code - 48 : Number(first17[i])) * WEIGHTS[i]!;
  }
  return CHECK_CHARS[sum % 11]!;
}

export type IdNumberProblem = 'format' | 'region' | 'birth-date' | 'check-digit';

export interface IdNumberInfo {
  readonly birthDate: string;
  /** GB/T 2260 province prefix ("44"), or 81/82/83 for HK/MO/TW residence permits. */
  readonly regionPrefix: string;
  readonly provinceCode?: string;
  readonly permitRegion?: 'HK' | 'MO' | 'TW';
}

export type IdNumberResult = { ok: true; info: IdNumberInfo } | { ok: false; problem: IdNumberProblem };

/** Whether `id` is 17 ASCII digits and a digit or X: /^\d{17}[\dX]$/ without the regex. */
function isIdShape(id: string): boolean {
  if (id.length !== 18) return false;
  for (let i = 0; i < 17; i++) {
    const code = id.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  const last = id.charCodeAt(17);
  return (last >= 48 && last <= 57) || last === 88; /* X */
}

/** Parses an 18-character number (upper- or lower-case x); does not normalise spaces. */
export function parseIdNumber(value: string, today?: string): IdNumberResult {
  const { result, birthDate } = parseIdNumberOnce(value);
  // The one part of the answer that depends on the day: a birth date still to come.
  return today !== undefined && birthDate !== undefined && birthDate > today ? BIRTH_DATE_PROBLEM : result;
}

const BIRTH_DATE_PROBLEM: IdNumberResult = Object.freeze({ ok: false, problem: 'birth-date' });

/**
 * parseIdNumber() without `today`, remembered by text (memo.ts): the answer, and the birth
 * date when nothing before the check digit is wrong (a date after `today` is a birth-date
 * problem, which outranks a wrong check digit).
 */
const parseIdNumberOnce = memoByText((value: string): { readonly result: IdNumberResult; readonly birthDate?: string } => {
  // Only a final x changes when upper-cased in a value that can pass; any other lower-case letter fails anyway.
  const id = value.length === 18 && value.charCodeAt(17) !== 120 /* x */ ? value : value.toUpperCase();
  if (!isIdShape(id)) return { result: { ok: false, problem: 'format' } };
  const prefix = id.slice(0, 2);
  // Residence permits: 810000, 820000, 830000.
  const permitRegion =
    id.charCodeAt(0) === 56 && id.startsWith('0000', 2) ? (PERMIT_ADDRESS_CODES as Record<string, 'HK' | 'MO' | 'TW'>)[id.slice(0, 6)] : undefined;
  const province = provinceByGbPrefix(prefix);
  if (!permitRegion && !province) return { result: { ok: false, problem: 'region' } };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isIsoDate(birthDate) || birthDate < '1900-01-01') return { result: { ok: false, problem: 'birth-date' } };
  if (idCheckChar(id) !== id[17]) return { result: Object.freeze({ ok: false, problem: 'check-digit' }), birthDate };
  return {
    result: Object.freeze({ ok: true, info: Object.freeze({ birthDate, regionPrefix: prefix, provinceCode: province?.code, permitRegion }) }),
    birthDate,
  };
});

/**
 * 外国人永久居留身份证 numbers, as the National Immigration Administration's machine-readable
 * rules for the 2023 card describe them (rules/national/_permit-sources.ts): the cards issued
 * until 2023-11-30 (the 2017 card and its predecessor) carry 15 characters, 3 Latin letters
 * (the nationality) and 12 digits; the card issued since 2023-12-01 carries 18, modelled on the
 * 公民身份号码: 17 digits starting with 9 (the foreigner's mark; citizen numbers start 1–8) and
 * a check character computed with ISO 7064 MOD 11-2, exactly as GB 11643's.
 * Values are expected compacted (no spaces, upper case).
 */
export type PermanentResidenceNumber = { ok: true; version: '2017' | '2023' } | { ok: false; problem: 'format' | 'check-digit' };

export function parsePermanentResidenceNumber(value: string): PermanentResidenceNumber {
  if (/^[A-Z]{3}\d{12}$/.test(value)) return { ok: true, version: '2017' };
  if (!/^9\d{16}[\dX]$/.test(value)) return { ok: false, problem: 'format' };
  return idCheckChar(value) === value[17] ? { ok: true, version: '2023' } : { ok: false, problem: 'check-digit' };
}
