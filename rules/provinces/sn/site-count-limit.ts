import { defineRule } from '../../engine/types';
import { NEW_SITE_FILING_TYPES } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';
import { isPersonal, sitesAfterOrder } from '../_site';

/**
 * 陕西 caps the websites one subject may have filed: 5 for individuals, 30 for units
 * (Huawei P17; JD c. 2023 agrees).
 */
export default defineRule({
  id: 'provinces/sn/site-count-limit',
  severity: 'error',
  family: 'domains',
  scope: { provinces: ['SN'], filingTypes: [...NEW_SITE_FILING_TYPES] },
  reads: ['declarations.filedServiceCount', 'websites'],
  texts: {
    'zh-CN': {
      title: '陕西：主体可备案的网站数量有上限',
      messages: { overCap: '提交后该主体将有{total}个网站，超过陕西对{kind}的上限{cap}个。' },
      why: '陕西管局规定每个个人主体最多备案5个网站，单位最多30个，超出部分不予受理。',
      fix: '先注销不再使用的网站，或减少本订单的网站数量后再提交。',
    },
    en: {
      title: 'Shaanxi caps the number of websites per subject',
      messages: { overCap: 'After this order the subject would have {total} websites, above Shaanxi’s cap of {cap} for {kind}.' },
      why: 'Shaanxi allows at most 5 filed websites per individual and 30 per unit; more are not accepted.',
      fix: 'Cancel websites no longer used, or put fewer websites in this order.',
    },
  },
  sources: ['P17', PROVINCE_SOURCES.SN.HW, PROVINCE_SOURCES.SN.JD],
  reviewedAt: '2026-11-29',
  check(form) {
    const total = sitesAfterOrder(form);
    if (total === undefined || !form.subject?.nature) return [];
    const cap = isPersonal(form) ? 5 : 30;
    if (total <= cap) return [];
    const kind = isPersonal(form) ? { 'zh-CN': '个人', en: 'individuals' } : { 'zh-CN': '单位', en: 'units' };
    return [{ field: 'websites', message: 'overCap' as const, params: { total, cap, kind } }];
  },
});
