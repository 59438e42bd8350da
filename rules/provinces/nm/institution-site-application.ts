import { defineRule } from '../../engine/types';
import { NEW_SITE_FILING_TYPES } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';

/**
 * 内蒙古 事业单位 upload the 事业单位网站开办审核申请表 (Huawei KB K-管局; UCloud 2024 names it 网站开办审核申请表 / 网站名称审核表). The 编办 approval itself
 * is provinces/shared/establishment-office-approval.
 */
export default defineRule({
  id: 'provinces/nm/institution-site-application',
  severity: 'error',
  family: 'materials',
  scope: { provinces: ['NM'], natures: ['institution'], filingTypes: [...NEW_SITE_FILING_TYPES] },
  reads: ['websites'],
  texts: {
    'zh-CN': {
      title: '内蒙古事业单位须上传网站开办审核申请表',
      messages: { applicationForm: '内蒙古管局要求事业单位为网站{n}上传《事业单位网站开办审核申请表》。' },
      why: '内蒙古要求事业单位开办网站前经审核，备案时上传审核申请表；缺少时不予通过。',
      fix: '向主管部门和机构编制部门办理审核，取得盖章的申请表后上传；网站仅内部使用的，按UCloud说明可改交书面说明。',
    },
    en: {
      title: 'Inner Mongolia public institutions upload the website-opening application form',
      messages: { applicationForm: 'Inner Mongolia requires public institutions to upload the website-opening review application form for website {n}.' },
      why: 'Inner Mongolia reviews websites of public institutions before they open; the filing needs the stamped application form.',
      fix: 'Have the form reviewed and stamped by the competent and establishment offices, then upload it; for internal-only sites a written explanation may replace it (UCloud).',
    },
  },
  sources: [PROVINCE_SOURCES.NM.HW, 'K-管局', PROVINCE_SOURCES.NM.UC],
  reviewedAt: '2026-11-29',
  materials: {
    'nm-institution-site-application': {
      zh: '事业单位网站开办审核申请表（内蒙古）',
      en: 'Website-opening review application form for public institutions (Inner Mongolia)',
    },
  },
  check(form) {
    return (form.websites ?? []).map((_, i) => ({
      material: 'nm-institution-site-application',
      for: `websites[${i}]`,
      message: 'applicationForm' as const,
      params: { n: i + 1 },
    }));
  },
});
