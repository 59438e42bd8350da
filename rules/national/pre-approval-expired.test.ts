import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './pre-approval-expired';

const approval = (validUntil: string) =>
  makeForm('enterprise', (f) => void (f.websites![0]!.preApprovals = [{ category: 'culture', number: '粤网文〔2024〕0001-001号', validUntil }]));

testRule(rule, {
  valid: [
    { name: 'nothing ticked', form: makeForm() },
    { name: 'valid until later', form: approval('2027-12-31') },
    { name: 'valid through today', form: approval('2026-11-29') },
  ],
  invalid: [
    {
      // 原因二 前置审批证件已过有效期.
      name: 'expired yesterday',
      form: approval('2026-11-28'),
      issues: [{ field: 'websites[0].preApprovals[0].validUntil', message: 'expired' }],
    },
    {
      name: 'an app approval that expired',
      form: makeForm('enterprise', (f) => void (f.apps = [{ name: '示例', preApprovals: [{ category: 'games', number: '1', validUntil: '2025-01-01' }] }])),
      issues: [{ field: 'apps[0].preApprovals[0].validUntil', message: 'expired' }],
    },
  ],
  notApplicable: [{ name: 'no websites and no apps', form: makeForm('enterprise', (f) => void ((f.websites = []), (f.apps = []))) }],
  unknown: [{ name: 'ticks not read', form: makeForm('enterprise', (f) => void delete f.websites![0]!.preApprovals), missing: ['websites[0].preApprovals'] }],
});
