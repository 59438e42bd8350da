import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './domain-expiry-province-minimum';

testRule(rule, {
  valid: [
    { name: 'Henan, plenty left', form: makeForm('individual', (f) => void (f.province = 'HA')) },
    {
      name: 'Jilin, two months left is more than one',
      form: makeForm('enterprise', (f) => {
        f.province = 'JL';
        f.domainRecords![0]!.expiresOn = '2027-01-30';
      }),
    },
    // Already expired: national/domain-expired reports it as an error; this warning stays out.
    {
      name: 'Henan, expired in 2020',
      form: makeForm('individual', (f) => {
        f.province = 'HA';
        f.domainRecords![0]!.expiresOn = '2020-05-01';
      }),
    },
  ],
  invalid: [
    {
      // TC (c. 2019): 安徽 domains need >3 months validity; near-expiry domains get returned.
      name: 'Anhui, two months left',
      form: makeForm('enterprise', (f) => {
        f.province = 'AH';
        f.domainRecords![0]!.expiresOn = '2027-01-29';
      }),
      issues: [{ field: 'domainRecords[0].expiresOn', message: 'expiresSoon' }],
    },
    {
      // AL 2018: 山东 domain validity >45 days.
      name: 'Shandong, 30 days left',
      form: makeForm('individual', (f) => {
        f.province = 'SD';
        f.domainRecords![0]!.expiresOn = '2026-12-29';
      }),
      issues: [{ field: 'domainRecords[0].expiresOn', message: 'expiresSoon' }],
    },
  ],
  notApplicable: [{ name: 'Hebei is covered by the three-month rule', form: makeForm('individual', (f) => void (f.province = 'HE')) }],
});
