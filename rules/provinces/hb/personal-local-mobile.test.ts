import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './personal-local-mobile';

testRule(rule, {
  valid: [
    {
      name: 'local number',
      form: makeForm('individual', (f) => {
        f.province = 'HB';
        f.declarations = { mobilesLocal: true };
      }),
    },
  ],
  invalid: [
    {
      // UC 2024 (湖北): 个人手机号须为湖北号码 — out-of-province numbers rejected.
      name: 'out-of-province number',
      form: makeForm('individual', (f) => {
        f.province = 'HB';
        f.declarations = { mobilesLocal: false };
      }),
      issues: [{ field: 'subject.principal.mobile', message: 'notLocal' }],
    },
  ],
  notApplicable: [
    {
      name: 'enterprise',
      form: makeForm('enterprise', (f) => {
        f.province = 'HB';
        f.declarations = { mobilesLocal: false };
      }),
    },
  ],
  unknown: [{ name: 'not answered', form: makeForm('individual', (f) => void (f.province = 'HB')), missing: ['declarations.mobilesLocal'] }],
});
