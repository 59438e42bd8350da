import { defineRule, type Issue } from '../engine/types';
import { compact, emojisIn, firstContained, hasLatinWord } from '../checks/text';

/**
 * APP名称 must be the app's real name (R-rules, K-APP; Huawei KB, App名称有何要求): no placeholders,
 * no emoji, no pricing or marketing words. The KB gives the categories without word
 * lists, so the lists below are this rule's reading of them and the rule warns.
 * Not checked: "generic or popular names without distinctiveness" (needs judgement) and
 * "the same name on every platform" (the form holds one name per app).
 * Placeholders: words people leave in while building (测试版, 未命名, Demo). A name that
 * begins with 测试 is taken as a test build; a quiz app ("性格测试") is not flagged.
 */
const PLACEHOLDERS_ZH = ['未命名', '待定', '新建应用', '应用名称', 'APP名称', '测试版', '测试应用', '测试APP', '演示版'];
const PLACEHOLDERS_LATIN = ['test', 'demo', 'untitled', 'sample', 'xxx', 'tbd', 'todo'];
const MARKETING_ZH = ['免费', '限时', '折扣', '打折', '特价', '促销', '秒杀', '包邮', '优惠', '低价', '返现'];
const MARKETING_LATIN = ['free', 'sale'];

function placeholderIn(name: string): string | undefined {
  if (compact(name).startsWith('测试')) return '测试';
  return firstContained(name, PLACEHOLDERS_ZH) ?? PLACEHOLDERS_LATIN.find((w) => hasLatinWord(name, w));
}

export default defineRule({
  id: 'national/app-name',
  severity: 'warning',
  family: 'apps',
  scope: { serviceKinds: ['app'] },
  reads: ['apps[].name'],
  texts: {
    'zh-CN': {
      title: 'APP名称应为正式名称，不含表情、占位词和营销词',
      messages: {
        emoji: 'APP名称“{name}”含有表情符号 {emoji}。',
        placeholder: 'APP名称“{name}”含有“{word}”，像是占位或测试名称。',
        marketingWord: 'APP名称“{name}”含有定价或营销词语“{word}”。',
      },
      why: 'APP备案名称须与应用实际名称一致，不得含占位符、表情符号，不得含定价或营销属性词汇；不符合的名称会被驳回，且工信部会核验APP名称。',
      fix: '填写APP在各应用商店上架时使用的正式名称（各平台一致），去掉表情、“测试版”“Demo”等占位词和“免费”“限时”“折扣”等营销词。',
    },
    en: {
      title: 'The app name must be the real name, without emoji, placeholders or marketing words',
      messages: {
        emoji: 'The app name "{name}" contains the emoji {emoji}.',
        placeholder: 'The app name "{name}" contains "{word}", which looks like a placeholder or test name.',
        marketingWord: 'The app name "{name}" contains the pricing or marketing word "{word}".',
      },
      why: 'The filed app name must equal the app’s real name and may not contain placeholders, emoji, or pricing or marketing words; such names are rejected, and MIIT verifies the app name.',
      fix: 'Enter the official name the app is listed under in the stores (the same on every platform), without emoji, placeholders such as 测试版 or Demo, or marketing words such as 免费 (free), 限时 (limited time) or 折扣 (discount).',
    },
  },
  sources: ['K-APP', 'R-rules', 'P12'],
  reviewedAt: '2026-11-29',
  check(form) {
    return (form.apps ?? []).flatMap((app, i) => {
      const name = app.name;
      if (!name) return [];
      const field = `apps[${i}].name`;
      const issues: Issue<'emoji' | 'placeholder' | 'marketingWord'>[] = [];
      const emoji = emojisIn(name);
      if (emoji.length > 0) issues.push({ field, message: 'emoji' as const, params: { name, emoji: emoji.join(' ') } });
      const placeholder = placeholderIn(name);
      if (placeholder) issues.push({ field, message: 'placeholder' as const, params: { name, word: placeholder } });
      const marketing = firstContained(name, MARKETING_ZH) ?? MARKETING_LATIN.find((w) => hasLatinWord(name, w));
      if (marketing) issues.push({ field, message: 'marketingWord' as const, params: { name, word: marketing } });
      return issues;
    });
  },
});
