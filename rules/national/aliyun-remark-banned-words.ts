import { flatMap } from '../checks/arrays';
import { allContained, compact } from '../checks/text';
import { defineRule, type Issue } from '../engine/types';
import { QC_SITE_NAME, SENSITIVE_WORDS, STATE_FUNCTION_WORDS, STATE_WORDS } from './_site-names';

/** 反腐, 廉政: words of a state body's own duty (as in national/site-name-sensitive-words). */
const STATE_DUTY_WORDS: readonly string[] = ['反腐', '廉政'];
/** Compounds that contain a state word but are not one (人民币 is a currency, not 人民). */
const NOT_STATE_WORDS = /人民币/gu;

/**
 * Alibaba Cloud bars the words it bars from website names in the remarks (备注) as well (a
 * third party quoting Alibaba Cloud; its naming rules and banned words are on ALI-website-info):
 * a warning. The words are the lists the website-name rules use (rules/national/_site-names.ts:
 * STATE_WORDS, STATE_FUNCTION_WORDS, SENSITIVE_WORDS), with their exceptions: government and
 * defence subjects and declared national-level units may use state and duty words, and a word
 * the subject's own registered name contains is not reported. The personal-name lists (博客,
 * 网站, 企业 …) are not used: a remark describing a personal site needs those words.
 */
export default defineRule({
  id: 'national/aliyun-remark-banned-words',
  severity: 'warning',
  family: 'names',
  scope: { providers: ['aliyun'] },
  reads: [],
  alsoReads: ['subject.remark', 'websites[].remark', 'subject.name', 'declarations.nationalLevelUnit'],
  texts: {
    'zh-CN': {
      title: '备注中同样不能出现网站名称禁用的词语',
      messages: {
        bannedWord: '备注中含有网站名称禁用的词语：{words}。{provider}对备注与网站名称适用同一份禁用词。',
      },
      why: '{provider}要求主体备注和网站备注同样不出现网站名称禁用的词语；这里检查的是网站名称规则使用的词表：国家性词汇（中国、中华、中央、国家、人民、人大）、国家职能词汇（纪检、监察、信访、维权、投诉）和敏感词。备注中出现这些词会被要求修改。',
      fix: '改写备注，删去这些词语，用平实的话说明网站内容或补充情况（例如用“面向国内用户”代替“面向全中国用户”）。',
    },
    en: {
      title: 'Remarks may not carry the words barred from website names either',
      messages: {
        bannedWord: 'The remark contains words barred from website names: {words}. {provider} applies the same banned words to remarks as to website names.',
      },
      why: '{provider} bars from the subject and website remarks the words barred from website names; this checks the lists the website-name rules use: state-level words (中国, 中华, 中央, 国家, 人民, 人大), state-function words (纪检, 监察, 信访, 维权, 投诉) and sensitive words. A remark with them has to be rewritten.',
      fix: 'Rewrite the remark without these words, describing the content or circumstances plainly (e.g. "for users in the country" instead of "for users across 中国").',
    },
  },
  sources: ['ALI-website-info', 'TC-naming', QC_SITE_NAME],
  reviewedAt: '2026-12-07',
  check(form) {
    const nature = form.subject?.nature;
    const stateBody = form.declarations?.nationalLevelUnit === true || nature === 'government' || nature === 'defence';
    const ownName = compact(form.subject?.name ?? '');
    const words = [
      ...(stateBody ? [] : [...STATE_WORDS, ...STATE_FUNCTION_WORDS]),
      ...SENSITIVE_WORDS.filter((word) => !(stateBody && STATE_DUTY_WORDS.includes(word))),
    ].filter((word) => !ownName.includes(word));
    const remarks = [
      { field: 'subject.remark', remark: form.subject?.remark },
      ...(form.websites ?? []).map((site, i) => ({ field: `websites[${i}].remark`, remark: site.remark })),
    ];
    return flatMap(remarks, ({ field, remark }): Issue<'bannedWord'>[] => {
      if (!remark) return [];
      const found = allContained(compact(remark).replace(NOT_STATE_WORDS, ''), words);
      return found.length > 0 ? [{ field, message: 'bannedWord', params: { words: found.join('、') } }] : [];
    });
  },
});
