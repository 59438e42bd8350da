import { defineRule, type Bilingual, type MaterialNeed, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { UNIT_NATURES, type SubjectNature } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';
import { distinctPrefixes, isCancellation, orderDomains, provinceEntry, provincesOf, tableSources } from '../_site';

type Need = 'domain-certificate' | 'site-plan' | 'access-contract-copy';

interface Threshold {
  readonly natures?: readonly SubjectNature[];
  /** What is counted: distinct domain prefixes (example.com + example.cn = 1) or domains. */
  readonly count: 'prefixes' | 'domains';
  /** The smallest count that triggers the dossier. */
  readonly from: number;
  readonly needs: readonly Need[];
  readonly sources: readonly SourceRef[];
}

/**
 * Extra papers once a filing carries many domains:
 * - 云南, 陕西 and 广东 personal: more than five domains with different prefixes (the
 *   registrable name before the suffix, across every website of the filing) → each
 *   domain's certificate and a 网站建设方案书 (HW-personal-materials, Huawei's own table
 *   of personal materials; S2 for 广东, 2025-05-27, which adds the access-contract copy).
 *   ⚠ UCloud (2024-04-01) says "five or more" for 广东; the newer Huawei page decides (> 5).
 *   广东 units: more than 31 (TC, QC, JD) ⚠ UCloud "31 or more".
 * - 四川 personal: five or more domains → a construction plan for every site (UC 2024).
 * - 陕西 units: five or more domains → domain certificates (TC, QC; dropped by UC 2024).
 *   ⚠ TC and QC said the same for persons; Huawei's own table (HW-personal-materials, the
 *   primary source) decides for them: more than five prefixes, certificates and plan.
 * - 河南: five or more domains → domain certificates (TC; QC said four, dropped by UC 2024).
 * - 江西 personal: more than five domains → certificates + plan (QC only).
 * - 江苏: personal more than 10, units more than 30 domains → plan (QC only).
 * Only the domains of this order are counted; earlier filings may add to the total.
 * Thresholds disagree or come from older pages, hence a warning.
 */
export const THRESHOLDS: Partial<Record<ProvinceCode, readonly Threshold[]>> = {
  GD: [
    {
      natures: ['individual'],
      count: 'prefixes',
      from: 6,
      needs: ['domain-certificate', 'site-plan', 'access-contract-copy'],
      sources: ['HW-personal-materials', 'S2', PROVINCE_SOURCES.GD.UC],
    },
    {
      natures: UNIT_NATURES,
      count: 'prefixes',
      from: 32,
      needs: ['domain-certificate', 'site-plan', 'access-contract-copy'],
      sources: [PROVINCE_SOURCES.GD.TC, PROVINCE_SOURCES.GD.JD, PROVINCE_SOURCES.GD.UC],
    },
  ],
  SC: [{ natures: ['individual'], count: 'domains', from: 5, needs: ['site-plan'], sources: [PROVINCE_SOURCES.SC.UC] }],
  SN: [
    {
      natures: ['individual'],
      count: 'prefixes',
      from: 6,
      needs: ['domain-certificate', 'site-plan'],
      sources: ['HW-personal-materials', PROVINCE_SOURCES.SN.TC, PROVINCE_SOURCES.SN.QC],
    },
    { natures: UNIT_NATURES, count: 'domains', from: 5, needs: ['domain-certificate'], sources: [PROVINCE_SOURCES.SN.TC, PROVINCE_SOURCES.SN.QC] },
  ],
  YN: [{ natures: ['individual'], count: 'prefixes', from: 6, needs: ['domain-certificate', 'site-plan'], sources: ['HW-personal-materials'] }],
  HA: [{ count: 'domains', from: 5, needs: ['domain-certificate'], sources: [PROVINCE_SOURCES.HA.TC, PROVINCE_SOURCES.HA.QC] }],
  JX: [{ natures: ['individual'], count: 'domains', from: 6, needs: ['domain-certificate', 'site-plan'], sources: [PROVINCE_SOURCES.JX.QC] }],
  JS: [
    { natures: ['individual'], count: 'domains', from: 11, needs: ['site-plan'], sources: [PROVINCE_SOURCES.JS.QC] },
    { natures: UNIT_NATURES, count: 'domains', from: 31, needs: ['site-plan'], sources: [PROVINCE_SOURCES.JS.QC] },
  ],
};

export default defineRule({
  id: 'provinces/shared/many-domains-dossier',
  severity: 'warning',
  family: 'materials',
  scope: { provinces: provincesOf(THRESHOLDS) },
  reads: ['websites[].domains'],
  texts: {
    'zh-CN': {
      title: '域名较多时本省要求补充材料',
      messages: {
        domainCertificate: '本订单有{counted}（达到本省的{from}个），需提供域名 {domain} 的域名证书。',
        sitePlan: '本订单有{counted}（达到本省的{from}个），需提供网站建设方案书。',
        accessContract: '本订单有{counted}（达到本省的{from}个），还需提供接入服务协议复印件。',
      },
      why: '该省管局对域名较多的备案要求额外材料，以核实域名归属和建站用途；各来源给出的门槛略有不同。',
      fix: '按清单准备材料：域名证书在注册商控制台下载，网站建设方案书使用{providerTemplates}中的模板，复印件需清晰完整。',
    },
    en: {
      title: 'Many domains: this province asks for extra papers',
      messages: {
        domainCertificate: 'This order has {counted} (this province’s threshold is {from}); provide the registration certificate of {domain}.',
        sitePlan: 'This order has {counted} (this province’s threshold is {from}); provide a website construction plan.',
        accessContract: 'This order has {counted} (threshold {from}); also provide a copy of the access-service contract.',
      },
      why: 'The province asks for extra papers when a filing carries many domains, to check ownership and purpose; sources give slightly different thresholds.',
      fix: "Prepare the listed papers: certificates from the registrar's console, the construction plan from {providerTemplates}, clear complete copies.",
    },
  },
  sources: tableSources(THRESHOLDS),
  reviewedAt: '2026-11-29',
  materials: {
    'access-contract-copy': {
      zh: '接入服务协议复印件',
      en: 'Copy of the access-service contract',
      howTo: { zh: '与接入商（{provider}）签订的服务协议或订单证明。', en: 'The service agreement or order proof with the access provider ({provider}).' },
    },
  },
  check(form) {
    const entry = provinceEntry(THRESHOLDS, form);
    if (!entry || isCancellation(form)) return [];
    const domains = orderDomains(form);
    const prefixes = entry.count === 'prefixes' ? distinctPrefixes(domains) : undefined;
    const count = prefixes ? prefixes.length : domains.length;
    if (count < entry.from) return [];
    // What was counted, and which (domain words are not personal data).
    const counted: Bilingual = prefixes
      ? { 'zh-CN': `${count}个不同前缀的域名（${prefixes.join('、')}）`, en: `${count} domains with different prefixes (${prefixes.join(', ')})` }
      : { 'zh-CN': `${count}个域名（${domains.map((d) => d.domain).join('、')}）`, en: `${count} domains (${domains.map((d) => d.domain).join(', ')})` };
    const params = { counted, from: entry.from };
    const needs: MaterialNeed<'domainCertificate' | 'sitePlan' | 'accessContract'>[] = [];
    if (entry.needs.includes('domain-certificate')) {
      for (const d of domains)
        needs.push({ material: 'domain-certificate', for: d.field, message: 'domainCertificate', params: { ...params, domain: d.domain } });
    }
    if (entry.needs.includes('site-plan')) needs.push({ material: 'site-plan', message: 'sitePlan', params });
    if (entry.needs.includes('access-contract-copy')) needs.push({ material: 'access-contract-copy', message: 'accessContract', params });
    return needs;
  },
});
