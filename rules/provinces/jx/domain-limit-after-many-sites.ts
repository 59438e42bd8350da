import { defineRule } from '../../engine/types';
import { NEW_SITE_FILING_TYPES } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';
import { isPersonal, orderDomains } from '../_site';

/**
 * ⚠ 江西 site-count limits disagree. Huawei (KB, 2025-12-31): a subject that already has
 * more than 7 (personal) / 15 (unit) filed sites may add only one domain per new order.
 * UCloud (2024-04-01): personal at most 4 sites, units without a telecom licence at most
 * 7. The newer Huawei rule decides; a warning because the two disagree.
 */
export default defineRule({
  id: 'provinces/jx/domain-limit-after-many-sites',
  severity: 'warning',
  family: 'domains',
  scope: { provinces: ['JX'], filingTypes: [...NEW_SITE_FILING_TYPES] },
  reads: ['declarations.filedServiceCount', 'websites[].domains'],
  texts: {
    'zh-CN': {
      title: '江西：已备案网站较多时每单只能新增1个域名',
      messages: { oneDomainOnly: '该主体已备案{filed}个网站，超过{threshold}个后江西每个订单只能新增1个域名，本订单有{count}个。' },
      why: '华为云江西管局要求：个人已备案超过7个、单位超过15个网站时，每次只能提交一个新域名（UCloud 2024年页面给出的上限不同：个人4个、无经营许可证的单位7个）。',
      fix: '把其余域名拆到后续订单逐个提交；若个人已有多个网站，先确认是否超过本省总数上限。',
    },
    en: {
      title: 'Jiangxi: one new domain per order once many sites are filed',
      messages: {
        oneDomainOnly: 'The subject already has {filed} filed sites; above {threshold}, Jiangxi allows one new domain per order, and this order has {count}.',
      },
      why: "Huawei's Jiangxi rules: once an individual has more than 7, or a unit more than 15, filed sites, each order may add only one domain (UCloud's 2024 page gives other caps: 4 sites for individuals, 7 for units without a telecom licence).",
      fix: 'Split the remaining domains into later orders; individuals with several sites should also check the province’s total cap.',
    },
  },
  citations: { 'zh-CN': ['华为云江西管局要求'], en: ["Huawei's Jiangxi rules"] },
  sources: [PROVINCE_SOURCES.JX.HW, 'K-管局', PROVINCE_SOURCES.JX.UC],
  reviewedAt: '2026-11-29',
  check(form) {
    const filed = form.declarations?.filedServiceCount;
    if (filed === undefined || !form.subject?.nature) return [];
    const threshold = isPersonal(form) ? 7 : 15;
    const domains = orderDomains(form);
    if (filed <= threshold || domains.length <= 1) return [];
    return domains.slice(1).map((d) => ({ field: d.field, message: 'oneDomainOnly' as const, params: { filed, threshold, count: domains.length } }));
  },
});
