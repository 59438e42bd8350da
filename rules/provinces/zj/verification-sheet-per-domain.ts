import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';
import { orderDomains, VERIFICATION_SHEET } from '../_site';

/**
 * 浙江: when several domains are filed, one 真实性核验单 per domain (QingCloud, undated).
 * Single undated source, and Huawei's flow generates the sheet itself: a warning.
 */
export default defineRule({
  id: 'provinces/zj/verification-sheet-per-domain',
  severity: 'warning',
  family: 'materials',
  scope: { provinces: ['ZJ'], filingTypes: ['first', 'add-service', 'add-access'] },
  reads: ['websites[].domains'],
  texts: {
    'zh-CN': {
      title: '浙江：多个域名时每个域名一份核验单',
      messages: { sheetPerDomain: '本订单有{count}个域名，浙江要求为域名 {domain} 单独提供一份真实性核验单。' },
      why: '青云浙江管局要求写明：同时备案多个域名时，每个域名各提交一份网站备案信息真实性核验单。',
      fix: '为每个域名分别生成或填写核验单并上传。',
    },
    en: {
      title: 'Zhejiang: one verification sheet per domain',
      messages: { sheetPerDomain: 'This order has {count} domains; Zhejiang wants a separate verification sheet for {domain}.' },
      why: "QingCloud's Zhejiang page: when several domains are filed, each gets its own authenticity verification sheet.",
      fix: 'Generate or fill in a verification sheet for each domain and upload them all.',
    },
  },
  sources: [PROVINCE_SOURCES.ZJ.QC],
  reviewedAt: '2026-11-29',
  materials: { 'verification-sheet': VERIFICATION_SHEET },
  check(form) {
    const domains = orderDomains(form);
    if (domains.length < 2) return [];
    return domains.map((d) => ({
      material: 'verification-sheet',
      for: d.field,
      message: 'sheetPerDomain' as const,
      params: { count: domains.length, domain: d.domain },
    }));
  },
});
