import { defineRule } from '../engine/types';
import { NEW_FILING_TYPES } from '../model/vocabulary';

/**
 * P43, P31, K-材料, P09, P17, P25, P26, P07, K-管局: government (党政机关) websites need proof from the superior institutional
 * establishment office (编办证明) — Huawei supplies no template, and filed data that differ
 * from it are rejected at first review — and the 政府网站域名业务审核表. Province rules add
 * local approvals (江西, 黑龙江, 云南, 内蒙古, 天津).
 */
export default defineRule({
  id: 'materials/government-site-documents',
  severity: 'error',
  family: 'materials',
  scope: { natures: ['government'], serviceKinds: ['website'], filingTypes: [...NEW_FILING_TYPES] },
  reads: [],
  texts: {
    'zh-CN': {
      title: '政府网站需提供编办证明和政府网站域名业务审核表',
      messages: {
        establishmentProof: '政府机关开办网站需上传上级机构编制部门出具的证明（编办证明），内容须与备案信息一致。',
        domainReviewForm: '政府网站需上传政府网站域名业务审核表。',
      },
      why: '党政机关网站须由上级机构编制部门出具证明，备案信息与证明不一致的初审驳回；政府网站还需政府网站域名业务审核表。',
      fix: '向上级机构编制部门申请证明（由编办出具，不是云服务商的模板），核对单位名称、网站名称、域名与备案信息一致后上传，并一同上传填写完整的政府网站域名业务审核表。',
    },
    en: {
      title: 'Government websites need the establishment-office proof and the domain review form',
      messages: {
        establishmentProof: "A government body's website needs proof from the superior establishment office; it must match the filing.",
        domainReviewForm: 'Government websites need the government-website domain review form.',
      },
      why: 'Government websites need proof issued by the superior establishment office, and filings that differ from it are rejected at first review; the government-website domain review form is also required.',
      fix: "Ask the superior establishment office for the proof (it issues it; it is not a cloud provider's template), check the unit name, site name and domain match the filing, and upload it with the completed domain review form.",
    },
  },
  sources: ['P43', 'P31', 'K-材料'],
  reviewedAt: '2026-11-29',
  check() {
    return [
      { material: 'establishment-office-proof', message: 'establishmentProof' as const },
      { material: 'gov-domain-review-form', message: 'domainReviewForm' as const },
    ];
  },
});
