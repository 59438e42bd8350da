import { defineRule } from '../engine/types';
import { allContained } from '../checks/text';
import { namedWebsites, ORGANISATION_WORDS, QC_SITE_NAME } from './_site-names';

/**
 * A personal site may not look like a company's or an organisation's (Huawei P18, P45, K-驳回; the
 * same line in Tencent's and QingCloud's naming rules): a person files no company,
 * club or community. The words are listed in _site-names.ts with who names them.
 */
export default defineRule({
  id: 'national/personal-site-name-organisation-words',
  severity: 'error',
  family: 'names',
  scope: { natures: ['individual'], serviceKinds: ['website'] },
  reads: ['websites[].name'],
  texts: {
    'zh-CN': {
      title: '个人网站名称不能含有公司、组织类词语',
      messages: {
        organisationWord: '个人网站名称“{name}”含有单位或组织类词语：{words}。',
      },
      why: '个人备案只能开办个人性质的网站；名称中出现公司、企业、俱乐部、社区、组织等词语，会被认为超出个人范围，以“网站名称不符合要求”驳回。',
      fix: '删除这些词语，使用体现个人内容的名称（如“张三的摄影作品”）；若网站确实属于公司或组织，请以该单位为主体备案。',
    },
    en: {
      title: 'Personal website names may not contain company or organisation words',
      messages: {
        organisationWord: 'The personal website name "{name}" contains company or organisation words: {words}.',
      },
      why: 'A personal filing may only run a personal site; words such as 公司 (company), 企业, 俱乐部 (club), 社区 (community) or 组织 take it beyond personal scope and are rejected as "网站名称不符合要求".',
      fix: 'Remove those words and use a name about your own content (e.g. "张三的摄影作品"); if the site really belongs to a company or organisation, file it under that unit.',
    },
  },
  sources: ['P18', 'P45', 'K-驳回', 'TC-naming', QC_SITE_NAME],
  reviewedAt: '2026-11-29',
  check(form) {
    return namedWebsites(form).flatMap((site) => {
      const words = allContained(site.name, ORGANISATION_WORDS);
      return words.length > 0 ? [{ field: site.field, message: 'organisationWord' as const, params: { name: site.name, words: words.join('、') } }] : [];
    });
  },
});
