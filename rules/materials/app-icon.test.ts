import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './app-icon';

testRule(rule, {
  valid: [
    {
      name: 'filing type not read: the rule does not speak',
      form: makeForm('enterprise', (f) => void ((f.apps = [{ name: '示例科技助手' }]), delete f.filingType)),
    },
  ],
  invalid: [
    {
      // every app filing uploads its icon.
      name: 'two apps',
      form: makeForm('enterprise', (f) => void (f.apps = [{ name: '示例科技助手' }, { name: '示例记账' }])),
      needs: [
        { material: 'app-icon', for: 'apps[0]', message: 'icon' },
        { material: 'app-icon', for: 'apps[1]', message: 'icon' },
      ],
    },
  ],
  notApplicable: [{ name: 'websites only', form: makeForm('enterprise', (f) => void (f.apps = [])) }],
});
