import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES as P } from '../_sources';
import { crossProvinceIssue } from '../shared/_people';

/**
 * 陕西, out-of-province personal filings: UC 2024-04-01 says they are refused; HW 2025-12-31
 * (KB doc_0236) says Shaanxi personal filings support cross-province submission. The newer
 * source decides (accepted), but a 2024 source still refuses, so warn.
 */
export default defineRule({
  id: 'provinces/sn/personal-cross-province',
  evidence: 'disputed',
  severity: 'warning',
  family: 'cross-province',
  scope: { provinces: ['SN'], natures: ['individual'] },
  reads: ['subject.certNumber'],
  alsoReads: ['subject.certType', 'subject.principal.idNumber', 'subject.principal.idType'],
  texts: {
    'zh-CN': {
      title: '陕西外省身份证个人备案：各资料说法不一',
      messages: {
        sourcesDisagree:
          '身份证不是{province}签发的。华为云2025年资料称陕西支持异地个人备案，但UCloud 2024年资料称不接受外省身份证；提交前请向{provider}确认。',
      },
      why: '两份近年的资料对陕西是否受理外省身份证的个人备案结论相反，存在被驳回的风险。',
      fix: '提交前向{provider}备案客服确认；如可行，改在身份证签发地所在省份备案最稳妥。',
    },
    en: {
      title: 'Shaanxi, out-of-province ID for a personal filing: sources differ',
      messages: {
        sourcesDisagree:
          'The ID card was not issued in {province}. Huawei Cloud (2025) says Shaanxi accepts cross-province personal filings, but UCloud (2024) says it refuses out-of-province ID cards; confirm with {provider} first.',
      },
      why: 'Two recent sources reach opposite conclusions for Shaanxi, so a rejection is possible.',
      fix: 'Ask {provider} filing support before submitting; filing in the province that issued your ID card is the safe alternative.',
    },
  },
  citations: { 'zh-CN': ['华为云2025年资料'], en: ['Huawei Cloud (2025)'] },
  sources: [P.SN.HW, 'K-管局', P.SN.UC],
  reviewedAt: '2026-11-29',
  check: (form, ctx) => crossProvinceIssue(form, ctx.today, 'sourcesDisagree'),
});
