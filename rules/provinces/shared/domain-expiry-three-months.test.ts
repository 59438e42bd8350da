import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './domain-expiry-three-months';

testRule(rule, {
  valid: [
    { name: 'Beijing, two years left', form: makeForm('enterprise', (f) => void (f.province = 'BJ')) },
    {
      name: 'Hebei, three months and a day',
      form: makeForm('individual', (f) => {
        f.province = 'HE';
        f.domainRecords![0]!.expiresOn = '2027-03-01';
      }),
    },
    // Already expired: national/domain-expired reports it (one finding, an error), not this rule.
    {
      name: 'Beijing, expired yesterday',
      form: makeForm('enterprise', (f) => {
        f.province = 'BJ';
        f.domainRecords![0]!.expiresOn = '2026-11-28';
      }),
    },
    {
      name: 'Jiangsu, expires today',
      form: makeForm('enterprise', (f) => {
        f.province = 'JS';
        f.domainRecords![0]!.expiresOn = '2026-11-29';
      }),
    },
  ],
  invalid: [
    {
      // 域名即将过期: 河北/山西/甘肃… reject domains with ≤3 months left.
      name: 'Gansu, expires in two months',
      form: makeForm('enterprise', (f) => {
        f.province = 'GS';
        f.domainRecords![0]!.expiresOn = '2027-01-29';
      }),
      issues: [{ field: 'domainRecords[0].expiresOn', message: 'expiresSoon' }],
    },
    {
      name: 'Zhejiang, expires tomorrow',
      form: makeForm('individual', (f) => {
        f.province = 'ZJ';
        f.domainRecords![0]!.expiresOn = '2026-11-30';
      }),
      issues: [{ field: 'domainRecords[0].expiresOn', message: 'expiresSoon' }],
    },
    {
      name: 'Shanghai, exactly three months is not "more than"',
      form: makeForm('individual', (f) => {
        f.province = 'SH';
        f.domainRecords![0]!.expiresOn = '2027-02-28';
      }),
      issues: [{ field: 'domainRecords[0].expiresOn', message: 'expiresSoon' }],
    },
  ],
  notApplicable: [{ name: 'Guangdong has no such page', form: makeForm() }],
  unknown: [
    {
      name: 'expiry not known',
      form: makeForm('individual', (f) => {
        f.province = 'TJ';
        delete f.domainRecords![0]!.expiresOn;
      }),
      missing: ['domainRecords[0].expiresOn'],
    },
  ],
});
