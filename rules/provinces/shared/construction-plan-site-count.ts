import { defineRule, type MaterialNeed, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { NEW_SITE_FILING_TYPES, UNIT_NATURES, type SubjectNature } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';
import { orderDomains, provinceEntry, provincesOf, sitesAfterOrder, tableSources } from '../_site';

interface Threshold {
  readonly natures?: readonly SubjectNature[];
  /** True when the plan is needed, from the sites already filed and the total after this order. */
  readonly triggers: (filed: number, total: number) => boolean;
  readonly threshold: { readonly 'zh-CN': string; readonly en: string };
  /** One plan per domain (重庆) instead of one per new website. */
  readonly perDomain?: boolean;
  readonly guarantee?: boolean;
  readonly sources: readonly SourceRef[];
}

/**
 * A 网站建设方案书 once a subject has several sites. Thresholds disagree between sources
 * (the province pages below), so this is a warning; the newest source decides:
 * - 湖南: any new site once one is filed (UC 2024, JD, Huawei KB) ⚠ TC (older): > 5.
 * - 重庆: units with 6 or more, individuals with more than 2 sites → a plan per domain
 *   plus a guarantee letter sealed by subject and provider (UC 2024) ⚠ UC pre-2024: 35;
 *   TC: > 5; QC: units > 30, individuals > 5.
 * - 福建: more than 5 sites under one subject (QC only, undated).
 */
export const THRESHOLDS: Partial<Record<ProvinceCode, readonly Threshold[]>> = {
  HN: [
    {
      triggers: (filed) => filed >= 1,
      threshold: { 'zh-CN': '已有1个网站', en: 'one site already filed' },
      sources: [PROVINCE_SOURCES.HN.UC, PROVINCE_SOURCES.HN.HW, PROVINCE_SOURCES.HN.JD, PROVINCE_SOURCES.HN.TC],
    },
  ],
  CQ: [
    {
      natures: ['individual'],
      triggers: (_, total) => total > 2,
      threshold: { 'zh-CN': '超过2个网站', en: 'more than 2 sites' },
      perDomain: true,
      guarantee: true,
      sources: [PROVINCE_SOURCES.CQ.UC, PROVINCE_SOURCES.CQ.TC, PROVINCE_SOURCES.CQ.QC],
    },
    {
      natures: UNIT_NATURES,
      triggers: (_, total) => total >= 6,
      threshold: { 'zh-CN': '6个及以上网站', en: '6 or more sites' },
      perDomain: true,
      guarantee: true,
      sources: [PROVINCE_SOURCES.CQ.UC, PROVINCE_SOURCES.CQ.TC, PROVINCE_SOURCES.CQ.QC],
    },
  ],
  FJ: [{ triggers: (_, total) => total > 5, threshold: { 'zh-CN': '超过5个网站', en: 'more than 5 sites' }, sources: [PROVINCE_SOURCES.FJ.QC] }],
};

export default defineRule({
  id: 'provinces/shared/construction-plan-site-count',
  severity: 'warning',
  family: 'materials',
  scope: { provinces: provincesOf(THRESHOLDS), filingTypes: [...NEW_SITE_FILING_TYPES] },
  reads: ['declarations.filedServiceCount', 'websites'],
  texts: {
    'zh-CN': {
      title: '网站数量达到本省门槛，需提供网站建设方案书',
      messages: {
        sitePlan: '该主体网站数量达到本省门槛（{threshold}），需为网站{n}提供网站建设方案书。',
        sitePlanPerDomain: '该主体网站数量达到本省门槛（{threshold}），需为域名 {domain} 提供网站建设方案书。',
        guarantee: '该主体网站数量达到本省门槛（{threshold}），还需提供由主办单位和接入商盖章（个人按指印）的保证书。',
      },
      why: '该省管局要求网站较多的主体说明每个网站的建设方案；各来源给出的门槛不同，此处按最新来源判断。',
      fix: '使用{providerTemplates}中的“网站建设方案书”模板（企业/个人），写明内容、栏目、人员和安全措施，签字盖章后上传。',
    },
    en: {
      title: 'Site count reaches the province’s threshold: construction plan needed',
      messages: {
        sitePlan: 'The subject reaches this province’s threshold ({threshold}); provide a website construction plan for website {n}.',
        sitePlanPerDomain: 'The subject reaches this province’s threshold ({threshold}); provide a website construction plan for {domain}.',
        guarantee:
          'The subject reaches this province’s threshold ({threshold}); also provide a guarantee letter sealed by the subject and the provider (individuals: fingerprint).',
      },
      why: 'The province asks subjects with several sites for a construction plan per site; sources give different thresholds and the newest is used here.',
      fix: 'Use the construction-plan template from {providerTemplates} (enterprise or personal): content, sections, staff and security measures; sign, stamp and upload.',
    },
  },
  sources: tableSources(THRESHOLDS),
  reviewedAt: '2026-11-29',
  check(form) {
    const entry = provinceEntry(THRESHOLDS, form);
    const filed = form.declarations?.filedServiceCount;
    const total = sitesAfterOrder(form);
    if (!entry || filed === undefined || total === undefined || !entry.triggers(filed, total)) return [];
    const needs: MaterialNeed<'sitePlan' | 'sitePlanPerDomain' | 'guarantee'>[] = entry.perDomain
      ? orderDomains(form).map((d) => ({
          material: 'site-plan',
          for: d.field,
          message: 'sitePlanPerDomain',
          params: { threshold: entry.threshold, domain: d.domain },
        }))
      : (form.websites ?? []).map((_, i) => ({
          material: 'site-plan',
          for: `websites[${i}]`,
          message: 'sitePlan',
          params: { threshold: entry.threshold, n: i + 1 },
        }));
    if (entry.guarantee) needs.push({ material: 'guarantee-letter', message: 'guarantee', params: { threshold: entry.threshold } });
    return needs;
  },
});
