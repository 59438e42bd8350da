import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './pre-approval-number';

testRule(rule, {
  valid: [
    { name: 'nothing ticked', form: makeForm() },
    { name: 'a category not read yet', form: makeForm('enterprise', (f) => void (f.websites![0]!.preApprovals = [{ number: '' }])) },
  ],
  invalid: [
    {
      // 前置审批不合格 原因一: a ticked category without its approval number.
      name: 'news ticked, number empty',
      form: makeForm('enterprise', (f) => void (f.websites![0]!.preApprovals = [{ category: 'news', number: '' }])),
      issues: [{ field: 'websites[0].preApprovals[0].number', message: 'missingNumber' }],
      needs: [{ material: 'pre-approval-document', for: 'websites[0]', message: 'document' }],
    },
    {
      // every ticked category needs its document, also with a number.
      name: 'two categories with numbers, and an app category',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.preApprovals = [
          { category: 'culture', number: '粤网文〔2026〕0001-001号' },
          { category: 'broadcasting', number: '1234' },
        ];
        f.apps = [{ name: '示例', preApprovals: [{ category: 'games', number: ' ' }] }];
      }),
      issues: [{ field: 'apps[0].preApprovals[0].number', message: 'missingNumber' }],
      needs: [
        { material: 'pre-approval-document', for: 'websites[0]', message: 'document' },
        { material: 'pre-approval-document', for: 'websites[0]', message: 'document' },
        { material: 'pre-approval-document', for: 'apps[0]', message: 'document' },
      ],
    },
  ],
  notApplicable: [{ name: 'no websites and no apps', form: makeForm('enterprise', (f) => void ((f.websites = []), (f.apps = []))) }],
  unknown: [{ name: 'ticks not read', form: makeForm('enterprise', (f) => void delete f.websites![0]!.preApprovals), missing: ['websites[0].preApprovals'] }],
});
