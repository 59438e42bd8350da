/** Mainland phone numbers as people type them: spaces, dashes, +86 / 0086 prefixes. */
import { compactCode } from '../model/normalize';

/** Digits only, without a +86 / 0086 country prefix; extensions ("转123", "-123" after 7–8 digits) are dropped by landline parsing. */
export function compactPhone(value: string): string {
  return compactCode(value)
    .replace(/^\+?0{0,2}86(?=1\d{10}$)/, '')
    .replace(/^\(?\+?86\)?/, '');
}

/** 11-digit mainland mobile number: 1, then 3–9, then 9 digits. */
export function isMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(compactPhone(value));
}

/** Landline with area code (010, 0755 …), optional extension: 010-12345678, 0755 8888 8888 转 123. */
export function isLandline(value: string): boolean {
  const text = compactCode(value).replace(/^\(?\+?86\)?/, '').replace(/[()（）]/g, '');
  return /^0\d{2,3}\d{7,8}((转|EXT|#|,)\d{1,6})?$/.test(text);
}

export function isPhone(value: string): boolean {
  return isMobile(value) || isLandline(value);
}

/** Same number however typed: "+86 138-0013-8000" equals "13800138000". */
export function samePhone(a: string, b: string): boolean {
  const x = compactPhone(a);
  return x.length > 0 && x === compactPhone(b);
}
