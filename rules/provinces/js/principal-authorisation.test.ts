import { testRule } from '../../../test/support/rule-tester';
import { otherSitePrincipal, personal, unit } from '../../../test/support/province-forms';
import rule from './principal-authorisation';

const letter = { material: 'principal-authorisation', message: 'letterNeeded' } as const;

testRule(rule, {
  valid: [
    { name: 'legal representative as principal', form: unit('JS') },
    { name: 'legal representative, another website principal', form: unit('JS', (f) => otherSitePrincipal(f, 'JS')) },
  ],
  invalid: [
    // 江苏 (UC 2024, HW K-政策): a non-legal-rep principal needs the 法人授权书.
    {
      name: 'authorised principal, same website principal',
      form: unit('JS', (f) => void (f.subject!.principal!.isLegalRepresentative = false)),
      needs: [letter],
    },
    {
      // ... and must also be the 网站负责人, or the filing is rejected.
      name: 'authorised principal, another website principal',
      form: unit('JS', (f) => {
        f.subject!.principal!.isLegalRepresentative = false;
        otherSitePrincipal(f, 'JS');
      }),
      needs: [letter],
      issues: [{ field: 'websites[0].principal', message: 'siteOwnerMustMatch' }],
    },
  ],
  notApplicable: [{ name: 'personal filing', form: personal('JS') }],
});
