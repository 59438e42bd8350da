/** `t` for the inline warnings: their few strings only (assets/ui/inline-strings.ts), so a content script bundles no panel text. */
import { inlineEn, inlineZhCN, type InlineStringKey } from '../../assets/ui/inline-strings';
import { formatMessage } from '../../rules/engine/format';
import type { Lang, Params } from '../../rules/engine/types';

const STRINGS: Readonly<Record<Lang, Readonly<Record<InlineStringKey, string>>>> = { 'zh-CN': inlineZhCN, en: inlineEn };

export function t(lang: Lang, key: InlineStringKey, params?: Params): string {
  return formatMessage(STRINGS[lang][key] ?? inlineZhCN[key], params, lang);
}
