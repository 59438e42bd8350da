import { defineRule, type Issue, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { provincesOf, tableSources } from '../_site';

/**
 * ⚠ The opposite of most provinces: personal websites must choose 博客/个人空间 as service
 * content in 黑龙江 (UCloud 2024-04-01, TC) and 重庆 (UCloud 2024-04-01). No Huawei page
 * says so, and Huawei's knowledge base (K-准备, 2026) lets individuals choose 博客/个人空间
 * or 其他 (with a remark) in every province: the sources disagree, so a warning citing both.
 */
export const PROVINCES = {
  HL: [PROVINCE_SOURCES.HL.UC, PROVINCE_SOURCES.HL.TC, 'K-准备'],
  CQ: [PROVINCE_SOURCES.CQ.UC, 'K-准备'],
} satisfies Partial<Record<ProvinceCode, SourceRef[]>>;

export default defineRule({
  id: 'provinces/shared/personal-blog-required',
  evidence: 'disputed',
  severity: 'warning',
  family: 'service-content',
  scope: { provinces: provincesOf(PROVINCES), natures: ['individual'], serviceKinds: ['website'] },
  reads: ['websites[].serviceContent'],
  texts: {
    'zh-CN': {
      title: '本省个人网站服务内容可能须选“博客/个人空间”（来源不一致）',
      messages: {
        blogRequired: '网站{n}没有选择“博客/个人空间”；其他云服务商的本省要求页面说个人网站须选该项。',
        onlyBlog: '网站{n}除“博客/个人空间”外还选择了其他服务内容；其他云服务商的本省要求页面说个人网站只能选该项。',
      },
      why: '其他云服务商的本省管局要求页面（2024年）写明个人网站服务内容只能是“博客/个人空间”；华为云知识库则说个人可选“博客/个人空间”或“其他”（选其他需备注说明）。来源不一致，因此只作提醒。',
      fix: '稳妥起见把服务内容改为仅“博客/个人空间”，并在备注中描述网站内容；如需选“其他”，提交前向{provider}确认。',
    },
    en: {
      title: 'Personal websites here may have to choose “blog / personal space” (sources disagree)',
      messages: {
        blogRequired: 'Website {n} does not choose "blog / personal space"; other providers\' pages for this province say personal sites must.',
        onlyBlog:
          'Website {n} chooses other service content besides "blog / personal space"; other providers\' pages for this province say personal sites may choose only that.',
      },
      why: "Other providers' pages for this province (2024) say personal websites must use the service content blog/personal space; Huawei's knowledge base says individuals may choose blog/personal space or other (with a remark). The sources disagree, so this is a warning.",
      fix: 'To be safe, set the service content to "blog / personal space" only and describe the content in the remark; to choose "other", ask {provider} before submitting.',
    },
  },
  citations: { 'zh-CN': ['华为云知识库'], en: ["Huawei's knowledge base"] },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-12-07',
  check(form) {
    return (form.websites ?? []).flatMap((site, i): Issue<'blogRequired' | 'onlyBlog'>[] => {
      const content = site.serviceContent;
      if (!content) return [];
      const field = `websites[${i}].serviceContent`;
      if (!content.includes('blog')) return [{ field, message: 'blogRequired', params: { n: i + 1 } }];
      return content.length > 1 ? [{ field, message: 'onlyBlog', params: { n: i + 1 } }] : [];
    });
  },
});
