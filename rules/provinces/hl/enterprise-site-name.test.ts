import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './enterprise-site-name';

testRule(rule, {
  valid: [{ name: 'short name + 官网', form: makeForm('enterprise', (f) => void (f.province = 'HL')) }],
  invalid: [
    {
      // JD (黑龙江): 企业网站名称须为企业全称或简称 — unrelated names are rejected.
      name: 'product name only',
      form: makeForm('enterprise', (f) => {
        f.province = 'HL';
        f.websites![0]!.name = '好物推荐网';
      }),
      issues: [{ field: 'websites[0].name', message: 'unrelated' }],
    },
  ],
  notApplicable: [{ name: 'personal', form: makeForm('individual', (f) => void (f.province = 'HL')) }],
});
