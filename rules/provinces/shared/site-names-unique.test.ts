import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './site-names-unique';

const twoSites = (province: 'SN' | 'JX' | 'BJ', second: string) =>
  makeForm('enterprise', (f) => {
    f.province = province;
    f.websites!.push({ ...f.websites![0]!, name: second, domains: ['example-shop.cn'] });
  });

testRule(rule, {
  valid: [{ name: 'different names', form: twoSites('SN', '示例科技商城') }],
  invalid: [
    // UC 2024 (江西/陕西): 同一主体网站名称不能重复 — the duplicate is rejected.
    { name: 'Jiangxi, same name twice', form: twoSites('JX', '示例科技官网'), issues: [{ field: 'websites[1].name', message: 'duplicate' }] },
    { name: 'Beijing, same name with a space', form: twoSites('BJ', '示例科技 官网'), issues: [{ field: 'websites[1].name', message: 'duplicate' }] },
  ],
  notApplicable: [{ name: 'Guangdong', form: makeForm() }],
});
