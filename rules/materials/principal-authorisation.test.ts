import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './principal-authorisation';

testRule(rule, {
  valid: [{ name: 'the legal representative is the subject principal', form: makeForm('enterprise') }],
  invalid: [
    {
      // 主体负责人非法定代表人: where allowed, the legal rep's signed and sealed letter.
      name: 'enterprise principal is not the legal representative',
      form: makeForm('enterprise', (f) => void (f.subject!.principal!.isLegalRepresentative = false)),
      needs: [{ material: 'principal-authorisation', message: 'notLegalRep' }],
    },
    {
      // public bodies also name non-legal-rep principals with a letter.
      name: 'public institution principal is not the legal representative',
      form: makeForm('enterprise', (f) => {
        f.subject!.nature = 'institution';
        f.subject!.principal!.isLegalRepresentative = false;
      }),
      needs: [{ material: 'principal-authorisation', message: 'notLegalRep' }],
    },
  ],
  notApplicable: [{ name: 'personal filing', form: makeForm('individual') }],
  unknown: [
    {
      name: 'not yet asked whether the principal is the legal representative',
      form: makeForm('enterprise', (f) => void delete f.subject!.principal!.isLegalRepresentative),
      missing: ['subject.principal.isLegalRepresentative'],
    },
  ],
});
