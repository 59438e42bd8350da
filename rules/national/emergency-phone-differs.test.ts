import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './emergency-phone-differs';

testRule(rule, {
  valid: [
    { name: 'different numbers', form: makeForm() },
    { name: 'emergency phone left for the form to demand', form: makeForm('individual', (f) => void (f.subject!.principal!.emergencyPhone = '')) },
    { name: 'landline as emergency phone', form: makeForm('enterprise', (f) => void (f.subject!.principal!.emergencyPhone = '0755-86001234')) },
  ],
  invalid: [
    {
      // 联系电话 驳回原因三: principal mobile = emergency number.
      name: 'subject principal repeats the mobile',
      form: makeForm('individual', (f) => void (f.subject!.principal!.emergencyPhone = '13800138000')),
      issues: [{ field: 'subject.principal.emergencyPhone', message: 'sameAsMobile' }],
    },
    {
      name: 'same number typed with spaces, full-width digits and +86',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.principal = { ...f.websites![0]!.principal!, sameAsSubjectPrincipal: false, emergencyPhone: '+86 １３７ 0013 7000' };
      }),
      issues: [{ field: 'websites[0].principal.emergencyPhone', message: 'sameAsMobile' }],
    },
  ],
  unknown: [{ name: 'no mobile read', form: makeForm('individual', (f) => void delete f.subject!.principal!.mobile), missing: ['subject.principal.mobile'] }],
});
