import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './contact-mobile-format';

testRule(rule, {
  valid: [
    { name: 'plain mobiles', form: makeForm() },
    { name: '+86, spaces and full-width digits', form: makeForm('enterprise', (f) => void (f.subject!.principal!.mobile = '+86 １３７ 0013 7000')) },
    { name: 'empty is left to the required-field check', form: makeForm('individual', (f) => void (f.subject!.principal!.mobile = '')) },
    {
      name: 'a website principal "same as subject" is not checked twice',
      form: makeForm('individual', (f) => void (f.websites![0]!.principal!.mobile = 'n/a')),
    },
  ],
  invalid: [
    {
      // 联系电话 驳回原因一: the SMS code cannot reach a landline.
      name: 'a landline as mobile',
      form: makeForm('enterprise', (f) => void (f.subject!.principal!.mobile = '0755-86001234')),
      issues: [{ field: 'subject.principal.mobile', message: 'notMobile' }],
    },
    {
      name: 'a digit missing in a separate website principal, a Hong Kong number for an app principal',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.principal = { ...f.websites![0]!.principal!, sameAsSubjectPrincipal: false, name: '王五', mobile: '1350013500' };
        f.apps = [{ name: '示例', principal: { name: '赵六', mobile: '+852 6123 4567', sameAsSubjectPrincipal: false } }];
      }),
      issues: [
        { field: 'websites[0].principal.mobile', message: 'notMobile' },
        { field: 'apps[0].principal.mobile', message: 'notMobile' },
      ],
    },
  ],
  unknown: [{ name: 'mobile not read', form: makeForm('individual', (f) => void delete f.subject!.principal!.mobile), missing: ['subject.principal.mobile'] }],
});
