import { flatMap } from '../checks/arrays';
import { defineRule, type Issue } from '../engine/types';
import { isLatinAndDigitsOnly, symbolsIn } from '../checks/text';
import { namedWebsites } from './_site-names';

/**
 * "No special symbols" (Huawei P18/P45; Tencent, QingCloud) comes without a list, so this
 * rule is conservative and warns rather than errs:
 * - allowed: letters of any script (Han, Latin, Uyghur, Tibetan…), digits, spaces, and the
 *   middle dot "·" — it is part of many people's registered names (阿依古丽·买买提), which
 *   personal site names often carry;
 * - anything else is listed: ASCII symbols (@ # & _ / …), emoji, and also Chinese
 *   punctuation (《》（）、—), which reviewers treat differently from one province to another.
 * It also warns when a name has no Chinese at all but mixes Latin letters and digits
 * ("web2"): not "pure" digits or English in the letter of the naming rule (P18, P40, P45), yet read that way.
 */
export default defineRule({
  id: 'national/site-name-characters',
  severity: 'warning',
  family: 'names',
  scope: { serviceKinds: ['website'] },
  reads: ['websites[].name'],
  texts: {
    'zh-CN': {
      title: '网站名称避免特殊符号，应含中文',
      messages: {
        specialSymbols: '网站名称“{name}”含有符号 {symbols}，可能被认定为特殊符号而驳回。',
        noChinese: '网站名称“{name}”只有英文字母和数字，没有中文，可能被视为纯英文/数字名称而驳回。',
      },
      why: '网站名称不得包含特殊符号、不得为纯英文或纯数字；各管局对标点的把握不一，含符号或无中文的名称常被以“网站名称不符合要求”驳回。',
      fix: '删除名称中的符号（可用空格或“·”分隔），并使用能反映网站内容的中文名称。',
    },
    en: {
      title: 'Avoid special symbols in the website name; include Chinese',
      messages: {
        specialSymbols: 'The website name "{name}" contains {symbols}, which may be taken as special symbols and rejected.',
        noChinese: 'The website name "{name}" has only Latin letters and digits and no Chinese; it may be treated as an English/digits-only name and rejected.',
      },
      why: 'Website names may not contain special symbols or be English or digits only; 管局 differ on punctuation, and names with symbols or without Chinese are often rejected as "网站名称不符合要求".',
      fix: 'Remove the symbols (a space or "·" may separate words) and use a Chinese name that reflects the content.',
    },
  },
  sources: ['P18', 'P45', 'TC-naming'],
  reviewedAt: '2026-11-29',
  check(form) {
    return flatMap(namedWebsites(form), (site) => {
      const issues: Issue<'specialSymbols' | 'noChinese'>[] = [];
      const symbols = symbolsIn(site.name, '·');
      if (symbols.length > 0) issues.push({ field: site.field, message: 'specialSymbols' as const, params: { name: site.name, symbols: symbols.join(' ') } });
      if (isLatinAndDigitsOnly(site.name)) issues.push({ field: site.field, message: 'noChinese' as const, params: { name: site.name } });
      return issues;
    });
  },
});
