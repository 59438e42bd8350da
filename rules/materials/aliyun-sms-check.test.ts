import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './aliyun-sms-check';

testRule(rule, {
  valid: [{ name: 'filing type not read: the rule does not speak', provider: 'aliyun', form: makeForm('enterprise', (f) => void delete f.filingType) }],
  invalid: [
    { name: 'a personal first filing', provider: 'aliyun', form: makeForm('individual'), needs: [{ material: 'miit-sms-check', message: 'within24h' }] },
    {
      name: 'a change of a website',
      provider: 'aliyun',
      form: makeForm('enterprise', (f) => void (f.filingType = 'change-service')),
      needs: [{ material: 'miit-sms-check', message: 'within24h' }],
    },
  ],
  notApplicable: [
    { name: 'Huawei Cloud: not its rule', provider: 'huawei', form: makeForm('individual') },
    { name: 'a cancellation', provider: 'aliyun', form: makeForm('enterprise', (f) => void (f.filingType = 'cancel-service')) },
  ],
});
