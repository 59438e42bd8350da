import { defineRule, type Issue, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { provincesOf, tableSources } from '../_site';

/**
 * The opposite of most provinces: personal websites must choose 博客/个人空间 as service
 * content in 黑龙江 (UCloud 2024-04-01, TC) and 重庆 (UCloud 2024-04-01).
 */
export const PROVINCES = {
  HL: [PROVINCE_SOURCES.HL.UC, PROVINCE_SOURCES.HL.TC],
  CQ: [PROVINCE_SOURCES.CQ.UC],
} satisfies Partial<Record<ProvinceCode, SourceRef[]>>;

export default defineRule({
  id: 'provinces/shared/personal-blog-required',
  severity: 'error',
  family: 'service-content',
  scope: { provinces: provincesOf(PROVINCES), natures: ['individual'], serviceKinds: ['website'] },
  reads: ['websites[].serviceContent'],
  texts: {
    'zh-CN': {
      title: '本省个人网站服务内容须选“博客/个人空间”',
      messages: {
        blogRequired: '网站{n}没有选择“博客/个人空间”；本省个人网站的服务内容须为该项。',
        onlyBlog: '网站{n}除“博客/个人空间”外还选择了其他服务内容；本省个人网站只能选该项。',
      },
      why: '该省管局规定个人网站服务内容只能是“博客/个人空间”，其他选项会被驳回。',
      fix: '把服务内容改为仅“博客/个人空间”，并在备注中描述网站内容。',
    },
    en: {
      title: 'Personal websites here must choose “blog / personal space”',
      messages: {
        blogRequired: 'Website {n} does not choose "blog / personal space"; personal sites in this province must.',
        onlyBlog: 'Website {n} chooses other service content besides "blog / personal space"; personal sites here may choose only that.',
      },
      why: 'The province requires personal websites to use the service content blog/personal space; other choices are rejected.',
      fix: 'Set the service content to "blog / personal space" only and describe the content in the remark.',
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
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
