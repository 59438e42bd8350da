import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './e-commerce-statement';

testRule(rule, {
  valid: [{ name: 'company portal', form: makeForm('enterprise', (f) => void (f.province = 'HB')) }],
  invalid: [
    {
      // UC 2024 (湖北): 电商 → 情况说明书; missing → sent back for the statement.
      name: 'online shopping ticked',
      form: makeForm('enterprise', (f) => {
        f.province = 'HB';
        f.websites![0]!.serviceContent = ['unit-portal', 'shopping'];
      }),
      needs: [{ material: 'hb-e-commerce-statement', for: 'websites[0]', message: 'statement' }],
    },
    {
      name: 'shop word in the name',
      form: makeForm('enterprise', (f) => {
        f.province = 'HB';
        f.websites![0]!.name = '示例科技商城';
      }),
      needs: [{ material: 'hb-e-commerce-statement', for: 'websites[0]', message: 'statement' }],
    },
  ],
  notApplicable: [{ name: 'Guangdong', form: makeForm('enterprise', (f) => void (f.websites![0]!.name = '示例科技商城')) }],
});
