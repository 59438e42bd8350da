import { makeForm, withSiteName } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './finance-words';

testRule(rule, {
  valid: [
    { name: 'a plain site', form: makeForm('enterprise') },
    {
      name: 'a finance site holding the finance pre-approval',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.name = '示例理财官网';
        f.websites![0]!.domains = ['licai-example.cn'];
        f.websites![0]!.preApprovals = [{ category: 'finance' }];
      }),
    },
    { name: 'a short English word inside another word (refund)', form: makeForm('enterprise', (f) => void (f.websites![0]!.domains = ['refund-help.cn'])) },
    { name: 'a finance word only in the suffix is not the prefix', form: makeForm('enterprise', (f) => void (f.websites![0]!.domains = ['example.fund'])) },
  ],
  invalid: [
    {
      // 前置审批不合格 / 网站内容不合格 (金融类): a finance word in the name.
      name: 'a finance word in the name',
      form: withSiteName('示例投资官网', 'enterprise'),
      issues: [{ field: 'websites[0].name', message: 'financeWordInName' }],
    },
    {
      // 前置审批不合格 (金融类): pinyin finance word as domain prefix (S11).
      name: 'a pinyin finance word in the domain',
      form: makeForm('enterprise', (f) => void (f.websites![0]!.domains = ['www.51licai.com.cn'])),
      issues: [{ field: 'websites[0].domains[0]', message: 'financeWordInDomain' }],
    },
    {
      // 前置审批不合格 (金融类): Chinese domain prefix.
      name: 'a Chinese domain with 基金, other pre-approval held',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.domains = ['示例基金.cn'];
        f.websites![0]!.preApprovals = [{ category: 'news' }];
      }),
      issues: [{ field: 'websites[0].domains[0]', message: 'financeWordInDomain' }],
    },
    {
      name: 'name and domain both, on the second website',
      form: makeForm('enterprise', (f) => void f.websites!.push({ ...f.websites![0]!, name: '示例理财', domains: ['example-fund.cn'] })),
      issues: [
        { field: 'websites[1].name', message: 'financeWordInName' },
        { field: 'websites[1].domains[0]', message: 'financeWordInDomain' },
      ],
    },
  ],
  unknown: [{ name: 'domains not read', form: makeForm('enterprise', (f) => void delete f.websites![0]!.domains), missing: ['websites[0].domains'] }],
});
