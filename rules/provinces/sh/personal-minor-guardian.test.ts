import { testRule } from '../../../test/support/rule-tester';
import { personal, unit } from '../../../test/support/province-forms';
import rule from './personal-minor-guardian';

testRule(rule, {
  valid: [
    { name: 'adult', form: personal('SH') },
    { name: 'turned 18 today', form: personal('SH', 'SH', undefined, '2008-11-29') },
  ],
  invalid: [
    // TC 上海: personal under 18 → guardian's ID and the relationship.
    { name: 'aged 16', form: personal('SH', 'SH', undefined, '2010-05-01'), needs: [{ material: 'guardian-id', message: 'guardianNeeded' }] },
  ],
  notApplicable: [{ name: 'enterprise', form: unit('SH') }],
});
