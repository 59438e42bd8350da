import { defineRule } from '../../engine/types';
import { NEW_SITE_FILING_TYPES } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';
import { sitesAfterOrder } from '../_site';

/**
 * 上海: an enterprise with 30 or more websites provides a 网站建设方案书 (Huawei KB
 * doc_0220). Tencent's older page adds an on-site check at the 管局 above 30 sites or 30
 * domains per site, which Huawei does not repeat.
 */
export default defineRule({
  id: 'provinces/sh/construction-plan',
  severity: 'error',
  family: 'materials',
  scope: { provinces: ['SH'], natures: ['enterprise'], filingTypes: [...NEW_SITE_FILING_TYPES] },
  reads: ['declarations.filedServiceCount', 'websites'],
  texts: {
    'zh-CN': {
      title: '上海：企业网站达到30个须提供网站建设方案书',
      messages: { sitePlan: '提交后该企业将有{total}个网站，达到上海的30个门槛，需提供网站建设方案书。' },
      why: '上海管局要求网站数量达到30个的企业说明建站规划，缺少方案书的订单会被退回。',
      fix: '使用{providerTemplates}中的“企业网站建设方案书”模板，写明各网站的内容、栏目和管理措施，盖章后上传。',
    },
    en: {
      title: 'Shanghai: enterprises with 30 websites need a construction plan',
      messages: {
        sitePlan: 'After this order the enterprise would have {total} websites, reaching Shanghai’s threshold of 30; provide a website construction plan.',
      },
      why: 'Shanghai asks enterprises with 30 or more websites to explain their plans; orders without the plan are sent back.',
      fix: "Use the enterprise construction-plan template from {providerTemplates}, describe each site's content, sections and management, stamp and upload it.",
    },
  },
  sources: [PROVINCE_SOURCES.SH.HW, 'K-管局', 'K-材料', PROVINCE_SOURCES.SH.TC],
  reviewedAt: '2026-11-29',
  check(form) {
    const total = sitesAfterOrder(form);
    return total !== undefined && total >= 30 ? [{ material: 'site-plan', message: 'sitePlan' as const, params: { total } }] : [];
  },
});
