import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import { personal, unit } from '../../../test/support/province-forms';
import rule from './personal-local-id-only';

const PROVINCES: ProvinceCode[] = ['SX', 'HL', 'HA', 'CQ', 'XZ', 'GS', 'QH', 'NX', 'XJ'];

testRule(rule, {
  valid: [
    ...PROVINCES.map((code) => ({ name: `${code}: local ID card`, form: personal(code) })),
    {
      name: 'HK residence permit holder (no mainland ID region to compare)',
      form: personal('SX', 'SX', (f) => void (f.subject!.certType = 'hk-mo-residence-permit')),
    },
  ],
  invalid: [
    // Rejected as 跨省备案: out-of-province ID in a local-ID-only province.
    ...PROVINCES.map((code) => ({ name: `${code}: Guangdong ID card`, form: personal(code, 'GD'), issues: [{ field: 'province', message: 'localIdOnly' }] })),
    {
      name: 'a residence permit does not help',
      form: personal('HA', 'HB', (f) => void (f.declarations = { residenceProof: 'residence-permit', residenceProofValidTo: '2030-01-01' })),
      issues: [{ field: 'province', message: 'localIdOnly' }],
    },
  ],
  notApplicable: [
    { name: 'enterprise filing', form: unit('SX') },
    { name: 'open province', form: personal('BJ', 'GD') },
  ],
  unknown: [{ name: 'nature not read', form: personal('SX', 'GD', (f) => void delete f.subject!.nature), missing: ['subject.nature'] }],
});
