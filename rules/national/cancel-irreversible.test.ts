import { describe, expect, it } from 'vitest';
import { makeChange } from '../../test/support/make-change';
import { TODAY } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import { run } from '../engine/run';
import rule from './cancel-irreversible';

testRule(rule, {
  // In scope the rule always advises, so its only silent case is one whose filing type is not read yet.
  valid: [{ name: 'filing type not read: the rule does not speak', form: makeChange('cancel-subject', 'enterprise', (f) => void delete f.filingType) }],
  invalid: [
    {
      // P09 / K-注销: 注销不可撤销 — users cancel a site they still need and must file again (and lose the record number).
      name: 'cancelling one of two filed websites',
      form: makeChange('cancel-service', 'enterprise', (f) => void f.filed!.websites!.push({ name: '示例科技商城', domains: ['example-shop.cn'] })),
      issues: [{ field: 'filingType', message: 'cancelService' }],
    },
    {
      // 主体已注销,您的备案请求被拒绝: the last site cancelled leaves an empty subject; the next filing is refused.
      name: 'cancelling the only filed website',
      form: makeChange('cancel-service'),
      issues: [
        { field: 'filingType', message: 'cancelService' },
        { field: 'filingType', message: 'lastService' },
      ],
    },
    {
      // Huawei (P15, P13): 用于备案的资源已达最大使用次数; cancelling does not give the server's filing uses back.
      name: 'cancelling the subject',
      form: makeChange('cancel-subject'),
      issues: [
        { field: 'filingType', message: 'cancelSubject' },
        { field: 'filingType', message: 'quotaNotReturned' },
      ],
    },
    {
      // The server quota is Huawei's process: another provider's user is not told about it.
      name: 'cancelling the subject at another provider',
      form: makeChange('cancel-subject'),
      provider: 'aliyun',
      issues: [{ field: 'filingType', message: 'cancelSubject' }],
    },
  ],
  notApplicable: [
    { name: 'a change order', form: makeChange('change-service') },
    { name: 'cancelling access', form: makeChange('cancel-access') },
  ],
});

describe('the fix for a filing made elsewhere', () => {
  it('sends it to its original access provider or the province (HW-cancel-service), naming the provider in use', () => {
    const finding = run(makeChange('cancel-service'), { today: TODAY, rules: [rule], provider: 'aliyun' }).findings[0]!;
    expect(finding.fix['zh-CN']).toContain('备案不是在阿里云办理的，请联系原接入商或所在省通信管理局注销。');
    expect(finding.fix.en).toContain('A filing not made with Alibaba Cloud is cancelled through its original access provider');
  });
});
