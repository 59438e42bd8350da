import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './site-name-fits-nature';

testRule(rule, {
  valid: [
    { name: 'company site', form: makeForm('enterprise', (f) => void (f.province = 'XZ')) },
    {
      name: 'government body may use 政府',
      form: makeForm('enterprise', (f) => {
        f.province = 'XZ';
        f.subject!.nature = 'government';
        f.websites![0]!.name = '某某县人民政府网';
      }),
    },
  ],
  invalid: [
    {
      // P26 (西藏): 网站名称须符合主体性质 — an enterprise naming its site like a government body is rejected.
      name: 'enterprise with a government-style name',
      form: makeForm('enterprise', (f) => {
        f.province = 'XZ';
        f.websites![0]!.name = '拉萨旅游发展局';
      }),
      issues: [{ field: 'websites[0].name', message: 'governmentWord' }],
    },
    {
      name: 'personal site named like a company',
      form: makeForm('individual', (f) => {
        f.province = 'XZ';
        f.websites![0]!.name = '张三科技公司';
      }),
      issues: [{ field: 'websites[0].name', message: 'organisationWord' }],
    },
  ],
  notApplicable: [{ name: 'Guangdong', form: makeForm('enterprise', (f) => void (f.websites![0]!.name = '拉萨旅游发展局')) }],
});
