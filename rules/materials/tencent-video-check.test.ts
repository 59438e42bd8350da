import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './tencent-video-check';

testRule(rule, {
  valid: [{ name: 'filing type not read: the rule does not speak', provider: 'tencent', form: makeForm('enterprise', (f) => void delete f.filingType) }],
  invalid: [
    {
      // TC-mini-program: 视频核验 — ID upright, plain white background, face uncovered, nobody else.
      name: 'a personal first filing with one website',
      provider: 'tencent',
      form: makeForm('individual'),
      needs: [{ material: 'authenticity-check', for: 'websites[0]', message: 'videoCheck' }],
    },
    {
      name: 'an enterprise adding a website and an app',
      provider: 'tencent',
      form: makeForm('enterprise', (f) => {
        f.filingType = 'add-service';
        f.apps = [{ name: '示例科技助手' }];
      }),
      needs: [
        { material: 'authenticity-check', for: 'websites[0]', message: 'videoCheck' },
        { material: 'authenticity-check', for: 'apps[0]', message: 'videoCheck' },
      ],
    },
  ],
  notApplicable: [
    { name: 'Alibaba Cloud: its own live-photo rule speaks', provider: 'aliyun', form: makeForm('individual') },
    { name: 'a change of a website', provider: 'tencent', form: makeForm('enterprise', (f) => void (f.filingType = 'change-service')) },
  ],
});
