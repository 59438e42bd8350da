import { describe, expect, it } from 'vitest';
import { makeForm } from '../../test/support/make-form';
import { makeIdNumber } from '../../test/support/synthetic-ids';
import { maskEmail, maskPhone, maskTail, personalDataRedactor } from './mask';

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

describe('personalDataRedactor', () => {
  const id = makeIdNumber({ region: '110101', birth: '1990-03-07' });
  const holder = makeIdNumber({ region: '440305', birth: '1990-01-01' });
  const form = makeForm('individual', (f) => {
    f.subject!.certNumber = id;
    f.subject!.principal = { ...f.subject!.principal!, idNumber: id, mobile: '+86 138 0013 8000', email: 'ZhangSan@example.com', officePhone: '0755-86001234' };
    f.domainRecords = [{ domain: 'zhangsan-notes.cn', holderCertNumber: holder }];
  });
  const redact = personalDataRedactor(form);

  it('masks ID numbers, phones and emails as typed, normalised or compacted', () => {
    expect(redact(`证件号码 ${id} 有误`)).toBe(`证件号码 ${maskTail(id)} 有误`);
    // typed with a space, quoted compacted
    const spaced = personalDataRedactor(makeForm('individual', (f) => void (f.subject!.principal!.idNumber = `${id.slice(0, 6)} ${id.slice(6)}`)));
    expect(spaced(`号码 ${id}`)).toBe(`号码 ${maskTail(id)}`);
    expect(redact('mobile +86 138 0013 8000 and 13800138000')).toBe('mobile *******8000 and *******8000');
    expect(redact('write to ZhangSan@example.com or zhangsan@example.com')).toBe('write to Z*******@example.com or Z*******@example.com');
    expect(redact(`office 0755-86001234, holder ${holder}`)).toBe(`office ********1234, holder ${maskTail(holder)}`);
  });

  it('leaves other text alone', () => {
    expect(redact('网站名称“张三的笔记”与域名 zhangsan-notes.cn 不符')).toBe('网站名称“张三的笔记”与域名 zhangsan-notes.cn 不符');
  });
});
