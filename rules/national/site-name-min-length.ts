import { defineRule } from '../engine/types';
import { charLength } from '../checks/text';
import { namedWebsites } from './_site-names';

/**
 * 网站名称 needs at least three characters (Huawei P45; Tencent and QingCloud say the
 * same). Every character counts one, Han or Latin; spaces do not count, since a reviewer
 * reads "A B" as two characters.
 */
export default defineRule({
  id: 'national/site-name-min-length',
  severity: 'error',
  family: 'names',
  scope: { serviceKinds: ['website'] },
  reads: ['websites[].name'],
  texts: {
    'zh-CN': {
      title: '网站名称至少3个字符',
      messages: {
        tooShort: '网站名称“{name}”只有{length}个字符，至少需要3个字符。',
      },
      why: '网站名称少于3个字符会以“网站名称不符合要求”被驳回。',
      fix: '把名称写完整，使其能反映网站内容，例如“张三的技术笔记”“示例科技官网”。',
    },
    en: {
      title: 'The website name needs at least 3 characters',
      messages: {
        tooShort: 'The website name "{name}" has {length} characters; at least 3 are needed.',
      },
      why: 'Names shorter than 3 characters are rejected as "网站名称不符合要求" (website name does not meet the requirements).',
      fix: 'Write the name out so that it reflects the content, e.g. "张三的技术笔记" or "示例科技官网".',
    },
  },
  sources: ['P45', 'TC-naming', 'K-驳回'],
  reviewedAt: '2026-11-29',
  check(form) {
    return namedWebsites(form)
      .map((site) => ({ site, length: charLength(site.name.replace(/\s+/g, '')) }))
      .filter(({ length }) => length < 3)
      .map(({ site, length }) => ({ field: site.field, message: 'tooShort' as const, params: { name: site.name, length } }));
  },
});
