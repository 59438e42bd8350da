import { flatMap } from '../checks/arrays';
import { defineRule } from '../engine/types';
import { NEW_SITE_FILING_TYPES } from '../model/vocabulary';
import { domainKey } from './_filed';

/**
 * P42, P45, P28: in a first filing or a new website, the unfiled domain must not resolve
 * until the filing is approved; reviewers check and reject it as 网站解析问题 (未备案域名未关闭
 * 解析). Huawei DNS's "暂停解析" is the documented way (P42, P28). Not checkable offline (it
 * needs a DNS lookup), so this is a reminder on the domain. Domains already filed for
 * the subject (listed in `filed`) may stay online, as in changes and access filings.
 */
export default defineRule({
  id: 'national/new-domain-resolution-paused',
  severity: 'info',
  family: 'domains',
  scope: { serviceKinds: ['website'], filingTypes: NEW_SITE_FILING_TYPES },
  reads: ['websites[].domains'],
  alsoReads: ['filed.websites[].domains[]'],
  texts: {
    'zh-CN': {
      title: '备案通过前，未备案域名须暂停解析',
      messages: {
        pauseResolution: '域名 {domain} 尚未备案；在备案通过前请暂停其解析（不要指向任何服务器）。',
      },
      why: '首次备案和新增网站时，未备案的域名在审核期间不得解析访问；审核发现仍在解析会以“网站解析问题（未备案域名未关闭解析）”驳回。',
      fix: '在域名的DNS服务商处暂停或删除该域名的解析记录（DNS服务提供“暂停解析”时可直接使用），备案通过后再恢复解析。',
    },
    en: {
      title: 'Pause resolution of the unfiled domain until the filing is approved',
      messages: {
        pauseResolution: 'The domain {domain} is not filed yet; pause its DNS resolution (point it at no server) until the filing is approved.',
      },
      why: 'In a first filing or a new website the unfiled domain must not resolve during review; reviewers who find it resolving reject the order for a resolution problem.',
      fix: 'Pause or remove the domain’s DNS records at its DNS provider (use “pause resolution” where the DNS service offers it) and restore them once the filing is approved.',
    },
  },
  sources: ['P42', 'P45', 'P28'],
  reviewedAt: '2026-11-29',
  check(form) {
    const filedWebsites = form.filed?.websites;
    // No set to build for a first filing (the usual case), which lists no filed websites.
    const filed = filedWebsites?.length ? new Set(flatMap(filedWebsites, (w) => w.domains ?? []).map(domainKey)) : undefined;
    return flatMap(form.websites ?? [], (site, i) => {
      const domain = site.domains?.[0]?.trim();
      if (!domain || filed?.has(domainKey(domain))) return [];
      return [{ field: `websites[${i}].domains[0]`, message: 'pauseResolution' as const, params: { domain } }];
    });
  },
});
