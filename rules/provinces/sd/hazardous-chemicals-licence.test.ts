import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './hazardous-chemicals-licence';

testRule(rule, {
  valid: [{ name: 'technology company', form: makeForm('enterprise', (f) => void (f.province = 'SD')) }],
  invalid: [
    {
      // UC 2024 (山东): 危险化学品经营许可证 needed when the scope covers hazardous chemicals.
      name: 'chemical company',
      form: makeForm('enterprise', (f) => {
        f.province = 'SD';
        f.subject!.name = '淄博市示例化工有限公司';
      }),
      needs: [{ material: 'sd-hazardous-chemicals-licence', for: undefined, message: 'licence' }],
    },
  ],
  notApplicable: [{ name: 'personal', form: makeForm('individual', (f) => void (f.province = 'SD')) }],
});
