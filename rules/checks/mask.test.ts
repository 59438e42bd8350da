import { describe, expect, it } from 'vitest';
import { maskEmail, maskPhone, maskTail } from './mask';

describe('maskTail', () => {
  it('keeps the last four characters', () => expect(maskTail('13800138000')).toBe('*******8000'));
  it('compacts spaces and dashes first', () => expect(maskTail('4403 0519 9001 0112 3X', 4)).toBe('**************123X'));
  it('stars a value no longer than what it would keep', () => expect(maskTail('123')).toBe('***'));
  it('keeps a chosen number of characters', () => expect(maskTail('ABCDEFGH', 2)).toBe('******GH'));
});

describe('maskPhone', () => {
  it('drops the country prefix and full-width digits before masking', () => expect(maskPhone('+86 １３７ 0013 7000')).toBe('*******7000'));
  it('masks a landline the same way', () => expect(maskPhone('0755-86001234')).toBe('********1234'));
});

describe('maskEmail', () => {
  it('keeps the first character and the domain', () => expect(maskEmail('zhangsan@example.com')).toBe('z*******@example.com'));
  it('stars a value that is not an email', () => expect(maskEmail('no-at-sign')).toBe('**********'));
});
