import { describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/make-app';
import { makeChange } from '../../test/support/make-change';
import { makeForm } from '../../test/support/make-form';
import { makeIdNumber } from '../../test/support/synthetic-ids';
import { domainProof } from './domain-proof';

describe('domainProof', () => {
  it('lists the four things the screenshot must show and the advice, with sources', () => {
    const guide = domainProof(makeForm());
    expect(guide.mustShow.map((m) => m.id)).toEqual(['domain', 'holder', 'certType', 'certNumber']);
    expect(guide.advice.map((a) => a['zh-CN']).join('')).toContain('域名信息模板');
    expect(guide.materials).toEqual(['domain-real-name-screenshot', 'domain-certificate']);
    expect(guide.sources).toContain('K-材料');
  });

  it('personal filing: expected values from the form, the ID number masked', () => {
    const form = makeForm('individual', (f) => void (f.websites![0]!.domains = ['www.zhangsan-notes.cn']));
    const [item] = domainProof(form).items;
    const id = form.subject!.certNumber!;
    expect(item).toMatchObject({
      domain: 'zhangsan-notes.cn',
      fields: ['websites[0].domains[0]'],
      recordField: 'domainRecords[0]',
      expected: { domain: 'zhangsan-notes.cn', holder: '张三', certType: { 'zh-CN': '居民身份证' }, certNumber: `${'*'.repeat(14)}${id.slice(-4)}` },
      holder: 'matches',
      certNumber: 'unknown',
    });
    expect(JSON.stringify(domainProof(form))).not.toContain(id);
  });

  it('unit filing: the credit code is shown whole; a holder that differs is marked', () => {
    const form = makeForm('enterprise', (f) => void (f.domainRecords![0]!.holder = '王五'));
    const [item] = domainProof(form).items;
    expect(item!.expected.certNumber).toBe(form.subject!.certNumber);
    expect(item!.holder).toBe('differs');
  });

  it('marks a domain held by the legal representative (accepted by some provinces only)', () => {
    const [item] = domainProof(makeForm('enterprise', (f) => void (f.domainRecords![0]!.holder = '李四'))).items;
    expect(item!.holder).toBe('legal-representative');
  });

  it('marks a renamed unit’s domain still under the filed name', () => {
    const [item] = domainProof(makeChange('change-subject', 'enterprise', (f) => void (f.subject!.name = '深圳市示例智能科技有限公司'))).items;
    expect(item!.holder).toBe('old-name');
  });

  it('compares the recorded certificate number and never returns it whole', () => {
    const other = makeIdNumber({ region: '110101', birth: '1985-03-03' });
    const form = makeForm('individual', (f) => void (f.domainRecords![0]!.holderCertNumber = other));
    const [item] = domainProof(form).items;
    expect(item!.certNumber).toBe('differs');
    expect(item!.recorded!.certNumber).toBe(`${'*'.repeat(14)}${other.slice(-4)}`);
    expect(JSON.stringify(item)).not.toContain(other);
  });

  it('groups website and app hosts under their registered domain; domains without a record stay unknown', () => {
    const form = makeForm('enterprise', (f) => {
      f.apps = [makeApp((a) => void (a.domains = ['api.example-tech.cn', 'cdn.example-assets.com']))];
    });
    const items = domainProof(form).items;
    expect(items.map((i) => [i.domain, i.fields, i.holder])).toEqual([
      ['example-tech.cn', ['websites[0].domains[0]', 'apps[0].domains[0]'], 'matches'],
      ['example-assets.com', ['apps[0].domains[1]'], 'unknown'],
    ]);
    expect(items[1]!.recordField).toBeUndefined();
  });
});
