import { flatMap } from '../checks/arrays';
import { defineRule } from '../engine/types';
import { compact } from '../checks/text';
import { namedWebsites, QC_SITE_NAME, STATE_FUNCTION_WORDS, STATE_WORDS } from './_site-names';

/**
 * Beyond the prefix rule (national/site-name-state-prefix, Huawei, error), Tencent and
 * QingCloud bar state-level words anywhere in the names of non-state subjects, and
 * QingCloud adds words of state functions (纪检, 监察, 信访) and public-interest claims
 * (维权, 投诉). Third-party only, hence a warning. Not reported:
 * - for government and defence subjects and declared national-level units (their names
 *   are 人民政府, 人大常委会, 信访局 by nature);
 * - for a word the subject's own registered name contains (深圳市人民医院 may call its
 *   site 深圳市人民医院官网): the registration authority has already accepted it;
 * - for a state word at the very start, which is the prefix rule's error.
 */
const WORD_LISTS = [
  ['stateWord', STATE_WORDS],
  ['functionWord', STATE_FUNCTION_WORDS],
] as const;

export default defineRule({
  id: 'national/site-name-state-words',
  severity: 'warning',
  family: 'names',
  scope: { serviceKinds: ['website'] },
  reads: ['websites[].name'],
  alsoReads: ['declarations.nationalLevelUnit', 'subject.name'],
  texts: {
    'zh-CN': {
      title: '网站名称避免国家性词汇和国家职能词汇',
      messages: {
        stateWord: '网站名称“{name}”含有“{word}”；非国家级单位和个人的网站名称通常不允许使用此类词汇。',
        functionWord: '网站名称“{name}”含有“{word}”；此类涉及国家职能或公共利益的词汇通常需要主管部门同意。',
      },
      why: '多家接入商的命名规范要求：非国家单位和个人不得在网站名称中使用中国、中华、中央、国家、人民、人大等词汇，也不得使用纪检、监察、信访、维权、投诉等词汇，否则会以“网站名称不符合要求”被驳回。',
      fix: '删除这些词汇，改用单位简称或能反映网站内容的名称；确需使用的，需准备主管部门的书面同意材料。',
    },
    en: {
      title: 'Avoid state-level and state-function words in the website name',
      messages: {
        stateWord: 'The website name "{name}" contains "{word}"; names of non-state units and of persons usually may not use such words.',
        functionWord:
          'The website name "{name}" contains "{word}"; words about state functions or public-interest claims usually need the competent authority’s consent.',
      },
      why: 'Several providers’ naming rules bar non-state units and persons from 中国, 中华, 中央, 国家, 人民, 人大 in site names, and from 纪检, 监察, 信访, 维权, 投诉; such names are rejected as "网站名称不符合要求".',
      fix: 'Remove the words and use the unit’s short name or a name that reflects the content; if the word is needed, prepare the competent authority’s written consent.',
    },
  },
  sources: ['TC-naming', QC_SITE_NAME],
  reviewedAt: '2026-11-29',
  check(form) {
    const nature = form.subject?.nature;
    if (form.declarations?.nationalLevelUnit === true || nature === 'government' || nature === 'defence') return [];
    const ownName = compact(form.subject?.name ?? '');
    return flatMap(namedWebsites(form), (site) => {
      const name = compact(site.name);
      const prefix = STATE_WORDS.find((w) => name.startsWith(w));
      const rest = prefix ? name.slice(prefix.length) : name;
      return flatMap(WORD_LISTS, ([message, words]) =>
        words
          .filter((word) => rest.includes(word) && !ownName.includes(word))
          .map((word) => ({ field: site.field, message, params: { name: site.name, word } })),
      );
    });
  },
});
