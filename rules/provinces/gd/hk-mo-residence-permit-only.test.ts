import { testRule } from '../../../test/support/rule-tester';
import { makeForm } from '../../../test/support/make-form';
import { personal } from '../../../test/support/province-forms';
import rule from './hk-mo-residence-permit-only';

testRule(rule, {
  valid: [
    { name: 'resident ID card', form: makeForm() },
    { name: 'HK/MO residence permit', form: personal('GD', 'GD', (f) => void (f.subject!.certType = 'hk-mo-residence-permit')) },
  ],
  invalid: [
    // HW 广东个人 (S2, 2025-05-27): 港澳居民 only with the 港澳居民居住证.
    {
      name: 'HK/MO travel permit',
      form: personal('GD', 'GD', (f) => {
        f.subject!.certType = 'hk-mo-travel-permit';
        f.subject!.certNumber = 'H12345678';
      }),
      issues: [{ field: 'subject.certType', message: 'residencePermitOnly' }],
    },
  ],
  notApplicable: [{ name: 'enterprise', form: makeForm('enterprise') }],
});
