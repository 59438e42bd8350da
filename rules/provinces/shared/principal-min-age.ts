import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf } from '../_site';
import { AGE_MESSAGES, checkAge, type AgePolicy } from './_age';

/**
 * Minimum age of the responsible persons where the sources agree (S2, S3, K-管局,
 * K-政策, P25, P26 and the province pages cited below). Disputed or pre-2024-only floors are in
 * principal-min-age-advised.
 */
export const POLICIES = {
  TJ: { individual: { min: 18 } }, // HW 2025 (K-政策), TC, JD, QC
  HE: { individual: { min: 18 } }, // HW 2025 (K-管局)
  NM: { individual: { min: 18 } }, // HW 2025, QC, TC, JD
  HL: { individual: { min: 18 }, unit: { min: 18 } }, // HW page P25 "负责人 ≥18"; TC; JD (enterprise)
  JS: { individual: { min: 16, proofUnder: 18 } }, // HW 2025 (K-政策), TC, TC17: <16 refused, 16–17 proof (P46, K-政策)
  ZJ: { individual: { min: 18 }, unit: { min: 18 } }, // HW page P39 "负责人 ≥18"; TC, JD, QC
  HN: { individual: { min: 18 }, unit: { min: 18 } }, // HW 2025 (personal); all providers: responsible persons ≥18
  GD: { unit: { min: 16 } }, // HW 2025 (doc_0228), TC, TC17: unit 负责人 under 16 refused
  SC: { individual: { min: 18 }, unit: { min: 18 } }, // all providers
  XZ: { individual: { min: 18 }, unit: { min: 18 } }, // HW pages P26/P27 "负责人 ≥18"
} as const satisfies Record<string, AgePolicy>;

export default defineRule({
  id: 'provinces/shared/principal-min-age',
  severity: 'error',
  family: 'age',
  scope: { provinces: provincesOf(POLICIES) },
  reads: ['subject.nature', 'subject.principal.idNumber'],
  alsoReads: [
    'apps[].principal.idNumber',
    'apps[].principal.idType',
    'apps[].principal.sameAsSubjectPrincipal',
    'subject.principal.idType',
    'websites[].principal.idNumber',
    'websites[].principal.idType',
    'websites[].principal.sameAsSubjectPrincipal',
  ],
  texts: {
    'zh-CN': {
      title: '负责人须达到本省要求的最低年龄',
      messages: AGE_MESSAGES['zh-CN'],
      why: '这些省份的管局对负责人有最低年龄要求（按身份证号码中的出生日期计算），未达到的直接驳回；江苏16–17周岁还需劳动就业或收入证明。',
      fix: '由达到年龄的人担任负责人（单位可更换负责人；个人备案须由本人满龄后再备案），或按要求上传劳动就业/收入证明。',
    },
    en: {
      title: 'Principals must meet the province’s minimum age',
      messages: AGE_MESSAGES.en,
      why: 'These administrations set a minimum age for responsible persons (from the birth date in the ID number) and reject younger ones; Jiangsu also asks 16–17-year-olds for proof of employment or income.',
      fix: 'Name a principal who meets the age (units may change the principal; individuals must wait), or upload the proof of employment or income where asked.',
    },
  },
  sources: [
    P.TJ.HW,
    'K-政策',
    P.TJ.TC,
    P.HE.HW,
    'K-管局',
    P.NM.HW,
    P.NM.QC,
    'P25',
    P.HL.TC,
    P.JS.HW,
    P.JS.TC,
    'P39',
    P.ZJ.TC,
    P.ZJ.JD,
    P.HN.HW,
    P.HN.UC,
    P.GD.HW,
    P.GD.TC,
    P.SC.UC,
    P.SC.JD,
    'P26',
    P.XZ.HW,
  ],
  reviewedAt: '2026-11-29',
  check: (form, ctx) => checkAge(form, ctx, POLICIES),
});
