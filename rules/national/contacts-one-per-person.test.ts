import { makeIdNumber } from '../../test/support/synthetic-ids';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './contacts-one-per-person';

const otherPerson = {
  name: '王五',
  idType: 'resident-id' as const,
  idNumber: makeIdNumber({ region: '440303', birth: '1992-02-02', sequence: '222' }),
  mobile: '13500135000',
  emergencyPhone: '13400134000',
  email: 'wangwu@example-tech.cn',
  sameAsSubjectPrincipal: false,
};

testRule(rule, {
  valid: [
    { name: 'website principal is the subject principal', form: makeForm('enterprise') },
    { name: 'a different person with own contacts', form: makeForm('enterprise', (f) => void (f.websites![0]!.principal = otherPerson)) },
    {
      name: 'the same person entered twice without ticking "same as"',
      form: makeForm('enterprise', (f) => void (f.websites![0]!.principal = { ...f.subject!.principal!, sameAsSubjectPrincipal: false })),
    },
    {
      name: 'two websites run by the same other person',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.principal = otherPerson;
        f.websites!.push({
          ...f.websites![0]!,
          name: '示例科技商城',
          domains: ['example-shop.cn'],
          principal: { ...otherPerson, mobile: '+86 135 0013 5000' },
        });
      }),
    },
  ],
  invalid: [
    {
      // 联系电话 驳回原因三: two different principals share one mobile.
      name: "website principal uses the subject principal's mobile, typed differently",
      form: makeForm('enterprise', (f) => void (f.websites![0]!.principal = { ...otherPerson, mobile: '+86 137-0013-7000' })),
      issues: [{ field: 'websites[0].principal.mobile', message: 'sharedMobile' }],
    },
    {
      name: 'app principal shares the email (different case) and the mobile',
      form: makeForm(
        'enterprise',
        (f) => void (f.apps = [{ name: '示例', principal: { ...otherPerson, mobile: '13700137000', email: 'LiSi@Example-Tech.cn' } }]),
      ),
      issues: [
        { field: 'apps[0].principal.mobile', message: 'sharedMobile' },
        { field: 'apps[0].principal.email', message: 'sharedEmail' },
      ],
    },
    {
      name: 'same name, different ID number: still two people',
      form: makeForm('enterprise', (f) => void (f.websites![0]!.principal = { ...otherPerson, name: '李四', email: 'lisi@example-tech.cn' })),
      issues: [{ field: 'websites[0].principal.email', message: 'sharedEmail' }],
    },
  ],
  unknown: [
    { name: 'subject mobile not read', form: makeForm('enterprise', (f) => void delete f.subject!.principal!.mobile), missing: ['subject.principal.mobile'] },
  ],
});
