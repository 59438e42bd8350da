import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './local-mobile-dropped';

testRule(rule, {
  valid: [
    {
      name: 'Jiangsu, local number',
      form: makeForm('enterprise', (f) => {
        f.province = 'JS';
        f.declarations = { mobilesLocal: true };
      }),
    },
  ],
  invalid: [
    {
      // TC/JD (辽宁, pre-2024): 手机号须为辽宁号码 — dropped by UC 2024, kept as advice.
      name: 'Liaoning, out-of-province number',
      form: makeForm('individual', (f) => {
        f.province = 'LN';
        f.declarations = { mobilesLocal: false };
      }),
      issues: [{ field: 'subject.principal.mobile', message: 'notLocal' }],
    },
  ],
  notApplicable: [{ name: 'Hubei has a current rule', form: makeForm('individual', (f) => void (f.province = 'HB')) }],
});
