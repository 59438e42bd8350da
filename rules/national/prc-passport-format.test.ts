import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './prc-passport-format';

const withPassport = (number: string) =>
  makeForm('enterprise', (f) => void (f.subject!.principal = { ...f.subject!.principal!, idType: 'passport', idNumber: number }));

testRule(rule, {
  valid: [
    { name: 'resident ID holders are not judged', form: makeForm('enterprise') },
    { name: 'PRC passport E + 8 digits', form: withPassport('E12345678') },
    { name: 'PRC passport E + letter + 7 digits', form: withPassport('EH1234567') },
    { name: 'old PRC passport G + 8 digits', form: withPassport('G12345678') },
    { name: 'a US passport number is not flagged', form: withPassport('533380006') },
    { name: 'a German passport number is not flagged', form: withPassport('C01X00T47') },
  ],
  invalid: [
    {
      // the series letter O does not exist (typed for 0); identity verification fails if this is a PRC passport.
      name: 'series letter O',
      form: withPassport('EO1234567'),
      issues: [{ field: 'subject.principal.idNumber', message: 'prcPassport' }],
    },
    {
      // one digit missing from a PRC passport number.
      name: 'E + 7 digits (a digit dropped) on the website principal',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.principal = { ...f.websites![0]!.principal!, sameAsSubjectPrincipal: false, idType: 'passport', idNumber: 'E1234567' };
      }),
      issues: [{ field: 'websites[0].principal.idNumber', message: 'prcPassport' }],
    },
  ],
  unknown: [
    {
      name: 'principal ID type not read',
      form: makeForm('enterprise', (f) => void delete f.subject!.principal!.idType),
      missing: ['subject.principal.idType'],
    },
  ],
});
