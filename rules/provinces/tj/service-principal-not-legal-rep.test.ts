import { testRule } from '../../../test/support/rule-tester';
import { otherSitePrincipal, personal, unit } from '../../../test/support/province-forms';
import rule from './service-principal-not-legal-rep';

testRule(rule, {
  valid: [{ name: 'another employee runs the website', form: unit('TJ', (f) => otherSitePrincipal(f, 'TJ')) }],
  invalid: [
    // JD/QC 天津: 网站负责人 must not be the 法人/主体负责人 (older sources only → info).
    {
      name: 'website principal = subject principal (同主体负责人)',
      form: unit('TJ'),
      issues: [{ field: 'websites[0].principal', message: 'olderSourcesWantDifferent' }],
    },
    {
      name: 'same person typed again',
      form: unit('TJ', (f) => void (f.websites![0]!.principal!.sameAsSubjectPrincipal = false)),
      issues: [{ field: 'websites[0].principal', message: 'olderSourcesWantDifferent' }],
    },
  ],
  notApplicable: [{ name: 'personal filing', form: personal('TJ') }],
});
