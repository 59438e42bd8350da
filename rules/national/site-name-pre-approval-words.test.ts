import { makeForm, withSiteName } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './site-name-pre-approval-words';

testRule(rule, {
  valid: [
    { name: 'a plain name', form: makeForm('enterprise') },
    {
      name: 'a news site holding the news pre-approval',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.name = '示例新闻网';
        f.websites![0]!.preApprovals = [{ category: 'news', number: '示例审批号', validUntil: '2028-01-01', documentUploaded: true }];
      }),
    },
    {
      name: 'a word of two categories covered by either (直播: broadcasting held)',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.name = '示例直播';
        f.websites![0]!.preApprovals = [{ category: 'broadcasting' }];
      }),
    },
    { name: 'finance words are the finance rule’s', form: withSiteName('示例理财官网', 'enterprise') },
    { name: 'a city that contains a religious character', form: withSiteName('佛山美食笔记') },
    { name: 'a personal 资讯 is the personal banned-word rule’s, not repeated', form: withSiteName('张三的资讯站') },
  ],
  invalid: [
    // 网站名称不符合要求 / 前置审批不合格: a news word without the news approval.
    {
      name: 'news without pre-approval',
      form: withSiteName('示例新闻网', 'enterprise'),
      issues: [{ field: 'websites[0].name', message: 'preApprovalWord' }],
      // K-材料: the finding puts the approval on the checklist, the province's pledge as the alternative.
      implied: [{ material: 'pre-approval-document', for: 'websites[0]', field: 'websites[0].name', or: 'no-pre-approval-pledge' }],
    },
    {
      // 网站名称不符合要求: 资讯 on a unit site is this rule's (the personal rules do not apply).
      name: 'a unit news-digest site',
      form: withSiteName('示例资讯', 'enterprise'),
      issues: [{ field: 'websites[0].name', message: 'preApprovalWord' }],
    },
    {
      // 前置审批不合格: the approval held is of another category.
      name: 'medical word while only education is held',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.name = '示例医院官网';
        f.websites![0]!.preApprovals = [{ category: 'education' }];
      }),
      issues: [{ field: 'websites[0].name', message: 'preApprovalWord' }],
      implied: [{ material: 'pre-approval-document', for: 'websites[0]', field: 'websites[0].name', or: 'no-pre-approval-pledge' }],
    },
    {
      // 网站内容不合格 for a personal site: individuals cannot hold the approval.
      name: 'a personal site with two industry words',
      form: withSiteName('张三的电影音乐'),
      issues: [
        { field: 'websites[0].name', message: 'preApprovalWord' },
        { field: 'websites[0].name', message: 'preApprovalWord' },
      ],
      // A person cannot hold the approval: only the pledge, once per finding.
      implied: [
        { material: 'no-pre-approval-pledge', for: 'websites[0]', field: 'websites[0].name' },
        { material: 'no-pre-approval-pledge', for: 'websites[0]', field: 'websites[0].name' },
      ],
    },
  ],
  unknown: [
    { name: 'pre-approvals not read', form: makeForm('enterprise', (f) => void delete f.websites![0]!.preApprovals), missing: ['websites[0].preApprovals'] },
  ],
});
