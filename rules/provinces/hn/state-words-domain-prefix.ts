import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';
import { orderDomains } from '../_site';

/**
 * 湖南 (QingCloud, undated): units that are not national-level may not use 中国/中央/国家/
 * 中华/人大/人民 or 反腐/纪检/监察/信访/维权/投诉 as domain prefixes either — in pinyin or
 * English. The site-name version of the ban is national. Single undated source: warning.
 */
const PREFIXES = ['zhongguo', 'china', 'zhongyang', 'guojia', 'zhonghua', 'renda', 'renmin', 'fanfu', 'jijian', 'jiancha', 'xinfang', 'weiquan', 'tousu'];

export default defineRule({
  id: 'provinces/hn/state-words-domain-prefix',
  severity: 'warning',
  family: 'domains',
  scope: { provinces: ['HN'] },
  reads: ['websites[].domains'],
  alsoReads: ['declarations.nationalLevelUnit'],
  texts: {
    'zh-CN': {
      title: '湖南：域名前缀不能使用国家级或监督类词语',
      messages: { statePrefix: '域名 {domain} 以“{word}”开头；湖南不允许非国家级单位用中国、国家、人民、信访、维权等词（含拼音）作域名前缀。' },
      why: '青云湖南管局要求：非国家机关不得以中国/中央/国家/中华/人大/人民/反腐/纪检/监察/信访/维权/投诉作域名前缀。',
      fix: '更换不含这些词的域名；国家级单位请准备盖章的单位证明。',
    },
    en: {
      title: 'Hunan: no state or oversight words as domain prefixes',
      messages: {
        statePrefix:
          'The domain {domain} starts with "{word}"; Hunan does not let non-national units use China / state / people / petition / rights words (also in pinyin) as domain prefixes.',
      },
      why: "QingCloud's Hunan page: non-state bodies may not use 中国/中央/国家/中华/人大/人民/反腐/纪检/监察/信访/维权/投诉 as domain prefixes.",
      fix: 'Use a domain without these words; national-level units prepare a stamped proof of status.',
    },
  },
  sources: [PROVINCE_SOURCES.HN.QC],
  reviewedAt: '2026-11-29',
  check(form) {
    if (form.declarations?.nationalLevelUnit === true) return [];
    return orderDomains(form).flatMap((d) => {
      const word = PREFIXES.find((p) => d.prefix.startsWith(p));
      return word ? [{ field: d.field, message: 'statePrefix' as const, params: { domain: d.domain, word } }] : [];
    });
  },
});
