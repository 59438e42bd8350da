import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './authenticity-check';

testRule(rule, {
  valid: [{ name: 'filing type not read: the rule does not speak', form: makeForm('enterprise', (f) => void delete f.filingType) }],
  invalid: [
    {
      // the website principal does the face check (真实性核验不通过 if someone else does).
      name: 'personal first filing with one website',
      form: makeForm('individual'),
      needs: [{ material: 'authenticity-check', for: 'websites[0]', message: 'faceCheck' }],
    },
    {
      // per service: the app principal checks too.
      name: 'enterprise adding an app',
      form: makeForm('enterprise', (f) => {
        f.filingType = 'add-service';
        f.websites = [];
        f.apps = [{ name: '示例科技助手' }];
      }),
      needs: [{ material: 'authenticity-check', for: 'apps[0]', message: 'faceCheck' }],
    },
  ],
  notApplicable: [
    { name: 'change of a website', form: makeForm('enterprise', (f) => void (f.filingType = 'change-service')) },
    { name: 'no services', form: makeForm('enterprise', (f) => void ((f.websites = []), (f.apps = []))) },
  ],
});
