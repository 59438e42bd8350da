import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf } from '../_site';
import { crossProvinceIssue } from './_people';

/**
 * Out-of-province personal filings refused by the newest source but accepted by an older
 * one. Warning, both sides cited:
 *  - 内蒙古: HW 2025-12-31 (K-管局) and TC (c. 2019): non-local ID refused. UC 2024-04-01, QC, JD:
 *    accepted with an Inner-Mongolia 暂住证/居住证.
 *  - 广西: HW 2025-12-31: personal filings may not be made outside one's home province.
 *    UC 2024-04-01: out-of-province IDs accepted.
 */
export const OLDER = {
  NM: { 'zh-CN': 'UCloud 2024年资料称持内蒙古居住证/暂住证可以受理', en: 'UCloud (2024) says an Inner Mongolia residence permit makes it acceptable' },
  GX: { 'zh-CN': 'UCloud 2024年资料称接受外省身份证', en: 'UCloud (2024) says out-of-province ID cards are accepted' },
} as const;

export default defineRule({
  id: 'provinces/shared/personal-local-id-advised',
  evidence: 'disputed',
  severity: 'warning',
  family: 'cross-province',
  scope: { provinces: provincesOf(OLDER), natures: ['individual'] },
  reads: ['subject.certNumber'],
  alsoReads: ['subject.certType', 'subject.principal.idNumber', 'subject.principal.idType'],
  texts: {
    'zh-CN': {
      title: '个人备案可能只接受本省身份证（各资料说法不一）',
      messages: { refusedByNewest: '身份证不是{province}签发的：华为云2025年资料称{province}不受理外省身份证的个人备案（{note}）。' },
      why: '最新的华为云资料称这些省份只受理本省身份证的个人备案；较早的资料则允许外省身份证（或持本地居住证）备案，因此存在被驳回的风险。',
      fix: '最稳妥的做法是在身份证签发地所在省份备案；如坚持在本省备案，先向{provider}确认并准备本地居住证。',
    },
    en: {
      title: 'Personal filings may need a local ID card (sources differ)',
      messages: {
        refusedByNewest:
          'The ID card was not issued in {province}: Huawei Cloud (2025) says {province} refuses personal filings with out-of-province ID cards ({note}).',
      },
      why: 'The newest Huawei source says these provinces take personal filings only with a local ID card; older sources allowed other provinces’ cards (or with a local permit), so a rejection is likely.',
      fix: 'File in the province that issued your ID card; if you must file here, confirm with {provider} first and have a local residence permit ready.',
    },
  },
  citations: { 'zh-CN': ['华为云2025年资料', '最新的华为云资料'], en: ['Huawei Cloud (2025)', 'newest Huawei source'] },
  sources: [P.NM.HW, 'K-管局', P.NM.TC, P.NM.UC, P.NM.JD, P.GX.HW, P.GX.UC],
  reviewedAt: '2026-11-29',
  check: (form, ctx) => crossProvinceIssue(form, ctx.today, 'refusedByNewest', OLDER),
});
