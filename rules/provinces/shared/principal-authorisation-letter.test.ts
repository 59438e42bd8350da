import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import { otherSitePrincipal, unit } from '../../../test/support/province-forms';
import rule from './principal-authorisation-letter';

const FIELD = 'subject.principal.isLegalRepresentative';
const PROVINCES: ProvinceCode[] = ['AH', 'HI', 'GS', 'SC'];
const letter = { material: 'principal-authorisation', message: 'letterNeeded' } as const;
const notLegalRep = (code: ProvinceCode, other = false) =>
  unit(code, (f) => {
    f.subject!.principal!.isLegalRepresentative = false;
    if (other) otherSitePrincipal(f, code);
  });

testRule(rule, {
  valid: [
    ...PROVINCES.map((code) => ({ name: `${code}: principal is the legal representative`, form: unit(code) })),
    { name: 'AH: legal rep principal with another website principal', form: unit('AH', (f) => otherSitePrincipal(f, 'AH')) },
  ],
  invalid: [
    // HW 2025 accepts a 主体负责人授权书 (P27 安徽, K 海南/甘肃, P27 四川); UC 2024 wants the 法人 → warning.
    ...PROVINCES.map((code) => ({
      name: `${code}: authorised principal who is also the website principal`,
      form: notLegalRep(code),
      needs: [letter],
      issues: [{ field: FIELD, message: 'sourcesDisagree' }],
    })),
    // 安徽 P27 / 海南 / 四川 UC 2024: the authorised principal must also be the website principal.
    ...(['AH', 'HI', 'SC'] as const).map((code) => ({
      name: `${code}: authorised principal, another person runs the website`,
      form: notLegalRep(code, true),
      needs: [letter],
      issues: [
        { field: FIELD, message: 'sourcesDisagree' },
        { field: 'websites[0].principal', message: 'siteOwnerMustMatch' },
      ],
    })),
    {
      name: 'GS: authorised principal, another website principal (no same-person rule)',
      form: notLegalRep('GS', true),
      needs: [letter],
      issues: [{ field: FIELD, message: 'sourcesDisagree' }],
    },
  ],
  notApplicable: [{ name: 'province outside the rule', form: notLegalRep('SH') }],
});
