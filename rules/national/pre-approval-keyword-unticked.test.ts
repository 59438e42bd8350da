import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './pre-approval-keyword-unticked';

testRule(rule, {
  valid: [
    { name: 'no category words', form: makeForm() },
    {
      name: 'the category is ticked',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.domains = ['example-news.cn'];
        f.websites![0]!.remark = '企业新闻发布';
        f.websites![0]!.preApprovals = [{ category: 'news', number: '粤新网备2026001号' }];
      }),
    },
    { name: '佛山 is a city, not religion', form: makeForm('enterprise', (f) => void (f.websites![0]!.remark = '佛山分公司介绍')) },
    {
      name: 'finance words in website domains are finance-words’ to report',
      form: makeForm('enterprise', (f) => void (f.websites![0]!.domains = ['licai-example.cn'])),
    },
    { name: 'ticks not read: nothing to compare', form: makeForm('enterprise', (f) => void (f.apps = [{ name: '示例新闻' }])) },
  ],
  invalid: [
    {
      // 前置审批不合格: news content (domain word) without the news approval.
      name: 'news in the domain, education in the remark',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.domains = ['example-news.cn'];
        f.websites![0]!.remark = '提供在线课程';
      }),
      implied: [
        { material: 'pre-approval-document', for: 'websites[0]', field: 'websites[0].domains[0]', or: 'no-pre-approval-pledge' },
        { material: 'pre-approval-document', for: 'websites[0]', field: 'websites[0].remark', or: 'no-pre-approval-pledge' },
      ],
      issues: [
        { field: 'websites[0].domains[0]', message: 'inDomain' },
        { field: 'websites[0].remark', message: 'inRemark' },
      ],
    },
    {
      // an app with games content needs the games approval.
      name: 'an app named after games, with a finance domain',
      form: makeForm('enterprise', (f) => void (f.apps = [{ name: '示例游戏', domains: ['licai-example.cn'], preApprovals: [] }])),
      issues: [
        { field: 'apps[0].name', message: 'inAppName' },
        { field: 'apps[0].domains[0]', message: 'inDomain' },
      ],
    },
    {
      name: 'another category ticked does not cover this one',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.remark = '提供医疗咨询';
        f.websites![0]!.preApprovals = [{ category: 'news', number: '1' }];
      }),
      issues: [{ field: 'websites[0].remark', message: 'inRemark' }],
    },
  ],
  notApplicable: [{ name: 'no websites and no apps', form: makeForm('enterprise', (f) => void ((f.websites = []), (f.apps = []))) }],
  unknown: [{ name: 'ticks not read', form: makeForm('enterprise', (f) => void delete f.websites![0]!.preApprovals), missing: ['websites[0].preApprovals'] }],
});
