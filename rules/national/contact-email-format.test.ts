import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './contact-email-format';

testRule(rule, {
  valid: [
    { name: 'plain addresses', form: makeForm('enterprise') },
    {
      name: 'full-width @ typed with a Chinese IME is normalised',
      form: makeForm('individual', (f) => void (f.subject!.principal!.email = 'zhangsan＠example.com')),
    },
    { name: 'empty is left to the required-field check', form: makeForm('individual', (f) => void (f.subject!.principal!.email = '')) },
  ],
  invalid: [
    {
      // review and MIIT result mails cannot be delivered.
      name: 'a Chinese full stop in the domain',
      form: makeForm('individual', (f) => void (f.subject!.principal!.email = 'zhangsan@example。com')),
      issues: [{ field: 'subject.principal.email', message: 'invalid' }],
    },
    {
      name: 'missing @ for a separate app principal',
      form: makeForm(
        'enterprise',
        (f) => void (f.apps = [{ name: '示例', principal: { name: '赵六', email: 'zhaoliu.example.com', sameAsSubjectPrincipal: false } }]),
      ),
      issues: [{ field: 'apps[0].principal.email', message: 'invalid' }],
    },
  ],
  unknown: [{ name: 'email not read', form: makeForm('individual', (f) => void delete f.subject!.principal!.email), missing: ['subject.principal.email'] }],
});
