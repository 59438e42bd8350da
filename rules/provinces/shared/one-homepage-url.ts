import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { multipleHomepages, provincesOf, tableSources } from '../_site';

/**
 * One homepage URL per website, per Tencent's province page (c. 2019): 安徽, 河北, 重庆.
 * (广东 personal has the same rule on Huawei's current page: provinces/gd/personal-one-homepage-url.)
 * Older single source: a warning.
 */
export const PROVINCES = {
  AH: [PROVINCE_SOURCES.AH.TC],
  HE: [PROVINCE_SOURCES.HE.TC],
  CQ: [PROVINCE_SOURCES.CQ.TC],
} satisfies Partial<Record<ProvinceCode, SourceRef[]>>;

export default defineRule({
  id: 'provinces/shared/one-homepage-url',
  evidence: 'older-sources',
  severity: 'warning',
  family: 'domains',
  scope: { provinces: provincesOf(PROVINCES), serviceKinds: ['website'] },
  reads: ['websites[].homepageUrls'],
  texts: {
    'zh-CN': {
      title: '每个网站宜只填写一个首页URL',
      messages: { oneHomepage: '网站{n}填写了{count}个首页URL；本省较早的规定要求每个网站只填一个。' },
      why: '腾讯云各省管局要求（约2019年）写明该省每个网站只填写一个首页URL；新近页面未再提及，但多填仍可能被退回。',
      fix: '只保留主域名的首页URL。',
    },
    en: {
      title: 'Prefer one homepage URL per website',
      messages: { oneHomepage: 'Website {n} lists {count} homepage URLs; older rules of this province allow one per website.' },
      why: "Tencent's province page (c. 2019) allows one homepage URL per website here; newer pages are silent, so extra URLs may still be sent back.",
      fix: 'Keep only the homepage of the main domain.',
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  check(form) {
    return multipleHomepages(form, 'oneHomepage' as const);
  },
});
