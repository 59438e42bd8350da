import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './individual-service-content';

testRule(rule, {
  valid: [
    { name: 'blog', form: makeForm() },
    { name: 'other (with a remark)', form: makeForm('individual', (f) => void (f.websites![0]!.serviceContent = ['other'])) },
    { name: 'both', form: makeForm('individual', (f) => void (f.websites![0]!.serviceContent = ['blog', 'other'])) },
  ],
  invalid: [
    {
      // 网站内容超范围: a person ticking shopping and a forum-like item.
      name: 'shopping and advertising on a personal site',
      form: makeForm('individual', (f) => void (f.websites![0]!.serviceContent = ['blog', 'shopping', 'advertising'])),
      issues: [{ field: 'websites[0].serviceContent', message: 'outOfScope' }],
    },
    {
      name: 'a personal "organisation portal" on the second site',
      form: makeForm('individual', (f) => void f.websites!.push({ ...f.websites![0]!, domains: ['zhangsan.net'], serviceContent: ['unit-portal'] })),
      issues: [{ field: 'websites[1].serviceContent', message: 'outOfScope' }],
    },
  ],
  notApplicable: [{ name: 'an enterprise may choose a portal', form: makeForm('enterprise') }],
  unknown: [
    {
      name: 'service content not read',
      form: makeForm('individual', (f) => void delete f.websites![0]!.serviceContent),
      missing: ['websites[0].serviceContent'],
    },
  ],
});
