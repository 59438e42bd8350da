import { defineRule } from '../../engine/types';
import { UNIT_NATURES } from '../../model/vocabulary';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf } from '../_site';
import { checkLegalRep, FOREIGN_LEGAL_REP, LEGAL_REP_MESSAGES, NON_MAINLAND_LEGAL_REP, type LegalRepPolicy } from './_legal-rep';

/**
 * Provinces whose sources agree that a unit's 主体负责人 must be its legal representative
 * (P42, K-驳回 and the province pages in the table below). Refused → error.
 * Provinces that accept a letter, or where sources disagree, are in
 * principal-authorisation-letter, principal-legal-rep-advised and provinces/js.
 */
export const POLICIES = {
  TJ: {},
  HE: { foreignException: FOREIGN_LEGAL_REP }, // HW P10: foreign legal rep → authorise a Chinese citizen
  NM: {},
  LN: { foreignException: FOREIGN_LEGAL_REP }, // UC 2024, QC, JD
  SH: {}, // HW (K-管局, P27, K-政策): no letter
  // HW page P39: no authorisation letter, except 事业单位 and 党政机关 (P39).
  ZJ: { letterNatures: ['institution', 'government'] },
  FJ: {},
  SD: { foreignException: NON_MAINLAND_LEGAL_REP }, // HW (K-管局 doc_0225): principal holds a mainland ID
  HA: {},
  HB: {},
  HN: {}, // HW page P25 (also P27, K-管局, K-政策): no letter
  // UC 2024: Party/government bodies, public institutions and mass organisations may name the
  // head of their general office, publicity or IT department, without a letter.
  GD: { exemptNatures: ['government', 'institution', 'mass-organisation'] },
  GX: { foreignException: FOREIGN_LEGAL_REP }, // UC 2024
  CQ: {},
  GZ: { foreignException: FOREIGN_LEGAL_REP }, // UC 2024
  YN: {},
  XZ: {},
  SN: {},
  QH: {},
  NX: {},
  XJ: {},
} as const satisfies Record<string, LegalRepPolicy>;

export default defineRule({
  id: 'provinces/shared/principal-legal-rep',
  severity: 'error',
  family: 'principal',
  scope: { provinces: provincesOf(POLICIES), natures: UNIT_NATURES },
  reads: ['subject.principal.isLegalRepresentative'],
  texts: {
    'zh-CN': {
      title: '主体负责人须为法定代表人',
      messages: LEGAL_REP_MESSAGES['zh-CN'],
      why: '这些省份的管局要求单位的主体负责人就是营业执照（或其他单位证件）上的法定代表人，否则以“主体负责人非法定代表人”驳回。',
      fix: '把主体负责人改为法定代表人本人，并使用其证件和联系方式；个别例外见提示。',
    },
    en: {
      title: 'The subject principal must be the legal representative',
      messages: LEGAL_REP_MESSAGES.en,
      why: 'These administrations require the unit’s subject principal to be the legal representative named on its certificate, and reject other principals.',
      fix: 'Make the legal representative the subject principal, with their own ID and contact details; see the message for exceptions.',
    },
  },
  sources: [
    P.TJ.UC,
    P.HE.HW,
    'P10',
    P.NM.UC,
    P.NM.HW,
    P.LN.UC,
    P.SH.HW,
    'K-管局',
    'P39',
    P.FJ.UC,
    P.FJ.HW,
    P.SD.UC,
    P.SD.HW,
    P.HA.UC,
    'P25',
    P.HB.UC,
    'P28',
    P.HN.UC,
    P.GD.UC,
    P.GD.HW,
    P.GX.UC,
    P.GX.JD,
    P.CQ.UC,
    'P26',
    P.GZ.UC,
    P.GZ.HW,
    P.YN.UC,
    P.XZ.UC,
    'P27',
    P.SN.UC,
    P.QH.UC,
    P.NX.UC,
    P.XJ.UC,
    'K-驳回',
  ],
  reviewedAt: '2026-11-29',
  check: (form) => checkLegalRep(form, POLICIES),
});
