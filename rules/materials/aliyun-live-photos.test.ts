import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './aliyun-live-photos';

testRule(rule, {
  valid: [{ name: 'filing type not read: the rule does not speak', provider: 'aliyun', form: makeForm('enterprise', (f) => void delete f.filingType) }],
  invalid: [
    {
      name: 'a personal first filing with one website',
      provider: 'aliyun',
      form: makeForm('individual'),
      needs: [{ material: 'authenticity-check', for: 'websites[0]', message: 'livePhoto' }],
    },
    {
      name: 'an enterprise adding a website and an app',
      provider: 'aliyun',
      form: makeForm('enterprise', (f) => {
        f.filingType = 'add-service';
        f.apps = [{ name: '示例科技助手' }];
      }),
      needs: [
        { material: 'authenticity-check', for: 'websites[0]', message: 'livePhoto' },
        { material: 'authenticity-check', for: 'apps[0]', message: 'livePhoto' },
      ],
    },
  ],
  notApplicable: [
    { name: 'Huawei Cloud: its own face-check rule speaks', provider: 'huawei', form: makeForm('individual') },
    { name: 'a change of a website', provider: 'aliyun', form: makeForm('enterprise', (f) => void (f.filingType = 'change-service')) },
  ],
});
