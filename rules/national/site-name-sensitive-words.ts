import { flatMap } from '../checks/arrays';
import { defineRule } from '../engine/types';
import { firstContained } from '../checks/text';
import { namedWebsites, QC_SITE_NAME, SENSITIVE_WORDS } from './_site-names';

/**
 * Sensitive words in a website name are rejected (Huawei P18/P40/P45: "e.g. 反腐, 赌博").
 * Only words a source names are listed (see _site-names.ts). 反腐 and 廉政 describe the
 * work of party and state bodies (纪委监委 sites are commonly called "…廉政网"), so
 * government and defence subjects and declared national-level units may use them;
 * 赌博 and 色情 are barred for everyone.
 */
const STATE_DUTY_WORDS: readonly string[] = ['反腐', '廉政'];

export default defineRule({
  id: 'national/site-name-sensitive-words',
  severity: 'error',
  family: 'names',
  scope: { serviceKinds: ['website'] },
  reads: ['websites[].name'],
  alsoReads: ['declarations.nationalLevelUnit'],
  texts: {
    'zh-CN': {
      title: '网站名称不能含有敏感词',
      messages: {
        sensitiveWord: '网站名称“{name}”含有敏感词“{word}”。',
      },
      why: '网站名称含有反腐、赌博、廉政、色情等敏感词，会以“网站名称不符合要求”被驳回。',
      fix: '删除敏感词，改用能如实反映网站内容的名称。',
    },
    en: {
      title: 'The website name may not contain sensitive words',
      messages: {
        sensitiveWord: 'The website name "{name}" contains the sensitive word "{word}".',
      },
      why: 'Names with sensitive words such as 反腐 (anti-corruption), 赌博 (gambling), 廉政 (clean government) or 色情 (pornography) are rejected as "网站名称不符合要求".',
      fix: 'Remove the sensitive word and use a name that truthfully reflects the content.',
    },
  },
  sources: ['P18', 'P40', 'P45', QC_SITE_NAME],
  reviewedAt: '2026-11-29',
  check(form) {
    const stateBody = form.declarations?.nationalLevelUnit === true || form.subject?.nature === 'government' || form.subject?.nature === 'defence';
    const words = SENSITIVE_WORDS.filter((w) => !(stateBody && STATE_DUTY_WORDS.includes(w)));
    return flatMap(namedWebsites(form), (site) => {
      const word = firstContained(site.name, words);
      return word ? [{ field: site.field, message: 'sensitiveWord' as const, params: { name: site.name, word } }] : [];
    });
  },
});
