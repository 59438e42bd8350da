/**
 * Synthetic identity numbers for tests and fixtures: structurally valid (check
 * characters computed), never real people or companies.
 */
import { creditCodeCheckChar } from '../../rules/checks/credit-code';
import { idCheckChar } from '../../rules/checks/id-card';

/** An ID-card number for the given address code and birth date (sequence 123 unless given). */
export function makeIdNumber({ region = '440305', birth = '1990-01-01', sequence = '123' } = {}): string {
  const first17 = `${region}${birth.replace(/-/g, '')}${sequence}`;
  return first17 + idCheckChar(first17);
}

/** A credit code: authority 9 / class 1 (enterprise) in Shenzhen unless given. */
export function makeCreditCode({ authority = '9', classCode = '1', region = '440300', body = 'MA5F0QX3K' } = {}): string {
  const first17 = `${authority}${classCode}${region}${body}`;
  return first17 + creditCodeCheckChar(first17);
}

/** The same 18-character number with another (so wrong) check character: its shape still passes a console's own length check. */
export function withWrongCheckChar(number: string): string {
  return number.slice(0, 17) + (number.endsWith('1') ? '2' : '1');
}
