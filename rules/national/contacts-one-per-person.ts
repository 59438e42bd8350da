import { sameEmail } from '../checks/email';
import { samePhone } from '../checks/phone';
import { compactCode } from '../model/normalize';
import type { Principal } from '../model/filing-form';
import { defineRule, type Issue, type Params } from '../engine/types';
import { people } from './_services';

/** Two principals are different people when a known name or a known ID number differs. */
function differentPeople(a: Principal, b: Principal): boolean {
  const differs = (x: string | undefined, y: string | undefined) =>
    x !== undefined && y !== undefined && x.trim() !== '' && y.trim() !== '' && compactCode(x) !== compactCode(y);
  return differs(a.name, b.name) || differs(a.idNumber, b.idNumber);
}

/**
 * Contact details map one-to-one to people (K-驳回, P01, P26): when the subject principal and a
 * website or app principal are different people, they must not share a mobile or an
 * email — 联系电话 驳回原因三 (K-驳回). The same person in two roles may of course repeat
 * them. Each field is reported once, against the first person it repeats.
 */
export default defineRule({
  id: 'national/contacts-one-per-person',
  severity: 'error',
  family: 'contacts',
  scope: {},
  reads: ['subject.principal.mobile', 'subject.principal.email'],
  alsoReads: [
    'apps[].principal.email',
    'apps[].principal.idNumber',
    'apps[].principal.mobile',
    'apps[].principal.name',
    'apps[].principal.sameAsSubjectPrincipal',
    'subject.principal.idNumber',
    'subject.principal.name',
    'websites[].principal.email',
    'websites[].principal.idNumber',
    'websites[].principal.mobile',
    'websites[].principal.name',
    'websites[].principal.sameAsSubjectPrincipal',
  ],
  texts: {
    'zh-CN': {
      title: '不同负责人不能使用同一个手机号码或邮箱',
      messages: {
        sharedMobile: '{owner}与{other}不是同一人，却填写了相同的手机号码。',
        sharedEmail: '{owner}与{other}不是同一人，却填写了相同的电子邮箱。',
      },
      why: '联系方式须与负责人一一对应：主体负责人与网站/APP负责人不是同一人时，二者的手机号码和邮箱必须不同，否则会以“联系电话”原因驳回。',
      fix: '为每位负责人填写其本人的手机号码和邮箱；若网站负责人就是主体负责人，请勾选“同主体负责人”。',
    },
    en: {
      title: 'Different principals may not share a mobile or an email',
      messages: {
        sharedMobile: 'The {owner} and the {other} are different people but give the same mobile number.',
        sharedEmail: 'The {owner} and the {other} are different people but give the same email address.',
      },
      why: 'Contact details must map one-to-one to people: when the subject principal and a website/app principal are different people, their mobiles and emails must differ, or the order is rejected for its contact phone.',
      fix: 'Give each principal their own mobile and email; if the website principal is the subject principal, tick "same as subject principal".',
    },
  },
  sources: ['K-驳回', 'P01', 'P26'],
  reviewedAt: '2026-11-29',
  check(form) {
    const everyone = people(form);
    const issues: Issue<'sharedMobile' | 'sharedEmail'>[] = [];
    // From the second person on: the first has nobody before them to share a contact with (and a form mostly has one person).
    everyone.forEach((person, i) => {
      if (i === 0) return;
      const earlier = everyone.slice(0, i).filter((other) => differentPeople(person.principal, other.principal));
      const params = (other: (typeof everyone)[number]): Params => ({ owner: person.owner, other: other.owner });
      const { mobile, email } = person.principal;
      const mobileTwin = mobile ? earlier.find((o) => o.principal.mobile && samePhone(mobile, o.principal.mobile)) : undefined;
      if (mobileTwin) issues.push({ field: `${person.path}.mobile`, message: 'sharedMobile', params: params(mobileTwin) });
      const emailTwin = email ? earlier.find((o) => o.principal.email && sameEmail(email, o.principal.email)) : undefined;
      if (emailTwin) issues.push({ field: `${person.path}.email`, message: 'sharedEmail', params: params(emailTwin) });
    });
    return issues;
  },
});
