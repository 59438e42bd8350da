import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './subject-certificate';

testRule(rule, {
  // In scope this rule always asks, so its only silent in-scope case is one whose scope cannot be decided yet.
  valid: [{ name: 'nature not read: the rule does not speak', form: makeForm('enterprise', (f) => void delete f.subject!.nature) }],
  invalid: [
    {
      // every unit filing uploads its certificate (证件不合格 if missing or not the original).
      name: 'enterprise first filing',
      form: makeForm('enterprise'),
      needs: [{ material: 'subject-certificate', message: 'unitCertificate' }],
    },
    {
      // also for subject changes (主体证件非最新 is a rectification reason).
      name: 'public institution changing its subject information',
      form: makeForm('enterprise', (f) => {
        f.filingType = 'change-subject';
        f.subject!.nature = 'institution';
        f.subject!.certType = 'institution-legal-person';
      }),
      needs: [{ material: 'subject-certificate', message: 'unitCertificate' }],
    },
  ],
  notApplicable: [
    { name: 'individual (the ID is the subject principal ID)', form: makeForm('individual') },
    { name: 'cancelling a website', form: makeForm('enterprise', (f) => void (f.filingType = 'cancel-service')) },
  ],
  unknown: [{ name: 'filing type not read', form: makeForm('enterprise', (f) => void delete f.filingType), missing: ['filingType'] }],
});
