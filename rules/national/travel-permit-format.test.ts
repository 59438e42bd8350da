import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './travel-permit-format';

/** An individual who files with the given personal document (subject and principals alike). */
const personalFiling = (idType: 'hk-mo-travel-permit' | 'tw-travel-permit', number: string) =>
  makeForm('individual', (f) => {
    f.subject!.certType = idType;
    f.subject!.certNumber = number;
    f.subject!.principal = { ...f.subject!.principal!, idType, idNumber: number };
    f.websites![0]!.principal = { ...f.subject!.principal, sameAsSubjectPrincipal: true };
  });

testRule(rule, {
  valid: [
    { name: 'resident ID holders are not judged', form: makeForm() },
    { name: 'Hong Kong permit H + 8 digits', form: personalFiling('hk-mo-travel-permit', 'H12345678') },
    { name: 'Macao permit with the 2-digit issue count', form: personalFiling('hk-mo-travel-permit', 'M8765432101') },
    { name: 'permit typed lower case with a space', form: personalFiling('hk-mo-travel-permit', 'h1234 5678') },
    { name: 'Taiwan permit 8 digits', form: personalFiling('tw-travel-permit', '01234567') },
  ],
  invalid: [
    {
      // the HK identity-card number (letter + 6 digits + check) typed instead of the permit number.
      name: 'Hong Kong identity-card number entered as the permit number',
      form: personalFiling('hk-mo-travel-permit', 'A1234563'),
      issues: [
        { field: 'subject.certNumber', message: 'hkMoPermit' },
        { field: 'subject.principal.idNumber', message: 'hkMoPermit' },
      ],
    },
    {
      // the 18-digit residence-permit number under the travel-permit type.
      name: 'residence-permit number under the HK/MO travel-permit type (website principal)',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.principal = {
          ...f.websites![0]!.principal!,
          sameAsSubjectPrincipal: false,
          idType: 'hk-mo-travel-permit',
          idNumber: '810000199001011230',
        };
      }),
      issues: [{ field: 'websites[0].principal.idNumber', message: 'hkMoPermit' }],
    },
    {
      // an old booklet number with issue count and office code, e.g. 0123456701(B).
      name: 'old Taiwan booklet number',
      form: personalFiling('tw-travel-permit', '0123456701(B)'),
      issues: [
        { field: 'subject.certNumber', message: 'twPermit' },
        { field: 'subject.principal.idNumber', message: 'twPermit' },
      ],
    },
  ],
  unknown: [
    {
      name: 'principal ID number not read',
      form: makeForm('enterprise', (f) => void delete f.subject!.principal!.idNumber),
      missing: ['subject.principal.idNumber'],
    },
  ],
});
