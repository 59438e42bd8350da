import { defineRule, type Issue } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';
import { siteNamesContaining } from '../_site';

/**
 * 西藏 (Huawei P26/P27): the website name must fit the nature of the filing subject. What
 * a form can show: a non-government subject whose site name claims a government or Party
 * body, or a personal subject whose site name claims a company or organisation.
 */
const GOVERNMENT_WORDS = ['人民政府', '政府', '党委', '管委会', '委员会', '人大', '政协', '公安', '法院', '检察院', '局'];
const ORGANISATION_WORDS = ['公司', '集团', '协会', '学校', '医院', '研究院', '研究所', '事务所', '官网', '官方'];

export default defineRule({
  id: 'provinces/xz/site-name-fits-nature',
  severity: 'warning',
  family: 'names',
  scope: { provinces: ['XZ'], serviceKinds: ['website'] },
  reads: ['subject.nature', 'websites[].name'],
  texts: {
    'zh-CN': {
      title: '西藏：网站名称须与主办单位性质相符',
      messages: {
        governmentWord: '网站名称“{name}”含“{word}”，像是党政机关网站，与主办单位性质不符。',
        organisationWord: '网站名称“{name}”含“{word}”，像是单位网站，与个人备案不符。',
      },
      why: '西藏管局要求网站名称与主办单位性质一致：非党政机关不得使用政府类名称，个人不得使用单位类名称。',
      fix: '改用与主体性质相符的名称：企业用企业全称或简称，个人用体现个人内容的名称。',
    },
    en: {
      title: 'Tibet: the website name must fit the subject’s nature',
      messages: {
        governmentWord: 'The website name "{name}" contains "{word}" and reads like a government or Party body’s site, which does not fit the subject.',
        organisationWord: 'The website name "{name}" contains "{word}" and reads like an organisation’s site, which does not fit a personal filing.',
      },
      why: 'Tibet requires the site name to match the subject’s nature: only government bodies may use government-style names, individuals may not use organisation names.',
      fix: 'Choose a name that fits the subject: a company its full or short name, an individual a name describing the personal content.',
    },
  },
  sources: ['P26', 'P27', PROVINCE_SOURCES.XZ.HW],
  reviewedAt: '2026-11-29',
  check(form) {
    const nature = form.subject?.nature;
    if (!nature || nature === 'government' || nature === 'defence') return [];
    const issues: Issue<'governmentWord' | 'organisationWord'>[] = siteNamesContaining(form, GOVERNMENT_WORDS).map(({ index, word }) => ({
      field: `websites[${index}].name`,
      message: 'governmentWord',
      params: { name: form.websites![index]!.name!, word },
    }));
    if (nature === 'individual') {
      for (const { index, word } of siteNamesContaining(form, ORGANISATION_WORDS)) {
        if (!issues.some((i) => i.field === `websites[${index}].name`)) {
          issues.push({ field: `websites[${index}].name`, message: 'organisationWord', params: { name: form.websites![index]!.name!, word } });
        }
      }
    }
    return issues;
  },
});
