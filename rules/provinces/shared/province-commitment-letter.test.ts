import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './province-commitment-letter';

testRule(rule, {
  valid: [
    {
      name: 'cancellation',
      form: makeForm('individual', (f) => {
        f.province = 'SH';
        f.filingType = 'cancel-service';
      }),
    },
  ],
  invalid: [
    // JD/QC (上海): 上海市互联网信息服务备案承诺书 is part of the dossier; missing → asked to add.
    {
      name: 'Shanghai',
      form: makeForm('enterprise', (f) => void (f.province = 'SH')),
      needs: [{ material: 'sh-commitment-letter', for: undefined, message: 'letter' }],
    },
    {
      name: 'Henan',
      form: makeForm('individual', (f) => void (f.province = 'HA')),
      needs: [{ material: 'ha-commitment-letter', for: undefined, message: 'letter' }],
    },
  ],
  notApplicable: [{ name: 'Guangdong has its own rule', form: makeForm() }],
});
