import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import { personal, unit } from '../../../test/support/province-forms';
import rule from './personal-residence-proof';

const PROVINCES: ProvinceCode[] = ['JL', 'SH', 'JS', 'AH', 'FJ', 'SD', 'HB', 'GD', 'SC'];
const need = { material: 'residence-proof', message: 'proofNeeded' } as const;

testRule(rule, {
  valid: [
    ...PROVINCES.map((code) => ({ name: `${code}: local ID card`, form: personal(code) })),
    { name: 'GD baseline (Shenzhen ID filed in Guangdong)', form: personal('GD') },
  ],
  invalid: [
    // The material is asked of every out-of-province filer in these provinces.
    ...PROVINCES.map((code) => ({ name: `${code}: Hunan ID card, proof not yet declared`, form: personal(code, 'HN'), needs: [need] })),
    ...PROVINCES.map((code) => ({
      // Rejected as 跨省/居住证缺失: no local permit at all.
      name: `${code}: Hunan ID card and no local proof`,
      form: personal(code, 'HN', (f) => void (f.declarations = { residenceProof: 'none' })),
      needs: [need],
      issues: [{ field: 'declarations.residenceProof', message: 'noProof' }],
    })),
    {
      // 上海: HW 2025 refuses student cards as proof of residence.
      name: 'SH: student card offered',
      form: personal('SH', 'ZJ', (f) => void (f.declarations = { residenceProof: 'student-card', residenceProofValidTo: '2028-01-01' })),
      needs: [need],
      issues: [{ field: 'declarations.residenceProof', message: 'proofNotAccepted' }],
    },
    {
      // 上海: the permit must have more than one month left (HW 2025).
      name: 'SH: residence permit valid for two more weeks',
      form: personal('SH', 'ZJ', (f) => void (f.declarations = { residenceProof: 'residence-permit', residenceProofValidTo: '2026-12-13' })),
      needs: [need],
      issues: [{ field: 'declarations.residenceProofValidTo', message: 'proofValidityShort' }],
    },
    {
      // An expired permit is no proof (a permit must be valid).
      name: 'JS: residence permit expired',
      form: personal('JS', 'AH', (f) => void (f.declarations = { residenceProof: 'residence-permit', residenceProofValidTo: '2026-10-01' })),
      needs: [need],
      issues: [{ field: 'declarations.residenceProofValidTo', message: 'proofExpired' }],
    },
    {
      // 广东 HW page 2025-05-27: out-of-province students must use a 居住证.
      name: 'GD: student card offered',
      form: personal('GD', 'HN', (f) => void (f.declarations = { residenceProof: 'student-card' })),
      needs: [need],
      issues: [{ field: 'declarations.residenceProof', message: 'proofNotAccepted' }],
    },
    // Accepted proofs still go on the materials list (missing permit = 居住证缺失 rejection).
    {
      name: 'GD: property certificate is accepted',
      form: personal('GD', 'HN', (f) => void (f.declarations = { residenceProof: 'property-certificate' })),
      needs: [need],
    },
    {
      name: 'SH: permit with two months left',
      form: personal('SH', 'ZJ', (f) => void (f.declarations = { residenceProof: 'residence-permit', residenceProofValidTo: '2027-01-30' })),
      needs: [need],
    },
    { name: 'SC: student card is accepted', form: personal('SC', 'CQ', (f) => void (f.declarations = { residenceProof: 'student-card' })), needs: [need] },
  ],
  notApplicable: [
    { name: 'enterprise filing', form: unit('SH') },
    { name: 'province without a permit rule (北京)', form: personal('BJ', 'HN') },
  ],
  unknown: [{ name: 'ID number not read', form: personal('SH', 'SH', (f) => void delete f.subject!.certNumber), missing: ['subject.certNumber'] }],
});
