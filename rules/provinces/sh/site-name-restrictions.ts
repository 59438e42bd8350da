import { defineRule, type Issue } from '../../engine/types';
import { UNIT_NATURES } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';

/**
 * 上海 unit website names (QingCloud, undated): no "论坛" (a bulletin service needs its own
 * approval), no lottery sites, and the site languages must include Simplified Chinese.
 * The state-word and English-only bans are national rules. Single undated source: warning.
 */
const LOTTERY = ['彩票', '体彩', '福彩', '竞彩'];

export default defineRule({
  id: 'provinces/sh/site-name-restrictions',
  severity: 'warning',
  family: 'names',
  scope: { provinces: ['SH'], natures: UNIT_NATURES, serviceKinds: ['website'] },
  reads: ['websites[].name', 'websites[].languages'],
  texts: {
    'zh-CN': {
      title: '上海单位网站名称与语言的限制',
      messages: {
        forum: '网站名称“{name}”含“论坛”；上海不接受以论坛命名的网站（电子公告服务须另行审批）。',
        lottery: '网站名称“{name}”含“{word}”；上海不受理彩票类网站。',
        noSimplifiedChinese: '网站{n}的语言未包含中文简体；上海要求网站语言包含中文简体。',
      },
      why: '青云上海管局要求：单位网站名称不能含“论坛”、不能是彩票类网站，网站语言须包含中文简体。',
      fix: '去掉名称中的“论坛”或彩票类词语；在网站语言中勾选“中文简体”。',
    },
    en: {
      title: 'Shanghai limits on unit website names and languages',
      messages: {
        forum: 'The website name "{name}" contains 论坛 (forum); Shanghai does not accept sites named as forums (bulletin services need separate approval).',
        lottery: 'The website name "{name}" contains "{word}"; Shanghai does not accept lottery sites.',
        noSimplifiedChinese: 'The languages of website {n} do not include Simplified Chinese, which Shanghai requires.',
      },
      why: "QingCloud's Shanghai page: unit site names may not contain 论坛 or be lottery sites, and the languages must include Simplified Chinese.",
      fix: 'Remove 论坛 or lottery words from the name; tick Simplified Chinese under website languages.',
    },
  },
  sources: [PROVINCE_SOURCES.SH.QC],
  reviewedAt: '2026-11-29',
  check(form) {
    return (form.websites ?? []).flatMap((site, i): Issue<'forum' | 'lottery' | 'noSimplifiedChinese'>[] => {
      const name = site.name ?? '';
      const issues: Issue<'forum' | 'lottery' | 'noSimplifiedChinese'>[] = [];
      if (name.includes('论坛')) issues.push({ field: `websites[${i}].name`, message: 'forum', params: { name } });
      const word = LOTTERY.find((w) => name.includes(w));
      if (word) issues.push({ field: `websites[${i}].name`, message: 'lottery', params: { name, word } });
      if (site.languages && !site.languages.includes('zh-Hans'))
        issues.push({ field: `websites[${i}].languages`, message: 'noSimplifiedChinese', params: { n: i + 1 } });
      return issues;
    });
  },
});
