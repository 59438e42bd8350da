/**
 * Masking personal values for display: what a helper returns to the UI may show the
 * tail of a number so the user recognises it, never the whole of it.
 */
import { compactCode } from '../model/normalize';
import { compactPhone } from './phone';

/** Stars for all but the last `keep` characters: '13800138000' → '*******8000'. Short values are starred whole. */
export function maskTail(value: string, keep = 4): string {
  const chars = [...compactCode(value)];
  if (chars.length <= keep) return '*'.repeat(chars.length);
  return '*'.repeat(chars.length - keep) + chars.slice(-keep).join('');
}

/** A phone number without its country prefix, masked to the last four digits: '+86 138 0013 8000' → '*******8000'. */
export function maskPhone(value: string): string {
  return maskTail(compactPhone(value));
}

/** An email with the local part starred after its first character: 'zhangsan@example.com' → 'z*******@example.com'; anything else starred whole. */
export function maskEmail(value: string): string {
  const text = value.trim();
  const at = text.lastIndexOf('@');
  if (at < 1) return '*'.repeat(text.length);
  return `${text[0]}${'*'.repeat(at - 1)}${text.slice(at)}`;
}
