/** Mainland phone numbers as people type them: spaces, dashes, +86 / 0086 prefixes. compactPhone, isMobile and isPhone are remembered by text (memo.ts). */
import { compactCode, normalizeText } from '../model/normalize';
import { memoByText } from './memo';

/**
 * A country prefix written the international way (+86, 0086, (+86), (86)), or a bare 86
 * in front of what is then a domestic number: a domestic number starts with 0 (landline)
 * or 1 (mobile), never with 86, so stripping a bare 86 there cannot eat real digits.
 */
const COUNTRY_PREFIX = /^(?:\((?:\+|00)?86\)|(?:\+|00)86|86(?=[01]\d{9,}))/;

/** Digits (and extension marks) only, without a country prefix or brackets: "+86 138-0013-8000" → "13800138000". */
export const compactPhone = memoByText(function compactPhone(value: string): string {
  let text = compactCode(value);
  // COUNTRY_PREFIX can only match text starting with (, +, 0 or 8.
  const first = text.charCodeAt(0);
  if (first === 40 || first === 43 || first === 48 || first === 56) text = text.replace(COUNTRY_PREFIX, '');
  return text.includes('(') || text.includes(')') ? text.replace(BRACKETS, '') : text;
});

const BRACKETS = /[()]/g;
const MOBILE = /^1[3-9]\d{9}$/;

/** 11-digit mainland mobile number: 1, then 3–9, then 9 digits. */
export const isMobile = memoByText(function isMobile(value: string): boolean {
  return MOBILE.test(compactPhone(value));
});

/** Area code and local number: 010 and 020–029 take 8 digits; the 4-digit codes (03xx–09xx) take 7 or 8. */
const LANDLINE = /^(?:0(?:10|2\d)\d{8}|0[3-9]\d{2}\d{7,8})$/;
/** A trailing dash group: an extension when what precedes it is a whole number. */
const DASHED_EXTENSION = /^(.*)-\s*\d{1,6}$/;
/** An extension after an explicit mark: 转, ext, x, #, a comma. */
const MARKED_EXTENSION = /^(.*?)(?:转|EXT\.?|X|#|,|，)\d{1,6}$/;

/**
 * Landline with area code and an optional extension: 010-12345678, (0755) 8888 8888,
 * 0755-86001234 转 123, 0755-86001234-123. A trailing dash group counts as an extension
 * only when the digits before it already make a whole number, so grouped numbers
 * ("0755-8600-1234") still read as one number.
 */
export function isLandline(value: string): boolean {
  return isCompactLandline(value, compactPhone(value));
}

/** isLandline() given `text` = compactPhone(value). */
function isCompactLandline(value: string, text: string): boolean {
  const marked = MARKED_EXTENSION.exec(text);
  if (marked) return LANDLINE.test(marked[1]!);
  if (LANDLINE.test(text)) return true;
  const dashed = DASHED_EXTENSION.exec(normalizeText(value));
  return dashed !== null && LANDLINE.test(compactPhone(dashed[1]!));
}

export const isPhone = memoByText(function isPhone(value: string): boolean {
  const text = compactPhone(value);
  return MOBILE.test(text) || isCompactLandline(value, text);
});

/** Same number however typed: "+86 138-0013-8000" equals "13800138000". */
export function samePhone(a: string, b: string): boolean {
  const x = compactPhone(a);
  return x.length > 0 && x === compactPhone(b);
}
