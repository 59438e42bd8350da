import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import rule from './emergency-not-another-principal';

/** An enterprise whose website principal is a second person, 王五. */
const twoPeople = (province: ProvinceCode, site: { mobile: string; emergencyPhone: string }, subjectEmergency = '13600136000') =>
  makeForm('enterprise', (f) => {
    f.province = province;
    f.subject!.principal!.emergencyPhone = subjectEmergency;
    f.websites![0]!.principal = { ...f.websites![0]!.principal!, sameAsSubjectPrincipal: false, name: '王五', ...site };
  });

testRule(rule, {
  valid: [
    { name: 'same person for both roles', form: makeForm('enterprise', (f) => void (f.province = 'HE')) },
    { name: 'two people, four different numbers', form: twoPeople('HE', { mobile: '13500135000', emergencyPhone: '13400134000' }) },
  ],
  invalid: [
    {
      // HW KB (河北, 2025): 应急联系电话不能与任何负责人号码重复 — rejected.
      name: 'Hebei, site principal gives the subject principal’s mobile as emergency number',
      form: twoPeople('HE', { mobile: '13500135000', emergencyPhone: '13700137000' }),
      issues: [{ field: 'websites[0].principal.emergencyPhone', message: 'emergencyRepeats' }],
    },
    {
      // AL (福建): mobiles and emergency numbers swapped between the two responsible persons.
      name: 'Fujian, numbers swapped',
      form: twoPeople('FJ', { mobile: '13500135000', emergencyPhone: '13700137000' }, '13500135000'),
      issues: [
        { field: 'subject.principal.emergencyPhone', message: 'emergencyRepeats' },
        { field: 'websites[0].principal.emergencyPhone', message: 'emergencyRepeats' },
      ],
    },
  ],
  notApplicable: [{ name: 'Guangdong', form: makeForm('enterprise') }],
});
