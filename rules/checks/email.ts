/**
 * A practical email syntax check (no quoted local parts, no IP literals): what a
 * filing console will accept and a reviewer can reply to. Huawei publishes no format
 * rule (P22, P01, S2 say only that the address must be accurate), so this follows the common RFC 5321 shape: a dot-atom
 * local part of at most 64 characters and a host name as domain.ts accepts it (so
 * punycode and Chinese domains such as 例子.中国 pass).
 */
import { isDomainName } from './domain';
import { memoByText } from './memo';

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/** Remembered by text (memo.ts). */
export const isEmail = memoByText(function isEmail(value: string): boolean {
  const text = value.trim();
  const at = text.lastIndexOf('@');
  if (text.length > 254 || at < 1) return false;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  return local.length <= 64 && LOCAL.test(local) && isDomainName(domain);
});

export function sameEmail(a: string, b: string): boolean {
  return a.trim().length > 0 && a.trim().toLowerCase() === b.trim().toLowerCase();
}
