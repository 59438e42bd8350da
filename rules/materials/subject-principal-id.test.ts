import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './subject-principal-id';

testRule(rule, {
  // In scope this rule always asks, so its only silent in-scope case is one whose scope cannot be decided yet.
  valid: [{ name: 'filing type not read: the rule does not speak', form: makeForm('individual', (f) => void delete f.filingType) }],
  invalid: [
    {
      // every filing uploads the subject principal's ID (证件不合格 if missing, copied or expiring).
      name: 'personal first filing',
      form: makeForm('individual'),
      needs: [{ material: 'subject-principal-id', message: 'principalId' }],
    },
    {
      // for units adding access at Huawei.
      name: 'enterprise adding access',
      form: makeForm('enterprise', (f) => void (f.filingType = 'add-access')),
      needs: [{ material: 'subject-principal-id', message: 'principalId' }],
    },
  ],
  notApplicable: [{ name: 'changing a website only', form: makeForm('enterprise', (f) => void (f.filingType = 'change-service')) }],
});
