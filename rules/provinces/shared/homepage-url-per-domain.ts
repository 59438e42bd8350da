import { hostOf, registrableDomain, webUrlHost } from '../../checks/domain';
import { defineRule, type Issue, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import type { SubjectNature } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';
import { provinceEntry, provincesOf, tableSources } from '../_site';

/**
 * Every listed domain needs its own complete homepage URL:
 * 江西 personal (Huawei S3, 2025-03-13: "写完整的URL，每个域名一个"), 陕西 (Huawei P17).
 * "Complete" is read as written with its scheme (http:// or https://).
 */
export const PROVINCES = {
  JX: { natures: ['individual'], sources: ['S3', PROVINCE_SOURCES.JX.HW] },
  SN: { sources: ['P17', PROVINCE_SOURCES.SN.HW] },
} satisfies Partial<Record<ProvinceCode, { natures?: SubjectNature[]; sources: SourceRef[] }>>;

export default defineRule({
  id: 'provinces/shared/homepage-url-per-domain',
  severity: 'error',
  family: 'domains',
  scope: { provinces: provincesOf(PROVINCES), serviceKinds: ['website'] },
  reads: ['websites[].domains', 'websites[].homepageUrls'],
  texts: {
    'zh-CN': {
      title: '每个域名都要填写完整的首页URL',
      messages: {
        missingHomepage: '域名 {domain} 没有对应的首页URL；本省要求每个域名填写一个首页URL。',
        incompleteUrl: '首页URL“{url}”不完整，请写成带 http:// 或 https:// 的完整网址。',
      },
      why: '该省管局要求网站下每个域名都列出完整的首页地址，便于逐个访问核实；缺少或不完整会被驳回。',
      fix: '为每个域名填写一个完整首页URL，例如 http://www.example.cn。',
    },
    en: {
      title: 'Every domain needs a complete homepage URL',
      messages: {
        missingHomepage: 'The domain {domain} has no homepage URL; this province wants one per domain.',
        incompleteUrl: 'The homepage URL "{url}" is incomplete; write the full address with http:// or https://.',
      },
      why: 'The administration visits each domain; every domain must list a full homepage address, otherwise the order is rejected.',
      fix: 'Give each domain one full homepage URL, e.g. http://www.example.cn.',
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  check(form) {
    if (!provinceEntry<{ natures?: readonly SubjectNature[]; sources: readonly SourceRef[] }>(PROVINCES, form)) return [];
    return (form.websites ?? []).flatMap((site, i): Issue<'missingHomepage' | 'incompleteUrl'>[] => {
      const urls = (site.homepageUrls ?? []).filter((u) => u.trim());
      const issues: Issue<'missingHomepage' | 'incompleteUrl'>[] = urls
        .filter((u) => !/^https?:\/\//i.test(u.trim()))
        .map((url) => ({ field: `websites[${i}].homepageUrls`, message: 'incompleteUrl', params: { url } }));
      const homepageDomains = new Set(urls.map((u) => webUrlHost(u)).map((host) => host && (registrableDomain(host) ?? host)));
      for (const domain of (site.domains ?? []).map(hostOf).filter(Boolean)) {
        const covered = homepageDomains.has(registrableDomain(domain) ?? domain);
        if (!covered) issues.push({ field: `websites[${i}].homepageUrls`, message: 'missingHomepage', params: { domain } });
      }
      return issues;
    });
  },
});
