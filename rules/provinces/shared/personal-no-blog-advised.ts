import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { blogChosen, provincesOf, tableSources } from '../_site';

/**
 * Personal websites may not choose 博客/个人空间 per Tencent's province page (c. 2019):
 * 浙江, 河南, 湖南, 贵州; 云南 personal sites may not have interactive sections such as
 * forums or blogs (TC). No newer page repeats these, so a warning.
 */
export const PROVINCES = {
  ZJ: [PROVINCE_SOURCES.ZJ.TC],
  HA: [PROVINCE_SOURCES.HA.TC],
  HN: [PROVINCE_SOURCES.HN.TC],
  GZ: [PROVINCE_SOURCES.GZ.TC],
  YN: [PROVINCE_SOURCES.YN.TC],
} satisfies Partial<Record<ProvinceCode, SourceRef[]>>;

export default defineRule({
  id: 'provinces/shared/personal-no-blog-advised',
  evidence: 'older-sources',
  severity: 'warning',
  family: 'service-content',
  scope: { provinces: provincesOf(PROVINCES), natures: ['individual'], serviceKinds: ['website'] },
  reads: ['websites[].serviceContent'],
  texts: {
    'zh-CN': {
      title: '本省个人网站选择“博客/个人空间”可能被退回',
      messages: { blogRisky: '网站{n}选择了“博客/个人空间”；本省较早的规定不允许个人选择该项，建议改为“其他”并在备注说明内容。' },
      why: '腾讯云各省管局要求（约2019年）写明该省个人网站不得选择博客/个人空间；新近页面未再提及，但仍可能被退回。',
      fix: '服务内容改为“其他”，并在网站备注中描述网站内容。',
    },
    en: {
      title: 'Personal websites choosing “blog / personal space” may be sent back here',
      messages: {
        blogRisky:
          'Website {n} chose "blog / personal space"; older rules of this province did not allow it for individuals — prefer "other" with a content description.',
      },
      why: "Tencent's province page (c. 2019) says personal sites here may not choose blog/personal space; newer pages are silent, so a return is still possible.",
      fix: 'Choose "other" and describe the content in the website remark.',
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  check(form) {
    return blogChosen(form, 'blogRisky' as const);
  },
});
