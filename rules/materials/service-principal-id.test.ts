import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './service-principal-id';

testRule(rule, {
  valid: [{ name: 'filing type not read: the rule does not speak', form: makeForm('enterprise', (f) => void delete f.filingType) }],
  invalid: [
    {
      // each website uploads its principal's ID, even when that is the subject principal.
      name: 'one website whose principal is the subject principal',
      form: makeForm('individual'),
      needs: [{ material: 'service-principal-id', for: 'websites[0]', message: 'principalId' }],
    },
    {
      // per service: two websites and an app, three upload slots.
      name: 'two websites and an app',
      form: makeForm('enterprise', (f) => {
        f.websites!.push({ ...f.websites![0]!, name: '示例科技商城', domains: ['example-shop.cn'] });
        f.apps = [{ name: '示例科技助手', principal: { ...f.subject!.principal!, sameAsSubjectPrincipal: true } }];
      }),
      needs: [
        { material: 'service-principal-id', for: 'websites[0]', message: 'principalId' },
        { material: 'service-principal-id', for: 'websites[1]', message: 'principalId' },
        { material: 'service-principal-id', for: 'apps[0]', message: 'principalId' },
      ],
    },
  ],
  notApplicable: [
    { name: 'no websites and no apps', form: makeForm('enterprise', (f) => void ((f.websites = []), (f.apps = []))) },
    { name: 'changing only the subject', form: makeForm('enterprise', (f) => void (f.filingType = 'change-subject')) },
  ],
});
