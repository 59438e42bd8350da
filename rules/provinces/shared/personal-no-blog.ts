import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { blogChosen, provincesOf, tableSources } from '../_site';

/**
 * ⚠ Personal websites may not choose the service content 博客/个人空间:
 * - 江西: Huawei's personal page (S3, 2025-03-13) — choose 其他 and describe the content
 *   in the remark; QC adds that 博客 needs the provincial publicity office's approval.
 * - 陕西: UCloud 2024-04-01; QC: choosing it needs an internet-news approval. No Huawei page.
 * Huawei's knowledge base (K-准备, 2026, newer than S3) lets individuals choose 博客/个人空间
 * or 其他 in every province, naming no exception: the sources disagree (for 陕西 the only
 * refusal is other providers' pages), so a warning citing both.
 */
export const PROVINCES = {
  JX: ['S3', PROVINCE_SOURCES.JX.HW, PROVINCE_SOURCES.JX.QC, 'K-准备'],
  SN: [PROVINCE_SOURCES.SN.UC, PROVINCE_SOURCES.SN.QC, 'K-准备'],
} satisfies Partial<Record<ProvinceCode, SourceRef[]>>;

export default defineRule({
  id: 'provinces/shared/personal-no-blog',
  evidence: 'disputed',
  severity: 'warning',
  family: 'service-content',
  scope: { provinces: provincesOf(PROVINCES), natures: ['individual'], serviceKinds: ['website'] },
  reads: ['websites[].serviceContent'],
  texts: {
    'zh-CN': {
      title: '本省个人网站选择“博客/个人空间”可能被驳回（来源不一致）',
      messages: { blogNotAllowed: '网站{n}选择了“博客/个人空间”；本省要求页面说个人备案不能选择该项。' },
      why: '本省管局要求页面说个人网站服务内容不得选“博客/个人空间”（涉及互动发布，需要审批），应选“其他”并在备注中说明网站内容；华为云知识库则说个人可选“博客/个人空间”或“其他”，未列例外。来源不一致，因此只作提醒。',
      fix: '把服务内容改为“其他”，在网站备注中具体描述网站内容（如“个人学习笔记，记录编程知识”）。',
    },
    en: {
      title: 'Personal websites choosing “blog / personal space” may be rejected here (sources disagree)',
      messages: { blogNotAllowed: 'Website {n} chose "blog / personal space"; the requirements pages for this province say personal filings may not.' },
      why: 'The requirements pages for this province say personal sites may not choose blog/personal space (interactive publishing needs approval) and should choose "other" with a content description; Huawei\'s knowledge base lets individuals choose blog/personal space or other, naming no exception. The sources disagree, so this is a warning.',
      fix: 'Change the service content to "other" and describe the site in the remark (e.g. "personal study notes on programming").',
    },
  },
  citations: { 'zh-CN': ['华为云知识库'], en: ["Huawei's knowledge base"] },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-12-07',
  check(form) {
    return blogChosen(form, 'blogNotAllowed' as const);
  },
});
