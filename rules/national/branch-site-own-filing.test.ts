import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './branch-site-own-filing';

testRule(rule, {
  valid: [
    { name: 'the head office’s own site', form: makeForm('enterprise') },
    {
      name: 'a branch filing its own site',
      form: makeForm('enterprise', (f) => {
        f.subject!.name = '深圳市示例科技有限公司上海分公司';
        f.websites![0]!.name = '示例科技上海分公司官网';
      }),
    },
  ],
  invalid: [
    {
      // K-常见: 分公司或子公司网站不可以备案到总公司备案中.
      name: 'a branch’s site under the head office',
      form: makeForm('enterprise', (f) => void (f.websites![0]!.name = '示例科技上海分公司官网')),
      issues: [{ field: 'websites[0].name', message: 'branchService' }],
    },
    {
      name: 'a subsidiary’s app under the parent',
      form: makeForm('enterprise', (f) => void (f.apps = [{ name: '示例子公司商城' }])),
      issues: [{ field: 'apps[0].name', message: 'branchService' }],
    },
  ],
  notApplicable: [{ name: 'a personal filing', form: makeForm('individual') }],
  unknown: [{ name: 'the subject name was not read', form: makeForm('enterprise', (f) => void delete f.subject!.name), missing: ['subject.name'] }],
});
