import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { blogChosen, provincesOf, tableSources } from '../_site';

/**
 * Personal websites may not choose the service content 博客/个人空间:
 * - 江西: Huawei's personal page (S3, 2025-03-13) — choose 其他 and describe the content
 *   in the remark; QC adds that 博客 needs the provincial publicity office's approval.
 * - 陕西: UCloud 2024-04-01; QC: choosing it needs an internet-news approval.
 * The national default (K-准备, S3) allows 博客 or 其他 for individuals; these
 * provinces narrow it to 其他.
 */
export const PROVINCES = {
  JX: ['S3', PROVINCE_SOURCES.JX.HW, PROVINCE_SOURCES.JX.QC],
  SN: [PROVINCE_SOURCES.SN.UC, PROVINCE_SOURCES.SN.QC],
} satisfies Partial<Record<ProvinceCode, SourceRef[]>>;

export default defineRule({
  id: 'provinces/shared/personal-no-blog',
  severity: 'error',
  family: 'service-content',
  scope: { provinces: provincesOf(PROVINCES), natures: ['individual'], serviceKinds: ['website'] },
  reads: ['websites[].serviceContent'],
  texts: {
    'zh-CN': {
      title: '本省个人网站不能选择“博客/个人空间”',
      messages: { blogNotAllowed: '网站{n}选择了“博客/个人空间”，本省个人备案不能选择该项。' },
      why: '该省管局规定个人网站服务内容不得选“博客/个人空间”（涉及互动发布，需要审批），应选“其他”并在备注中说明网站内容。',
      fix: '把服务内容改为“其他”，在网站备注中具体描述网站内容（如“个人学习笔记，记录编程知识”）。',
    },
    en: {
      title: 'Personal websites here may not choose “blog / personal space”',
      messages: { blogNotAllowed: 'Website {n} chose "blog / personal space", which this province does not accept for personal filings.' },
      why: 'The province does not let personal sites choose blog/personal space (interactive publishing needs approval); choose "other" and describe the content in the remark.',
      fix: 'Change the service content to "other" and describe the site in the remark (e.g. "personal study notes on programming").',
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  check(form) {
    return blogChosen(form, 'blogNotAllowed' as const);
  },
});
