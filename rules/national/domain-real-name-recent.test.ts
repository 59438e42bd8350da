import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './domain-real-name-recent';

// TODAY is Sunday 2026-11-29.
const verifiedOn = (date: string) => makeForm('individual', (f) => void (f.domainRecords![0]!.realNameVerifiedOn = date));

testRule(rule, {
  valid: [
    { name: 'verified long ago', form: verifiedOn('2026-06-01') },
    { name: 'verified Tuesday: Wed, Thu, Fri have passed', form: verifiedOn('2026-11-24') },
    { name: 'a date in the future is a typo, not a wait', form: verifiedOn('2026-12-05') },
  ],
  invalid: [
    {
      // 域名未入库: submitted before the real-name data reached MIIT.
      name: 'verified Wednesday: only Thu and Fri have passed',
      form: verifiedOn('2026-11-25'),
      issues: [{ field: 'domainRecords[0].realNameVerifiedOn', message: 'wait' }],
    },
    {
      name: 'verified today',
      form: verifiedOn('2026-11-29'),
      issues: [{ field: 'domainRecords[0].realNameVerifiedOn', message: 'wait' }],
    },
  ],
  unknown: [{ name: 'verification date not told', form: makeForm(), missing: ['domainRecords[0].realNameVerifiedOn'] }],
});
