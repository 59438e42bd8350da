import { testRule } from '../../../test/support/rule-tester';
import { personal } from '../../../test/support/province-forms';
import rule from './personal-local-id-advised';

testRule(rule, {
  valid: [
    { name: 'NM: Inner Mongolia ID card', form: personal('NM') },
    { name: 'GX: Guangxi ID card', form: personal('GX') },
  ],
  invalid: [
    // 内蒙古 HW 2025: "non-Inner-Mongolia ID refused" even though UC 2024 took a local permit.
    {
      name: 'NM: Hebei ID card with an Inner Mongolia permit',
      form: personal('NM', 'HE', (f) => void (f.declarations = { residenceProof: 'residence-permit' })),
      issues: [{ field: 'province', message: 'refusedByNewest' }],
    },
    // 广西 HW 2025: personal filings cannot be made outside the home province.
    { name: 'GX: Guangdong ID card', form: personal('GX', 'GD'), issues: [{ field: 'province', message: 'refusedByNewest' }] },
  ],
  notApplicable: [{ name: 'other province', form: personal('HE', 'NM') }],
});
