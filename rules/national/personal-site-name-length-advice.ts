import { defineRule } from '../engine/types';
import { charLength } from '../checks/text';
import { namedWebsites } from './_site-names';

/**
 * Huawei's rejection FAQ suggests 3–10 characters for personal site names (K-驳回). It is
 * advice, not a rejection reason, so it is its own info rule; names under 3 characters
 * are the error of national/site-name-min-length and are not repeated here.
 */
export default defineRule({
  id: 'national/personal-site-name-length-advice',
  severity: 'info',
  family: 'names',
  scope: { natures: ['individual'], serviceKinds: ['website'] },
  reads: ['websites[].name'],
  texts: {
    'zh-CN': {
      title: '个人网站名称建议3～10个字符',
      messages: {
        longerThanAdvised: '网站名称“{name}”有{length}个字符，个人网站名称建议不超过10个字符。',
      },
      why: '华为云的备案说明建议个人网站名称控制在3～10个字符；简短、能概括内容的名称更容易通过审核。',
      fix: '精简名称，保留能说明网站内容的部分，例如“张三的技术笔记”。',
    },
    en: {
      title: 'Personal website names work best with 3–10 characters',
      messages: {
        longerThanAdvised: 'The website name "{name}" has {length} characters; personal sites are advised to stay within 10.',
      },
      why: "Huawei Cloud's filing documentation suggests 3–10 characters for personal site names; short names that sum up the content pass review more easily.",
      fix: 'Shorten the name to the part that says what the site is about, e.g. "张三的技术笔记".',
    },
  },
  citations: { 'zh-CN': ['华为云的备案说明'], en: ["Huawei Cloud's filing documentation"] },
  sources: ['K-驳回'],
  reviewedAt: '2026-11-29',
  check(form) {
    return namedWebsites(form)
      .map((site) => ({ site, length: charLength(site.name.replace(/\s+/g, '')) }))
      .filter(({ length }) => length > 10)
      .map(({ site, length }) => ({ field: site.field, message: 'longerThanAdvised' as const, params: { name: site.name, length } }));
  },
});
