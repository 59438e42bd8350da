import { testRule } from '../../../test/support/rule-tester';
import { personal } from '../../../test/support/province-forms';
import rule from './personal-residence-proof-advised';

const need = { material: 'residence-proof', message: 'proofNeeded' } as const;

testRule(rule, {
  valid: [
    { name: 'ZJ: Zhejiang ID card', form: personal('ZJ') },
    { name: 'JX: Jiangxi ID card', form: personal('JX') },
    { name: 'GZ: Guizhou ID card', form: personal('GZ') },
  ],
  invalid: [
    // 浙江 HW 2025: "异地备案需要提供居住证".
    { name: 'ZJ: Shanghai ID card', form: personal('ZJ', 'SH'), needs: [need] },
    {
      name: 'ZJ: Shanghai ID card, no permit',
      form: personal('ZJ', 'SH', (f) => void (f.declarations = { residenceProof: 'none' })),
      needs: [need],
      issues: [{ field: 'declarations.residenceProof', message: 'noProof' }],
    },
    // 江西 HW page 2025-03-13: only a valid Jiangxi 居住证; UC 2024 refuses outright.
    {
      name: 'JX: Hunan ID card with a Jiangxi permit',
      form: personal('JX', 'HN', (f) => void (f.declarations = { residenceProof: 'residence-permit', residenceProofValidTo: '2028-01-01' })),
      needs: [need],
      issues: [{ field: 'province', message: 'sourcesDisagree' }],
    },
    {
      name: 'JX: social-insurance record offered',
      form: personal('JX', 'HN', (f) => void (f.declarations = { residenceProof: 'social-insurance' })),
      needs: [need],
      issues: [
        { field: 'province', message: 'sourcesDisagree' },
        { field: 'declarations.residenceProof', message: 'proofNotAccepted' },
      ],
    },
    {
      name: 'GZ: permit expired',
      form: personal('GZ', 'YN', (f) => void (f.declarations = { residenceProof: 'temporary-residence-permit', residenceProofValidTo: '2026-11-28' })),
      needs: [need],
      issues: [{ field: 'declarations.residenceProofValidTo', message: 'proofExpired' }],
    },
  ],
  notApplicable: [{ name: 'province outside the rule', form: personal('GD', 'JX') }],
});
