import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './verification-sheet-per-domain';

testRule(rule, {
  valid: [{ name: 'one domain', form: makeForm('enterprise', (f) => void (f.province = 'ZJ')) }],
  invalid: [
    {
      // QC (浙江): several domains → one 核验单 per domain.
      name: 'two domains',
      form: makeForm('enterprise', (f) => {
        f.province = 'ZJ';
        f.websites!.push({ ...f.websites![0]!, name: '示例科技商城', domains: ['example-shop.cn'] });
      }),
      needs: [
        { material: 'verification-sheet', for: 'websites[0].domains[0]', message: 'sheetPerDomain' },
        { material: 'verification-sheet', for: 'websites[1].domains[0]', message: 'sheetPerDomain' },
      ],
    },
  ],
  notApplicable: [{ name: 'Guangdong', form: makeForm() }],
});
