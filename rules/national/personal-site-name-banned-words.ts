import { defineRule } from '../engine/types';
import { allContained } from '../checks/text';
import { namedWebsites, ORGANISATION_WORDS, QC_PERSONAL_WORDS, QC_SITE_NAME, T11_PERSONAL_WORDS } from './_site-names';

/**
 * Words that providers bar from personal site names everywhere: the third-party
 * nationwide list (T11) and QingCloud's longer list. Huawei publishes province lists
 * only partly (P35, T11), and Tencent's own naming examples use some of these words
 * ("…的工作室"), so this is a warning. Province lists (河南 …) are province rules.
 * Words that are also organisation words (社区, 社团) are reported by the error rule
 * national/personal-site-name-organisation-words instead, not twice.
 */
const WORDS = [...new Set<string>([...T11_PERSONAL_WORDS, ...QC_PERSONAL_WORDS])].filter((word) => !(ORGANISATION_WORDS as readonly string[]).includes(word));

export default defineRule({
  id: 'national/personal-site-name-banned-words',
  severity: 'warning',
  family: 'names',
  scope: { natures: ['individual'], serviceKinds: ['website'] },
  reads: ['websites[].name'],
  texts: {
    'zh-CN': {
      title: '个人网站名称避免使用导航、论坛、平台等词语',
      messages: {
        bannedWord: '个人网站名称“{name}”含有通常禁止个人使用的词语：{words}。',
      },
      why: '导航、工作室、论坛、平台、热线、网络、网站、网址、主页、资讯、博客、在线、交流等词语暗示门户、社区或经营性服务，超出个人网站范围；多家接入商将其列为个人网站名称禁用词，使用后常以“网站名称不符合要求”被驳回。',
      fix: '删除这些词语，用描述具体内容的名称（如“张三的前端笔记”“李四的旅行摄影”）。',
    },
    en: {
      title: 'Avoid words like 导航, 论坛, 平台 in personal website names',
      messages: {
        bannedWord: 'The personal website name "{name}" contains words usually barred for individuals: {words}.',
      },
      why: 'Words such as 导航 (directory), 工作室 (studio), 论坛 (forum), 平台 (platform), 热线, 网络, 网站, 网址, 主页, 资讯 (news), 博客 (blog), 在线, 交流 suggest a portal, community or business beyond a personal site; providers list them as barred for personal names, and such names are often rejected as "网站名称不符合要求".',
      fix: 'Remove the words and describe the actual content instead (e.g. "张三的前端笔记", "李四的旅行摄影").',
    },
  },
  sources: ['T11', QC_SITE_NAME, 'P35', 'K-驳回'],
  reviewedAt: '2026-11-29',
  check(form) {
    return namedWebsites(form).flatMap((site) => {
      const words = allContained(site.name, WORDS);
      return words.length > 0 ? [{ field: site.field, message: 'bannedWord' as const, params: { name: site.name, words: words.join('、') } }] : [];
    });
  },
});
