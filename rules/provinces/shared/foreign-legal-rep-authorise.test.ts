import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import { personal, unit } from '../../../test/support/province-forms';
import rule from './foreign-legal-rep-authorise';

const PROVINCES: ProvinceCode[] = ['HE', 'SX', 'SD', 'LN', 'JX', 'GX', 'GZ'];
const expected = {
  issues: [{ field: 'subject.principal.idType', message: 'mainlandPrincipalNeeded' }],
  needs: [{ material: 'principal-authorisation', message: 'letterForForeignLegalRep' }],
};
const withId = (code: ProvinceCode, idType: 'passport' | 'hk-mo-travel-permit' | 'tw-residence-permit') =>
  unit(code, (f) => {
    f.subject!.principal!.idType = idType;
    f.subject!.principal!.idNumber = idType === 'passport' ? 'P1234567' : 'H12345678';
  });

testRule(rule, {
  valid: [
    ...PROVINCES.map((code) => ({ name: `${code}: principal with a mainland ID card`, form: unit(code) })),
    // 河北/辽宁/江西/广西/贵州 speak of foreign legal reps only; HK/MO residents are Chinese citizens.
    { name: 'HE: Hong Kong permit holder', form: withId('HE', 'hk-mo-travel-permit') },
  ],
  invalid: [
    // e.g. 河北 P10: foreign legal rep → authorise a Chinese citizen + 法人授权书.
    ...PROVINCES.map((code) => ({ name: `${code}: passport holder as principal`, form: withId(code, 'passport'), ...expected })),
    // 山西 (K-管局) / 山东 (doc_0225): HK/MO/TW legal reps authorise a mainland-ID holder too.
    { name: 'SX: Hong Kong permit holder', form: withId('SX', 'hk-mo-travel-permit'), ...expected },
    { name: 'SD: Taiwan residence permit holder', form: withId('SD', 'tw-residence-permit'), ...expected },
  ],
  notApplicable: [
    { name: 'personal filing', form: personal('HE') },
    { name: '上海 accepts a foreign legal rep’s passport', form: withId('SH', 'passport') },
  ],
  unknown: [{ name: 'ID type not read', form: unit('SD', (f) => void delete f.subject!.principal!.idType), missing: ['subject.principal.idType'] }],
});
