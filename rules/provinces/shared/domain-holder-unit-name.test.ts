import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './domain-holder-unit-name';

testRule(rule, {
  valid: [
    { name: 'Ningxia, held by the unit', form: makeForm('enterprise', (f) => void (f.province = 'NX')) },
    {
      name: 'another company: left to the national rule',
      form: makeForm('enterprise', (f) => {
        f.province = 'XZ';
        f.domainRecords![0]!.holder = '拉萨某某网络有限公司';
      }),
    },
    {
      name: 'holder typed with spaces',
      form: makeForm('enterprise', (f) => {
        f.province = 'HB';
        f.domainRecords![0]!.holder = '深圳市示例科技 有限公司';
      }),
    },
  ],
  invalid: [
    {
      // 宁夏: 域名所有者须为单位名称，不接受法人名称 (HW doc_0239) — rejected at 管局.
      name: 'Ningxia, held by the legal representative',
      form: makeForm('enterprise', (f) => {
        f.province = 'NX';
        f.domainRecords![0]!.holder = '李四';
      }),
      issues: [{ field: 'domainRecords[0].holder', message: 'holderIsPerson' }],
    },
    {
      // P26 (西藏): 域名持有者须为单位名称 — a legal-rep-held domain is refused.
      name: 'Tibet, held by the principal',
      form: makeForm('enterprise', (f) => {
        f.province = 'XZ';
        f.domainRecords![0]!.holder = '李四';
      }),
      issues: [{ field: 'domainRecords[0].holder', message: 'holderIsPerson' }],
    },
  ],
  notApplicable: [
    { name: 'Guangdong accepts the legal rep', form: makeForm('enterprise') },
    { name: 'personal filing in Ningxia', form: makeForm('individual', (f) => void (f.province = 'NX')) },
  ],
});
