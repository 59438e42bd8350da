import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf, tableSources } from '../_site';
import { crossProvinceIssue } from './_people';

/**
 * Provinces where every source says a personal filing needs an ID card issued in the
 * province; no residence permit helps (the province pages in the
 * table below). 内蒙古 and 广西 are disputed (personal-local-id-advised).
 */
export const PROVINCES = {
  SX: [P.SX.UC, P.SX.HW, 'K-管局'],
  HL: [P.HL.UC, P.HL.JD],
  HA: [P.HA.UC, P.HA.JD],
  CQ: [P.CQ.UC, P.CQ.JD],
  XZ: [P.XZ.UC, P.XZ.HW],
  GS: [P.GS.UC, P.GS.HW],
  QH: [P.QH.UC, P.QH.HW],
  NX: [P.NX.UC, P.NX.HW],
  XJ: [P.XJ.UC, P.XJ.HW],
} satisfies Partial<Record<ProvinceCode, SourceRef[]>>;

export default defineRule({
  id: 'provinces/shared/personal-local-id-only',
  severity: 'error',
  family: 'cross-province',
  scope: { provinces: provincesOf(PROVINCES), natures: ['individual'] },
  reads: ['subject.certNumber'],
  alsoReads: ['subject.certType', 'subject.principal.idNumber', 'subject.principal.idType'],
  texts: {
    'zh-CN': {
      title: '个人备案须使用本省签发的身份证',
      messages: { localIdOnly: '身份证不是{province}签发的；{province}的个人备案只接受本省身份证，居住证也不行。' },
      why: '这些省份的管局不受理外省身份证的个人备案，提交后会以“跨省备案”被驳回。',
      fix: '在身份证签发地所在的省份备案（选择该省的地域并使用该省的服务器资源），或以在本省登记的单位名义备案。',
    },
    en: {
      title: 'Personal filings need an ID card issued in the province',
      messages: {
        localIdOnly:
          'The ID card was not issued in {province}; {province} accepts personal filings only with a local ID card, and a residence permit does not help.',
      },
      why: 'These administrations refuse personal filings with ID cards from other provinces; they are rejected as cross-province filings.',
      fix: 'File in the province that issued your ID card, or file as an organisation registered in this province.',
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  check: (form, ctx) => crossProvinceIssue(form, ctx.today, 'localIdOnly'),
});
