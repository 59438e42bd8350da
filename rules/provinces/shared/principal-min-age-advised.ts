import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf } from '../_site';
import { AGE_MESSAGES, checkAge, type AgePolicy } from './_age';

/**
 * Minimum ages where the sources disagree, or that only pre-2024 sources state. The newest dated source sets the floor; the note
 * names the other position. Warning only.
 */
export const POLICIES = {
  // AL 2023-07: 法定代表人 ≥16 (16–18 with proof), site administrator ≥18; TC (c. 2019), QC: all ≥18.
  TJ: {
    unit: { min: 16, proofUnder: 18 },
    unitService: { min: 18 },
    note: {
      'zh-CN': '（阿里云2023年资料；腾讯云、青云较早资料要求所有负责人满18周岁）',
      en: '(Alibaba Cloud 2023; older Tencent and QingCloud pages want every principal to be 18)',
    },
  },
  NM: {
    unit: { min: 18 },
    note: { 'zh-CN': '（仅见于京东云、腾讯云2024年以前的资料）', en: '(stated only by JD Cloud and Tencent Cloud pages older than 2024)' },
  },
  LN: {
    individual: { min: 18 },
    unit: { min: 18 },
    note: { 'zh-CN': '（仅见于腾讯云、青云、京东云2024年以前的资料）', en: '(stated only by Tencent, QingCloud and JD Cloud pages older than 2024)' },
  },
  JL: {
    individual: { min: 18 },
    unit: { min: 18 },
    note: { 'zh-CN': '（仅见于腾讯云、青云2024年以前的资料）', en: '(stated only by Tencent and QingCloud pages older than 2024)' },
  },
  // QC only: enterprise responsible persons other than the 法人 — under 16 refused, 16–17 with proof.
  JS: {
    unitService: { min: 16, proofUnder: 18 },
    note: { 'zh-CN': '（仅青云资料，针对法定代表人以外的负责人）', en: '(QingCloud only, for principals other than the legal representative)' },
  },
  // HW 2025 (K-政策 doc_0224): unit principals under 18 refused; AL 2023: 14.
  FJ: { unit: { min: 18 }, note: { 'zh-CN': '（华为云2025年资料；阿里云2023年资料为满14周岁）', en: '(Huawei Cloud 2025; Alibaba Cloud 2023 says 14)' } },
  // HW page 2025-03-13 (S3): personal ≥16; TC (c. 2019): responsible persons ≥18.
  JX: {
    individual: { min: 16 },
    unit: { min: 18 },
    note: {
      'zh-CN': '（个人：华为云2025年资料为满16周岁，腾讯云较早资料为18周岁；单位：仅见于腾讯云较早资料）',
      en: '(individuals: Huawei Cloud 2025 says 16, older Tencent pages 18; units: older Tencent pages only)',
    },
  },
  // HW 2025 (K-管局 doc_0225): personal under 17 refused, no other source; AL 2018: unit administrators ≥18.
  SD: {
    individual: { min: 17 },
    unit: { min: 18 },
    note: {
      'zh-CN': '（个人：仅华为云2025年资料提到17周岁；单位：仅见于阿里云2018年资料）',
      en: '(individuals: only Huawei Cloud 2025 states 17; units: only Alibaba Cloud 2018)',
    },
  },
  // JD (c. 2023): under 18 refused; TC and QC (older): minors with a guardian's ID and a remark.
  HA: {
    individual: { min: 18 },
    unit: { min: 18 },
    note: {
      'zh-CN': '（京东云资料；腾讯云、青云较早资料允许未成年人附监护人身份证备案）',
      en: '(JD Cloud; older Tencent and QingCloud pages let minors file with a guardian’s ID)',
    },
  },
  HB: { individual: { min: 18 }, unit: { min: 18 }, note: { 'zh-CN': '（京东云、阿里云2018年资料）', en: '(JD Cloud; Alibaba Cloud 2018)' } },
  // HW page 2025-05-27 (S2): personal under 18 refused; TC, JD: under 18 with proof of employment.
  GD: {
    individual: { min: 18 },
    note: {
      'zh-CN': '（华为云2025年资料；腾讯云、京东云较早资料允许未满18周岁者附就业证明备案）',
      en: '(Huawei Cloud 2025; older Tencent and JD pages accepted under-18s with proof of employment)',
    },
  },
  CQ: {
    individual: { min: 16, proofUnder: 18 },
    unit: { min: 18 },
    note: { 'zh-CN': '（个人：腾讯云较早资料；单位：青云资料）', en: '(individuals: older Tencent pages; units: QingCloud)' },
  },
  // AL 2023-07 (enterprise section): ≥14; QC, JD: ≥18. Individuals: QC, JD only.
  GZ: {
    individual: { min: 18 },
    unit: { min: 14 },
    note: {
      'zh-CN': '（单位：阿里云2023年资料为14周岁，青云、京东云为18周岁；个人：青云、京东云资料）',
      en: '(units: Alibaba Cloud 2023 says 14, QingCloud and JD say 18; individuals: QingCloud and JD)',
    },
  },
  YN: {
    individual: { min: 14, proofUnder: 18 },
    unit: { min: 14, proofUnder: 18 },
    note: { 'zh-CN': '（腾讯云、青云、京东云2024年以前的资料）', en: '(Tencent, QingCloud and JD pages older than 2024)' },
  },
  QH: { unit: { min: 14 }, note: { 'zh-CN': '（仅阿里云2023年资料提到）', en: '(stated only by Alibaba Cloud 2023)' } },
} as const satisfies Record<string, AgePolicy>;

export default defineRule({
  id: 'provinces/shared/principal-min-age-advised',
  evidence: 'disputed',
  severity: 'warning',
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
      title: '负责人最低年龄（各资料说法不一或资料较旧）',
      messages: AGE_MESSAGES['zh-CN'],
      why: '这些省份的年龄要求在不同资料中不一致，或只见于2024年以前的资料；这里采用最新资料的说法，但实际审核可能不同。',
      fix: '尽量由年满18周岁的人担任负责人；如不便更换，提交前向{provider}确认当前要求，并备好劳动就业或收入证明。',
    },
    en: {
      title: 'Minimum age of principals (sources differ or are old)',
      messages: AGE_MESSAGES.en,
      why: 'Sources disagree on the age floor here, or only sources older than 2024 state it; the newest is used, but reviewers may apply another.',
      fix: 'Prefer a principal aged 18 or over; otherwise confirm the current rule with {provider} and keep proof of employment or income ready.',
    },
  },
  sources: [
    P.TJ.AL,
    P.TJ.TC,
    P.TJ.QC,
    P.NM.JD,
    P.NM.TC,
    P.LN.TC,
    P.LN.QC,
    P.LN.JD,
    P.JL.TC,
    P.JL.QC,
    P.JS.QC,
    P.FJ.HW,
    'K-政策',
    P.FJ.AL,
    P.JX.HW,
    'S3',
    P.JX.TC,
    P.SD.HW,
    'K-管局',
    P.SD.AL,
    P.HA.JD,
    P.HA.TC,
    P.HA.QC,
    P.HB.JD,
    P.HB.AL,
    P.GD.HW,
    'S2',
    P.GD.TC,
    P.GD.JD,
    P.CQ.TC,
    P.CQ.QC,
    P.GZ.AL,
    P.GZ.QC,
    P.GZ.JD,
    P.YN.TC,
    P.YN.QC,
    P.YN.JD,
    P.QH.AL,
  ],
  reviewedAt: '2026-11-29',
  check: (form, ctx) => checkAge(form, ctx, POLICIES),
});
