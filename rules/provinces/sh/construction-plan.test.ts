import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './construction-plan';

const shanghai = (filed: number) =>
  makeForm('enterprise', (f) => {
    f.province = 'SH';
    f.filingType = 'add-service';
    f.declarations = { filedServiceCount: filed };
  });

testRule(rule, {
  valid: [{ name: '29th site', form: shanghai(28) }],
  invalid: [
    // HW doc_0220 (上海): ≥30 enterprise sites → 网站建设方案书, otherwise returned.
    { name: '30th site', form: shanghai(29), needs: [{ material: 'site-plan', for: undefined, message: 'sitePlan' }] },
  ],
  notApplicable: [{ name: 'personal', form: makeForm('individual', (f) => void (f.province = 'SH')) }],
  unknown: [{ name: 'count not answered', form: makeForm('enterprise', (f) => void (f.province = 'SH')), missing: ['declarations.filedServiceCount'] }],
});
