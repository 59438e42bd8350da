import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './enterprise-site-name-statement';

testRule(rule, {
  valid: [{ name: 'short name in the site name', form: makeForm('enterprise', (f) => void (f.province = 'SC')) }],
  invalid: [
    {
      // UC 2024 (四川): a name unrelated to the company without 情况说明 is rejected.
      name: 'unrelated name',
      form: makeForm('enterprise', (f) => {
        f.province = 'SC';
        f.websites![0]!.name = '好物推荐网';
      }),
      issues: [{ field: 'websites[0].name', message: 'unrelated' }],
      needs: [{ material: 'sc-site-name-statement', for: 'websites[0]', message: 'statement' }],
    },
  ],
  notApplicable: [{ name: 'personal', form: makeForm('individual', (f) => void (f.province = 'SC')) }],
});
