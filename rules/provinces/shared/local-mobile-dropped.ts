import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { notLocalMobile, provinceName, provincesOf, tableSources } from '../_site';

/**
 * Provinces whose local-mobile requirement appears only in pre-2024 pages (TC c. 2019,
 * TC17 c. 2017, JD c. 2023, QC undated) and was deleted by UCloud's 2024-04-01 rewrite
 * of its province pages. Huawei's 2025 line is that most provinces have no phone-region
 * rule (P01, P22, K-管局). Advice only.
 */
export const PROVINCES = {
  BJ: [PROVINCE_SOURCES.BJ.TC17, PROVINCE_SOURCES.BJ.UC],
  TJ: [PROVINCE_SOURCES.TJ.TC, PROVINCE_SOURCES.TJ.JD],
  SX: [PROVINCE_SOURCES.SX.QC, PROVINCE_SOURCES.SX.HW],
  LN: [PROVINCE_SOURCES.LN.JD, PROVINCE_SOURCES.LN.TC, PROVINCE_SOURCES.LN.UC],
  JL: [PROVINCE_SOURCES.JL.JD, PROVINCE_SOURCES.JL.UC],
  HL: [PROVINCE_SOURCES.HL.JD, PROVINCE_SOURCES.HL.TC, PROVINCE_SOURCES.HL.UC],
  SH: [PROVINCE_SOURCES.SH.TC17, PROVINCE_SOURCES.SH.UC],
  JS: [PROVINCE_SOURCES.JS.TC, PROVINCE_SOURCES.JS.JD, PROVINCE_SOURCES.JS.QC, PROVINCE_SOURCES.JS.UC],
  AH: [PROVINCE_SOURCES.AH.QC, PROVINCE_SOURCES.AH.UC],
  SD: [PROVINCE_SOURCES.SD.TC, PROVINCE_SOURCES.SD.UC],
  HA: [PROVINCE_SOURCES.HA.TC, PROVINCE_SOURCES.HA.QC, PROVINCE_SOURCES.HA.UC],
  GX: [PROVINCE_SOURCES.GX.TC, PROVINCE_SOURCES.GX.JD, PROVINCE_SOURCES.GX.UC],
  CQ: [PROVINCE_SOURCES.CQ.TC17],
  SC: [PROVINCE_SOURCES.SC.QC, PROVINCE_SOURCES.SC.UC],
  SN: [PROVINCE_SOURCES.SN.TC, PROVINCE_SOURCES.SN.JD, PROVINCE_SOURCES.SN.UC],
  GS: [PROVINCE_SOURCES.GS.TC, PROVINCE_SOURCES.GS.JD, PROVINCE_SOURCES.GS.UC],
  NX: [PROVINCE_SOURCES.NX.TC17, PROVINCE_SOURCES.NX.UC],
  XJ: [PROVINCE_SOURCES.XJ.TC, PROVINCE_SOURCES.XJ.JD, PROVINCE_SOURCES.XJ.UC],
} satisfies Partial<Record<ProvinceCode, SourceRef[]>>;

export default defineRule({
  id: 'provinces/shared/local-mobile-dropped',
  evidence: 'older-sources',
  severity: 'info',
  family: 'contacts',
  scope: { provinces: provincesOf(PROVINCES) },
  reads: ['declarations.mobilesLocal'],
  texts: {
    'zh-CN': {
      title: '本省曾要求使用本地手机号码（2024年后已删除）',
      messages: {
        notLocal:
          '您表示手机号码不是{province}号码。本省较早的规定要求本地号码，2024年后的接入商页面已删除该要求，一般不影响审核；如被电话核验问到，如实说明即可。',
      },
      why: '腾讯云、京东云等较早页面列出了本地手机号码要求；UCloud 2024年全面改版时删除，华为云资料称大多数省份已无归属地要求。',
      fix: '通常无需处理；保证号码为本人实名、审核期间能接听即可。',
    },
    en: {
      title: 'This province used to require local mobile numbers (dropped since 2024)',
      messages: {
        notLocal:
          'You said the mobile is not registered in {province}. Older rules here required local numbers; provider pages since 2024 dropped it, so it usually does not matter — just answer the verification call.',
      },
      why: 'Older provider pages listed a local-number requirement; UCloud deleted it in its 2024 rewrite and Huawei Cloud’s pages say most provinces have no phone-region rule now.',
      fix: 'Usually nothing to do; make sure the number is in your name and answered during review.',
    },
  },
  citations: { 'zh-CN': ['华为云资料称'], en: ['Huawei Cloud’s pages say'] },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  check(form) {
    return notLocalMobile(form, ['subject.principal.mobile'], 'notLocal' as const, provinceName(form));
  },
});
