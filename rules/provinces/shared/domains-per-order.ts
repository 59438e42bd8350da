import { defineRule, type Issue, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { NEW_SITE_FILING_TYPES, UNIT_NATURES, type FilingType, type SubjectNature } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';
import { orderDomains, provinceEntry, provincesOf, tableSources } from '../_site';

interface Limit {
  readonly natures?: readonly SubjectNature[];
  readonly filingTypes?: readonly FilingType[];
  /** Absent: no domain cap beyond the national one-domain-per-website rule. */
  readonly maxDomains?: number;
  readonly maxSites?: number;
  readonly sources: readonly SourceRef[];
}

/**
 * How many new domains (and websites) one order may bring, by province:
 * - 山西: at most 3 new domains per order, changes excepted (HW K-管局).
 * - 河南: personal at most 3 domains per filing (TC, HW), enterprises at most 5 (HW K).
 * - 湖南, 湖北: one website with one domain per order (UC 2024, JD, HW; 湖北 since
 *   2019-03-20 per a 2019 aggregator).
 * - 海南: a personal first filing may carry only one site/domain; later additions are
 *   not limited (S1 2021-01-29, HW, QC, TC).
 * With one website per order, 湖南's and 湖北's "one domain" follows from the national
 * one-domain-per-website rule (national/website-one-domain), so only the site count is
 * checked here. Guizhou's older "≤4 domains per site" (TC) is moot since the national one-domain-per-
 * website rule (2019) and is not encoded.
 */
export const LIMITS: Partial<Record<ProvinceCode, readonly Limit[]>> = {
  SX: [{ maxDomains: 3, sources: [PROVINCE_SOURCES.SX.HW, 'K-管局'] }],
  HA: [
    { natures: ['individual'], maxDomains: 3, sources: [PROVINCE_SOURCES.HA.HW, PROVINCE_SOURCES.HA.TC] },
    { natures: UNIT_NATURES, maxDomains: 5, sources: [PROVINCE_SOURCES.HA.HW, 'K-管局'] },
  ],
  HN: [{ maxSites: 1, sources: [PROVINCE_SOURCES.HN.HW, PROVINCE_SOURCES.HN.UC, PROVINCE_SOURCES.HN.JD] }],
  HB: [{ maxSites: 1, sources: [PROVINCE_SOURCES.HB.HW, PROVINCE_SOURCES.HB.UC, PROVINCE_SOURCES.HB.JD] }],
  HI: [{ natures: ['individual'], filingTypes: ['first'], maxDomains: 1, sources: ['S1', PROVINCE_SOURCES.HI.HW, PROVINCE_SOURCES.HI.QC] }],
};

export default defineRule({
  id: 'provinces/shared/domains-per-order',
  severity: 'error',
  family: 'domains',
  scope: { provinces: provincesOf(LIMITS), filingTypes: [...NEW_SITE_FILING_TYPES] },
  reads: ['websites[].domains'],
  texts: {
    'zh-CN': {
      title: '单个订单的域名/网站数量超出本省限制',
      messages: {
        tooManyDomains: '本省每个订单最多提交{max}个域名，本订单有{count}个；域名 {domain} 请放到下一个订单。',
        tooManySites: '本省每个订单只能提交{max}个网站，请把网站{n}放到下一个订单。',
      },
      why: '该省管局限制每次提交的新域名（或网站）数量，超出的订单会被驳回。',
      fix: '先提交允许数量内的网站和域名，备案通过后再用“新增网站”逐个添加其余的。',
    },
    en: {
      title: 'Too many domains or websites in one order for this province',
      messages: {
        tooManyDomains: 'This province allows at most {max} domains per order and this order has {count}; move {domain} to a later order.',
        tooManySites: 'This province allows only {max} website per order; move website {n} to a later order.',
      },
      why: "The province's administration limits how many new domains (or websites) one submission may carry; larger orders are rejected.",
      fix: 'Submit the allowed number first, then add the others one by one with "add website" after approval.',
    },
  },
  sources: tableSources(LIMITS),
  reviewedAt: '2026-11-29',
  check(form) {
    const limit = provinceEntry(LIMITS, form);
    if (!limit || (limit.filingTypes && !(form.filingType && limit.filingTypes.includes(form.filingType)))) return [];
    const issues: Issue<'tooManyDomains' | 'tooManySites'>[] = [];
    if (limit.maxSites !== undefined) {
      (form.websites ?? []).slice(limit.maxSites).forEach((_, k) => {
        const i = k + limit.maxSites!;
        issues.push({ field: `websites[${i}].name`, message: 'tooManySites', params: { max: limit.maxSites!, n: i + 1 } });
      });
    }
    const max = limit.maxDomains;
    if (max === undefined) return issues;
    const domains = orderDomains(form);
    for (const extra of domains.slice(max)) {
      issues.push({ field: extra.field, message: 'tooManyDomains', params: { max, count: domains.length, domain: extra.domain } });
    }
    return issues;
  },
});
