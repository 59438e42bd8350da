import { testRule } from '../../../test/support/rule-tester';
import { personal, unit } from '../../../test/support/province-forms';
import rule from './personal-cross-province';

testRule(rule, {
  valid: [{ name: 'Shaanxi ID card', form: personal('SN') }],
  invalid: [
    // UC 2024 "不接受外省证件" for 陕西 vs HW 2025 "支持异地备案".
    { name: 'Gansu ID card', form: personal('SN', 'GS'), issues: [{ field: 'province', message: 'sourcesDisagree' }] },
  ],
  notApplicable: [{ name: 'enterprise', form: unit('SN') }],
});
