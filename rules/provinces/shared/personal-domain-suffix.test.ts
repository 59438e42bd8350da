import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './personal-domain-suffix';

testRule(rule, {
  valid: [
    { name: 'Shanghai .cn', form: makeForm('individual', (f) => void (f.province = 'SH')) },
    {
      name: 'Chongqing .tv is only a Shanghai concern',
      form: makeForm('individual', (f) => {
        f.province = 'CQ';
        f.websites![0]!.domains = ['zhangsan.tv'];
      }),
    },
  ],
  invalid: [
    {
      // TC (c. 2019): 上海 individuals cannot file .tv domains.
      name: 'Shanghai personal .tv',
      form: makeForm('individual', (f) => {
        f.province = 'SH';
        f.websites![0]!.domains = ['zhangsan.tv'];
      }),
      issues: [{ field: 'websites[0].domains[0]', message: 'suffixRefused' }],
    },
    {
      // TC17: 重庆 individuals cannot file .org.
      name: 'Chongqing personal .org',
      form: makeForm('individual', (f) => {
        f.province = 'CQ';
        f.websites![0]!.domains = ['zhangsan.org'];
      }),
      issues: [{ field: 'websites[0].domains[0]', message: 'suffixRefused' }],
    },
  ],
  notApplicable: [{ name: 'enterprise', form: makeForm('enterprise', (f) => void (f.province = 'SH')) }],
});
