/**
 * A practical email syntax check (no quoted local parts, no IP literals): what a
 * filing console will accept and a reviewer can reply to. Huawei publishes no format
 * rule (rules-huawei.md M-19), so this follows the common RFC 5321 shape.
 */
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

export function isEmail(value: string): boolean {
  const text = value.trim();
  if (text.length > 254 || !EMAIL.test(text)) return false;
  const local = text.slice(0, text.lastIndexOf('@'));
  return local.length <= 64 && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..');
}

export function sameEmail(a: string, b: string): boolean {
  return a.trim().length > 0 && a.trim().toLowerCase() === b.trim().toLowerCase();
}
