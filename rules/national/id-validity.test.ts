import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './id-validity';

// TODAY is 2026-11-29: more than 3 months left means valid after 2027-02-28.
testRule(rule, {
  valid: [
    { name: 'valid until 2040', form: makeForm() },
    {
      name: 'long-term ID without an end date',
      form: makeForm('individual', (f) => void Object.assign(f.subject!.principal!, { idLongTerm: true, idValidTo: '' })),
    },
    { name: 'one day more than 3 months left', form: makeForm('individual', (f) => void (f.subject!.principal!.idValidTo = '2027-03-01')) },
    {
      name: 'ticked long-term while an old end date remains',
      form: makeForm('enterprise', (f) => void Object.assign(f.subject!.principal!, { idLongTerm: true, idValidTo: '2020-01-01', idValidFrom: '2000-01-01' })),
    },
  ],
  invalid: [
    {
      // 主体负责人身份证已过期 证件不合格 (expired).
      name: 'subject principal ID expired',
      form: makeForm('individual', (f) => void (f.subject!.principal!.idValidTo = '2026-10-01')),
      issues: [{ field: 'subject.principal.idValidTo', message: 'expired' }],
    },
    {
      // ID must be valid for more than 3 months (exactly 3 months is not more).
      name: 'exactly 3 months left',
      form: makeForm('individual', (f) => void (f.subject!.principal!.idValidTo = '2027-02-28')),
      issues: [{ field: 'subject.principal.idValidTo', message: 'expiresSoon' }],
    },
    {
      // for the website principal, whose ID is uploaded too.
      name: 'website principal ID expires next month',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.principal = { ...f.websites![0]!.principal!, sameAsSubjectPrincipal: false, idValidTo: '2026-12-31' };
      }),
      issues: [{ field: 'websites[0].principal.idValidTo', message: 'expiresSoon' }],
    },
    {
      // dates typed the wrong way round — the start lands in the future; the uploaded card will not match.
      name: 'start and end swapped: start date in the future',
      form: makeForm('enterprise', (f) => void Object.assign(f.subject!.principal!, { idValidFrom: '2038-03-01', idValidTo: '2018-03-01' })),
      issues: [{ field: 'subject.principal.idValidFrom', message: 'startsInFuture' }],
    },
    {
      // an end date earlier than the start cannot be on any card.
      name: 'end before start, both in the past',
      form: makeForm('enterprise', (f) => void Object.assign(f.subject!.principal!, { idValidFrom: '2018-03-01', idValidTo: '2008-03-01' })),
      issues: [{ field: 'subject.principal.idValidTo', message: 'endBeforeStart' }],
    },
    {
      // 证件不合格 (expired); the copy in a same-as-subject website principal is reported once.
      name: 'expired ID copied into the website principal',
      form: makeForm('individual', (f) => {
        f.subject!.principal!.idValidTo = '2025-01-01';
        f.websites![0]!.principal!.idValidTo = '2025-01-01';
      }),
      issues: [{ field: 'subject.principal.idValidTo', message: 'expired' }],
    },
    {
      // 主体负责人身份证已过期: the same form is fine today but rejected when submitted later.
      name: 'judged against the day of the check, not the clock',
      form: makeForm(),
      today: '2040-01-02',
      issues: [{ field: 'subject.principal.idValidTo', message: 'expired' }],
    },
  ],
  unknown: [
    {
      name: 'long-term flag not read',
      form: makeForm('individual', (f) => void delete f.subject!.principal!.idLongTerm),
      missing: ['subject.principal.idLongTerm'],
    },
  ],
});
