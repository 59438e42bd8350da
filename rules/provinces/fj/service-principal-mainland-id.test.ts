import { testRule } from '../../../test/support/rule-tester';
import { otherSitePrincipal, personal, unit } from '../../../test/support/province-forms';
import rule from './service-principal-mainland-id';

testRule(rule, {
  valid: [
    { name: 'legal representative runs the website', form: unit('FJ') },
    { name: 'authorised website principal with a mainland ID card', form: unit('FJ', (f) => otherSitePrincipal(f, 'FJ')) },
    { name: 'legal representative with a passport (not authorised)', form: unit('FJ', (f) => void (f.websites![0]!.principal!.idType = 'passport')) },
  ],
  invalid: [
    {
      // UC 2024 福建: the 网站负责人 named by a letter must hold a mainland ID card.
      name: 'authorised website principal with a Taiwan travel permit',
      form: unit('FJ', (f) => {
        otherSitePrincipal(f, 'FJ');
        f.websites![0]!.principal!.idType = 'tw-travel-permit';
        f.websites![0]!.principal!.idNumber = '12345678';
      }),
      issues: [{ field: 'websites[0].principal.idType', message: 'mainlandIdNeeded' }],
    },
  ],
  notApplicable: [{ name: 'personal filing', form: personal('FJ') }],
});
