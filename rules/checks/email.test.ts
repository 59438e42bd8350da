import { describe, expect, it } from 'vitest';
import { isEmail, sameEmail } from './email';

describe('isEmail', () => {
  it.each([
    'zhangsan@example.com',
    'Zhang.San@Example.COM',
    'zhang+filing@example.com.cn',
    "o'brien@example.org",
    '12345678@qq.com',
    'user@mail.example.gov.cn',
    'user@xn--fsq.xn--fiqs8s', // punycode of 例.中国
    'user@例子.中国', // internationalised domain
    ' zhangsan@example.com ',
  ])('accepts %s', (v) => expect(isEmail(v)).toBe(true));

  it.each([
    '',
    'zhangsan',
    'zhangsan@',
    '@example.com',
    'zhangsan@example',
    'zhangsan@example.c',
    'zhang san@example.com',
    'zhangsan@@example.com',
    '.zhangsan@example.com',
    'zhangsan.@example.com',
    'zhang..san@example.com',
    'zhangsan@-example.com',
    'zhangsan@example-.com',
    'zhangsan@example..com',
    'zhangsan@192.168.1.1',
    'zhangsan@[192.168.1.1]',
    'zhangsan@example.com。',
    'zhangsan@例子。中国', // IME full stop is not a dot
    '张三@example.com',
    `${'a'.repeat(65)}@example.com`,
  ])('refuses %s', (v) => expect(isEmail(v)).toBe(false));
});

describe('sameEmail', () => {
  it('ignores case and surrounding spaces', () => {
    expect(sameEmail('ZhangSan@Example.com ', 'zhangsan@example.com')).toBe(true);
  });
  it('never matches different or empty addresses', () => {
    expect(sameEmail('a@example.com', 'b@example.com')).toBe(false);
    expect(sameEmail('', '')).toBe(false);
  });
});
