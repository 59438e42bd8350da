import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './religion-licence';

testRule(rule, {
  valid: [{ name: 'ordinary company site', form: makeForm('enterprise', (f) => void (f.province = 'XZ')) }],
  invalid: [
    {
      // P26 (西藏): religion in scope without 宗教 ticked and licence uploaded → rejected.
      name: 'temple site without the category',
      form: makeForm('enterprise', (f) => {
        f.province = 'XZ';
        f.websites![0]!.name = '某某寺庙文化网';
      }),
      issues: [{ field: 'websites[0].preApprovals', message: 'notTicked' }],
      needs: [{ material: 'religious-information-licence', for: 'websites[0]', message: 'licence' }],
    },
    {
      name: 'religion ticked: licence needed',
      form: makeForm('enterprise', (f) => {
        f.province = 'XZ';
        f.websites![0]!.preApprovals = [{ category: 'religion', number: '藏宗网许〔2026〕1号' }];
      }),
      needs: [{ material: 'religious-information-licence', for: 'websites[0]', message: 'licence' }],
    },
  ],
  notApplicable: [{ name: 'Guangdong', form: makeForm('enterprise', (f) => void (f.websites![0]!.name = '某某寺庙文化网')) }],
});
