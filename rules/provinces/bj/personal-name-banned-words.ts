import { defineRule } from '../../engine/types';
import { ORGANISATION_WORDS, QC_PERSONAL_WORDS, T11_PERSONAL_WORDS } from '../../national/_site-names';
import { PROVINCE_SOURCES } from '../_sources';
import { siteNamesContaining } from '../_site';

/**
 * 北京 personal website names: a third-party provider lists words the Beijing 管局 refuses
 * (https://99.my/BeiAn.htm): 合伙、评论、中心、售后、学院、社团、博客、论坛、社区、
 * 返现、团购. Third-party only, so a warning. Words the national personal-name rules
 * already report (社团, 博客, 论坛, 社区) are left to them, so no word is reported twice.
 */
const BEIJING_LIST = ['合伙', '评论', '中心', '售后', '学院', '社团', '博客', '论坛', '社区', '返现', '团购'];
const NATIONAL: readonly string[] = [...T11_PERSONAL_WORDS, ...QC_PERSONAL_WORDS, ...ORGANISATION_WORDS];
const BANNED = BEIJING_LIST.filter((word) => !NATIONAL.includes(word));

export default defineRule({
  id: 'provinces/bj/personal-name-banned-words',
  severity: 'warning',
  family: 'names',
  scope: { provinces: ['BJ'], natures: ['individual'], serviceKinds: ['website'] },
  reads: ['websites[].name'],
  texts: {
    'zh-CN': {
      title: '北京个人网站名称避免使用常被驳回的词',
      messages: { bannedWord: '网站名称“{name}”含有“{word}”，北京个人备案常因此被驳回。' },
      why: '第三方整理的北京个人网站名称禁用词（如“论坛”“社区”“博客”“中心”“团购”）带有交互、经营或机构色彩。',
      fix: '改用体现个人内容的名称，避免这些词。',
    },
    en: {
      title: 'Beijing personal website names: avoid commonly refused words',
      messages: { bannedWord: 'The website name "{name}" contains "{word}", a word Beijing often refuses in personal site names.' },
      why: 'A third-party list of words refused in Beijing personal site names (forum, community, blog, centre, group-buying …): they suggest interactive, commercial or organisational sites.',
      fix: 'Choose a name describing the personal content without these words.',
    },
  },
  sources: [
    {
      url: 'https://99.my/BeiAn.htm',
      title: '北京个人网站名称禁用词（第三方整理）',
      publisher: 'third party',
      evidence: 'T',
      retrieved: '2026-11-29',
      note: 'the page is also served as http://99.my/BeiAn.htm',
    },
    PROVINCE_SOURCES.BJ.HW,
  ],
  reviewedAt: '2026-11-29',
  check(form) {
    return siteNamesContaining(form, BANNED).map(({ index, word }) => ({
      field: `websites[${index}].name`,
      message: 'bannedWord' as const,
      params: { name: form.websites![index]!.name!, word },
    }));
  },
});
