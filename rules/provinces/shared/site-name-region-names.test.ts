import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './site-name-region-names';

testRule(rule, {
  valid: [
    { name: 'Yunnan company site', form: makeForm('enterprise', (f) => void (f.province = 'YN')) },
    {
      name: 'Hainan enterprise is not covered',
      form: makeForm('enterprise', (f) => {
        f.province = 'HI';
        f.websites![0]!.name = '三亚旅游网';
      }),
    },
  ],
  invalid: [
    {
      // TC (云南): a trading company calling its site "怒江网" without authorisation is refused.
      name: 'Yunnan 怒江网',
      form: makeForm('enterprise', (f) => {
        f.province = 'YN';
        f.websites![0]!.name = '怒江网';
      }),
      issues: [{ field: 'websites[0].name', message: 'regionName' }],
    },
    {
      name: 'Hainan personal site named after 海口',
      form: makeForm('individual', (f) => {
        f.province = 'HI';
        f.websites![0]!.name = '海口生活笔记';
      }),
      issues: [{ field: 'websites[0].name', message: 'regionName' }],
    },
  ],
  notApplicable: [{ name: 'Guangdong', form: makeForm() }],
});
