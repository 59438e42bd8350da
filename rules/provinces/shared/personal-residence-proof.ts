import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf } from '../_site';
import { checkResidenceProof, PROOF_MESSAGES, type ProofPolicy } from './_residence-proof';

/**
 * Provinces whose sources agree that an individual with an out-of-province ID card may
 * file only with a local proof of residence (S2, S3, K-管局,
 * P06 and the province pages in the table below). 江西, 浙江 and 贵州 are in personal-residence-proof-advised.
 */
export const POLICIES = {
  // UC 2024, JD, TC: 居住证/暂住证; QC: students may show a student card.
  JL: {
    accepted: ['residence-permit', 'temporary-residence-permit', 'student-card'],
    note: { 'zh-CN': '在校学生可用学生证（青云）。', en: 'Students may show a student card (QingCloud).' },
  },
  // HW 2025 (K-管局): 居住证 or 临时居住证 valid more than 1 month; student cards refused.
  SH: {
    accepted: ['residence-permit', 'temporary-residence-permit'],
    monthsLeft: 1,
    // JD: a person whose household moved to Shanghai but whose ID number does not start with 31
    // also needs the permit, or the 户口簿 instead.
    note: {
      'zh-CN': '居住证有效期须超过1个月，学生证不被接受（华为云）；户籍已迁入上海的，也可提供户口簿（京东云）。',
      en: 'The permit must be valid for more than a month and student cards are refused (Huawei Cloud); people whose household is registered in Shanghai may show the household register instead (JD Cloud).',
    },
  },
  JS: { accepted: ['residence-permit', 'temporary-residence-permit'], note: { 'zh-CN': '', en: '' } },
  AH: { accepted: ['residence-permit', 'temporary-residence-permit'], note: { 'zh-CN': '', en: '' } },
  FJ: { accepted: ['residence-permit', 'temporary-residence-permit'], note: { 'zh-CN': '', en: '' } },
  // UC 2024: 居住证/暂住证; HW 2025: a valid Shandong student card or residence permit.
  SD: {
    accepted: ['residence-permit', 'temporary-residence-permit', 'student-card'],
    note: { 'zh-CN': '学生证须为山东省内学校且在有效期内（华为云）。', en: 'A student card must be from a Shandong school and valid (Huawei Cloud).' },
  },
  // All sources: 居住证/暂住证. A 2019 aggregator also listed 社保卡/学生证; not repeated since.
  HB: { accepted: ['residence-permit', 'temporary-residence-permit'], note: { 'zh-CN': '', en: '' } },
  // HW page 2025-05-27 (S2): 居住证, 房产证 or the last 3 months of local social insurance; out-of-province
  // students need a 居住证. UC 2024: add a 粤省事 screenshot of the permit's validity. JD/QC: proof of employment.
  GD: {
    accepted: ['residence-permit', 'temporary-residence-permit', 'property-certificate', 'social-insurance', 'employment-proof'],
    note: {
      'zh-CN': '居住证另附“粤省事”中显示有效期的截图；社保须为最近3个月；外省学生须用居住证，学生证不行。',
      en: 'Add a 粤省事 screenshot showing the permit’s validity; social insurance must cover the last 3 months; students from other provinces need a residence permit, not a student card.',
    },
  },
  // QC, TC17: student card, social insurance, employment certificate or residence permit; UC 2024: 暂住证/居住证.
  SC: {
    accepted: ['residence-permit', 'temporary-residence-permit', 'student-card', 'social-insurance', 'employment-proof'],
    note: { 'zh-CN': '', en: '' },
  },
} as const satisfies Record<string, ProofPolicy>;

export default defineRule({
  id: 'provinces/shared/personal-residence-proof',
  severity: 'error',
  family: 'cross-province',
  scope: { provinces: provincesOf(POLICIES), natures: ['individual'] },
  reads: ['subject.certNumber'],
  alsoReads: [
    'declarations.residenceProof',
    'declarations.residenceProofValidTo',
    'subject.certType',
    'subject.principal.idNumber',
    'subject.principal.idType',
  ],
  texts: {
    'zh-CN': {
      title: '外省身份证个人备案须提供本地居住证明',
      messages: PROOF_MESSAGES['zh-CN'],
      why: '这些省份的管局只在申请人能证明在本省居住时，才受理外省身份证的个人备案；缺少或不被认可的证明会被驳回。',
      fix: '准备本省有效的居住证（或该省认可的其他证明）并在“上传资料”中上传；没有的话，请回到身份证签发地所在省份备案。',
    },
    en: {
      title: 'Out-of-province individuals need local proof of residence',
      messages: PROOF_MESSAGES.en,
      why: 'These administrations accept a personal filing with an ID card from another province only when the filer proves local residence; missing or unaccepted proof is rejected.',
      fix: 'Get a valid local residence permit (or another proof the province accepts) and upload it; without one, file in the province that issued your ID card.',
    },
  },
  sources: [
    P.JL.UC,
    P.JL.JD,
    P.JL.QC,
    P.SH.HW,
    P.SH.UC,
    P.SH.JD,
    'K-管局',
    P.JS.UC,
    P.JS.HW,
    P.AH.UC,
    P.AH.QC,
    P.FJ.UC,
    P.FJ.HW,
    P.SD.UC,
    P.SD.HW,
    P.HB.UC,
    P.HB.JD,
    P.GD.UC,
    'S2',
    P.GD.JD,
    P.SC.UC,
    P.SC.QC,
  ],
  reviewedAt: '2026-11-29',
  check: (form, ctx) => checkResidenceProof(form, ctx, POLICIES),
});
