import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './no-pre-approval-pledge';

testRule(rule, {
  valid: [
    { name: 'no category words', form: makeForm('enterprise') },
    {
      name: 'the category is ticked: the approval is asked for instead',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.name = '示例科技新闻中心';
        f.websites![0]!.preApprovals = [{ category: 'news', number: '1' }];
      }),
    },
    { name: 'ticks not read: silent', form: makeForm('enterprise', (f) => void (f.apps = [{ name: '示例教育' }])) },
    { name: "an individual's own name is not a unit name", form: makeForm('individual', (f) => void (f.subject!.name = '张健康')) },
  ],
  invalid: [
    {
      // a unit whose name reads as education, site claims 以上都不涉及 → the province pledge.
      name: 'education in the unit name, none of the above ticked',
      form: makeForm('enterprise', (f) => void (f.subject!.name = '深圳市示例教育科技有限公司')),
      needs: [{ material: 'no-pre-approval-pledge', for: 'websites[0]', message: 'keywords' }],
    },
    {
      name: 'words in domain and remark, and an app with none ticked',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.domains = ['example-news.cn'];
        f.websites![0]!.remark = '展示公司产品，不涉及医疗服务';
        f.apps = [{ name: '示例游戏助手', preApprovals: [] }];
      }),
      needs: [
        { material: 'no-pre-approval-pledge', for: 'websites[0]', message: 'keywords' },
        { material: 'no-pre-approval-pledge', for: 'apps[0]', message: 'keywords' },
      ],
    },
  ],
  notApplicable: [{ name: 'no websites and no apps', form: makeForm('enterprise', (f) => void ((f.websites = []), (f.apps = []))) }],
  unknown: [{ name: 'ticks not read', form: makeForm('enterprise', (f) => void delete f.websites![0]!.preApprovals), missing: ['websites[0].preApprovals'] }],
});
