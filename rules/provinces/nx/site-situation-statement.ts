import { defineRule } from '../../engine/types';
import { NEW_SITE_FILING_TYPES } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';

/**
 * 宁夏 (Huawei P28): a subject with five or more filed websites ("≥5个（含）") provides a
 * 网站情况说明书 when it adds more. Counted on the sites already filed.
 */
export default defineRule({
  id: 'provinces/nx/site-situation-statement',
  severity: 'error',
  family: 'materials',
  scope: { provinces: ['NX'], filingTypes: [...NEW_SITE_FILING_TYPES] },
  reads: ['declarations.filedServiceCount'],
  texts: {
    'zh-CN': {
      title: '宁夏：已备案网站达到5个须提供网站情况说明书',
      messages: { statement: '该主体已备案{filed}个网站（宁夏门槛为5个，含5个），新增网站需提供网站情况说明书。' },
      why: '宁夏管局要求已备案网站达到5个的主体说明各网站情况，缺少说明书会被驳回。',
      fix: '写明主体已有的网站、各自内容和用途、新增网站的原因，签字（单位盖章）后上传。',
    },
    en: {
      title: 'Ningxia: five filed websites require a website situation statement',
      messages: {
        statement: 'The subject already has {filed} filed websites (Ningxia’s threshold is 5, inclusive); adding more needs a website situation statement.',
      },
      why: 'Ningxia asks subjects with five or more filed websites to describe them; orders without the statement are rejected.',
      fix: 'List the existing websites, their content and purpose and why a new one is needed; sign (units: stamp) and upload it.',
    },
  },
  sources: ['P28', PROVINCE_SOURCES.NX.HW],
  reviewedAt: '2026-11-29',
  check(form) {
    const filed = form.declarations?.filedServiceCount;
    return filed !== undefined && filed >= 5 ? [{ material: 'site-situation-statement', message: 'statement' as const, params: { filed } }] : [];
  },
});
