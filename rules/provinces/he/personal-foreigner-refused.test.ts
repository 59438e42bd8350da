import { testRule } from '../../../test/support/rule-tester';
import { personal, unit } from '../../../test/support/province-forms';
import rule from './personal-foreigner-refused';

testRule(rule, {
  valid: [
    { name: 'resident ID card', form: personal('HE') },
    { name: 'Hong Kong travel permit', form: personal('HE', 'HE', (f) => void (f.subject!.certType = 'hk-mo-travel-permit')) },
  ],
  invalid: [
    // HW 河北 (K-管局): "foreigners cannot file personally".
    {
      name: 'passport',
      form: personal('HE', 'HE', (f) => void (f.subject!.certType = 'passport')),
      issues: [{ field: 'subject.certType', message: 'foreignerRefused' }],
    },
    {
      name: 'foreign permanent-residence card',
      form: personal('HE', 'HE', (f) => void (f.subject!.certType = 'foreign-permanent-residence')),
      issues: [{ field: 'subject.certType', message: 'foreignerRefused' }],
    },
  ],
  notApplicable: [{ name: 'enterprise', form: unit('HE') }],
});
