import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';
import { orderDomains } from '../_site';

/** 宁夏's Huawei page (P28): `.org` domains cannot be filed for 接入. */
export default defineRule({
  id: 'provinces/nx/access-no-org-domain',
  severity: 'error',
  family: 'domains',
  scope: { provinces: ['NX'], filingTypes: ['add-access'] },
  reads: ['websites[].domains'],
  texts: {
    'zh-CN': {
      title: '宁夏不接受 .org 域名的接入备案',
      messages: { orgDomain: '域名 {domain} 是 .org 后缀，宁夏管局不接受 .org 域名的新增接入。' },
      why: '华为云宁夏管局要求页面写明 .org 域名不能办理接入备案。',
      fix: '改用 .cn、.com 等后缀的域名办理备案，或咨询{provider}备案客服该域名的处理方式。',
    },
    en: {
      title: 'Ningxia does not accept .org domains for access filings',
      messages: { orgDomain: 'The domain {domain} ends in .org; Ningxia does not accept .org domains for an access filing.' },
      why: "Huawei's Ningxia page states that .org domains cannot be filed for access.",
      fix: 'File a domain with another suffix (.cn, .com …), or ask {provider} filing support how to handle this domain.',
    },
  },
  citations: { 'zh-CN': ['华为云宁夏管局要求页面'], en: ["Huawei's Ningxia page"] },
  sources: ['P28', PROVINCE_SOURCES.NX.HW],
  reviewedAt: '2026-11-29',
  check(form) {
    return orderDomains(form)
      .filter((d) => d.suffix === 'org')
      .map((d) => ({ field: d.field, message: 'orgDomain' as const, params: { domain: d.domain } }));
  },
});
