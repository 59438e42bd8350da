import { flatMap } from '../checks/arrays';
import { defineRule } from '../engine/types';
import { NEW_SITE_FILING_TYPES } from '../model/vocabulary';

/**
 * Since 2019-04-22 MIIT files one domain per website (S7, S6, K-管局): a second domain is a second
 * website with its own name and principal. Huawei states it for first filings and new
 * websites; 新疆 repeats it. Change filings of older multi-domain sites may keep or drop
 * domains, so they are out of scope.
 */
export default defineRule({
  id: 'national/website-one-domain',
  severity: 'error',
  family: 'domains',
  scope: { serviceKinds: ['website'], filingTypes: NEW_SITE_FILING_TYPES },
  reads: ['websites[].domains'],
  effectiveFrom: '2019-04-22',
  texts: {
    'zh-CN': {
      title: '一个网站只能填写一个域名',
      messages: {
        several: '这个网站填写了 {count} 个域名；新备案的网站只能有一个域名，其他域名请各自作为一个网站添加。',
      },
      why: '自2019年4月22日起，工信部要求新备案的每个网站只对应一个域名，多个域名需分别作为多个网站备案。',
      fix: '保留一个域名，点击“添加网站”为其余每个域名各建一个网站（分别填写网站名称、首页URL和负责人）。',
    },
    en: {
      title: 'One domain per website',
      messages: {
        several: 'This website lists {count} domains; a newly filed website may have only one. Add each other domain as a website of its own.',
      },
      why: 'Since 2019-04-22 MIIT files each new website with a single domain; several domains must be filed as several websites.',
      fix: 'Keep one domain and use "Add website" for each of the others (each with its own name, homepage URL and principal).',
    },
  },
  sources: ['S7', 'S6', 'K-管局'],
  reviewedAt: '2026-11-29',
  check(form) {
    return flatMap(form.websites ?? [], (site, i) => {
      const count = (site.domains ?? []).filter((d) => d.trim() !== '').length;
      return count > 1 ? [{ field: `websites[${i}].domains`, message: 'several' as const, params: { count } }] : [];
    });
  },
});
