import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './contact-phone-format';

testRule(rule, {
  valid: [
    { name: 'a landline office phone and a mobile emergency phone', form: makeForm('enterprise') },
    { name: 'no office phone for an individual', form: makeForm() },
    { name: 'office phone not shown by the console', form: makeForm('enterprise', (f) => void delete f.subject!.principal!.officePhone) },
    {
      name: 'landline emergency phone with an extension, office phone in brackets',
      form: makeForm('enterprise', (f) => {
        f.subject!.principal!.emergencyPhone = '010-12345678 转 123';
        f.subject!.principal!.officePhone = '（0755）8600 1234';
      }),
    },
  ],
  invalid: [
    {
      // 电话核验问题: the reviewer's call cannot reach a number without its area code.
      name: 'an office phone without area code',
      form: makeForm('enterprise', (f) => void (f.subject!.principal!.officePhone = '86001234')),
      issues: [{ field: 'subject.principal.officePhone', message: 'officePhone' }],
    },
    {
      // the emergency number is called when the mobile does not answer.
      name: 'an emergency phone with a digit too many, in a separate website principal',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.principal = { ...f.websites![0]!.principal!, sameAsSubjectPrincipal: false, name: '王五', emergencyPhone: '139001390001' };
      }),
      issues: [{ field: 'websites[0].principal.emergencyPhone', message: 'emergencyPhone' }],
    },
  ],
  unknown: [
    {
      name: 'emergency phone not read',
      form: makeForm('enterprise', (f) => void delete f.subject!.principal!.emergencyPhone),
      missing: ['subject.principal.emergencyPhone'],
    },
  ],
});
