import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './party-building-letter';

testRule(rule, {
  valid: [
    {
      name: 'an order with apps only',
      form: makeForm('enterprise', (f) => {
        f.province = 'XJ';
        f.websites = [];
      }),
    },
  ],
  invalid: [
    // QC/JD/TC (新疆): 党建确认函 for each new site — kept as an info reminder since UC 2024 dropped it.
    {
      name: 'Xinjiang first filing',
      form: makeForm('enterprise', (f) => void (f.province = 'XJ')),
      needs: [{ material: 'party-building-confirmation', for: 'websites[0]', message: 'letter' }],
    },
    {
      name: 'Tibet new site',
      form: makeForm('enterprise', (f) => {
        f.province = 'XZ';
        f.filingType = 'add-service';
      }),
      needs: [{ material: 'party-building-confirmation', for: 'websites[0]', message: 'letter' }],
    },
  ],
  notApplicable: [
    {
      name: 'change filing',
      form: makeForm('enterprise', (f) => {
        f.province = 'XJ';
        f.filingType = 'change-subject';
      }),
    },
  ],
});
