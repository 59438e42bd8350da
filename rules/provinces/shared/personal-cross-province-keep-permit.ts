import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf } from '../_site';
import { crossProvinceIssue } from './_people';

/**
 * Provinces where UC 2024-04-01 accepts out-of-province ID cards for personal filings but
 * older sources were stricter. The newer source decides (accepted),
 * so this is advice only: keep a local permit at hand in case the reviewer asks.
 *  - 河北, 辽宁, 海南: QC (undated, older) asked for a local 暂住证/居住证.
 *  - 云南: JD (c. 2023), TC (c. 2019), TC17: Yunnan ID only.
 */
export const OLDER = {
  HE: { 'zh-CN': '青云资料曾要求河北居住证或暂住证', en: 'QingCloud asked for a Hebei residence permit' },
  LN: { 'zh-CN': '青云资料曾要求辽宁居住证或暂住证', en: 'QingCloud asked for a Liaoning residence permit' },
  HI: { 'zh-CN': '青云资料曾要求海南居住证或暂住证', en: 'QingCloud asked for a Hainan residence permit' },
  YN: { 'zh-CN': '京东云、腾讯云的较早资料只接受云南身份证', en: 'older JD Cloud and Tencent Cloud pages accepted only Yunnan ID cards' },
} as const;

export default defineRule({
  id: 'provinces/shared/personal-cross-province-keep-permit',
  evidence: 'older-sources',
  severity: 'info',
  family: 'cross-province',
  scope: { provinces: provincesOf(OLDER), natures: ['individual'] },
  reads: ['subject.certNumber'],
  alsoReads: ['subject.certType', 'subject.principal.idNumber', 'subject.principal.idType'],
  texts: {
    'zh-CN': {
      title: '外省身份证个人备案：新资料允许，旧资料更严',
      messages: { olderSourcesStricter: '身份证不是{province}签发的。UCloud 2024年资料称{province}接受外省身份证，但{note}；建议备好当地居住证以备审核询问。' },
      why: '2024年更新的资料已删除对外省身份证的限制，较早的资料仍有；审核尺度可能因人而异。',
      fix: '通常可以直接提交；如手头有当地居住证，可一并准备，被要求时补充上传。',
    },
    en: {
      title: 'Out-of-province ID: newer sources allow it, older ones were stricter',
      messages: {
        olderSourcesStricter:
          'The ID card was not issued in {province}. UCloud (2024) says {province} accepts out-of-province ID cards, but {note}; keep a local residence permit ready in case the reviewer asks.',
      },
      why: 'Sources updated in 2024 dropped the restriction on out-of-province ID cards that older sources still list; reviewers may differ.',
      fix: 'You can usually submit as is; if you have a local residence permit, keep it ready to upload on request.',
    },
  },
  sources: [P.HE.UC, P.HE.QC, P.LN.UC, P.LN.QC, P.HI.UC, P.HI.QC, P.YN.UC, P.YN.JD, P.YN.TC],
  reviewedAt: '2026-11-29',
  check: (form, ctx) => crossProvinceIssue(form, ctx.today, 'olderSourcesStricter', OLDER),
});
