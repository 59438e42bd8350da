import { makeChange } from '../../test/support/make-change';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './domain-certificate-on-order';

testRule(rule, {
  valid: [
    {
      name: 'a new filing whose website has no domain typed yet asks for nothing',
      form: makeForm('enterprise', (f) => void (f.websites![0]!.domains = [])),
    },
  ],
  invalid: [
    {
      // K-材料: 提交新增备案、变更备案等订单时均需提交域名证书 — in a province without its own rule.
      name: 'a Beijing enterprise filing one domain',
      form: makeForm('enterprise', (f) => void (f.province = 'BJ')),
      needs: [{ material: 'domain-certificate', for: 'websites[0].domains[0]', message: 'certificate' }],
    },
    {
      name: 'one certificate per distinct domain across websites',
      form: makeForm('individual', (f) => {
        f.province = 'ZJ';
        f.websites![0]!.domains = ['zhangsan-notes.cn', 'zhangsan-notes.com', 'www.zhangsan-notes.cn'];
      }),
      needs: [
        { material: 'domain-certificate', for: 'websites[0].domains[0]', message: 'certificate' },
        { material: 'domain-certificate', for: 'websites[0].domains[1]', message: 'certificate' },
      ],
    },
    {
      name: 'a change of a website',
      form: makeChange('change-service', 'enterprise', (f) => void (f.province = 'SH')),
      needs: [{ material: 'domain-certificate', for: 'websites[0].domains[0]', message: 'certificate' }],
    },
  ],
  notApplicable: [
    { name: 'an Alibaba Cloud filing (its own pages do not ask nationally)', form: makeForm('enterprise'), provider: 'aliyun' },
    { name: 'a Tencent Cloud filing', form: makeForm('enterprise'), provider: 'tencent' },
    { name: 'a cancellation', form: makeChange('cancel-service', 'enterprise') },
    { name: 'a change of the subject only', form: makeChange('change-subject', 'enterprise') },
  ],
});
