/**
 * UI strings by language. Rule texts come bilingual with each finding (`pick`); the
 * chrome around them comes from assets/ui/strings.*.ts (`t`). Both languages are
 * bundled: together they are a few KB, and switching needs no reload.
 */
import { en } from '../assets/ui/strings.en';
import { zhCN, type UiStringKey } from '../assets/ui/strings.zh-CN';
import { formatMessage } from '../rules/engine/format';
import type { Bilingual, Lang, Params } from '../rules/engine/types';
import { fieldLabel } from '../rules/model/fields';

export type { UiStringKey };
export const UI_STRINGS: Readonly<Record<Lang, Readonly<Record<UiStringKey, string>>>> = { 'zh-CN': zhCN, en };

/** A UI string with `{placeholders}` filled. */
export function t(lang: Lang, key: UiStringKey, params?: Params): string {
  return formatMessage(UI_STRINGS[lang][key] ?? zhCN[key], params, lang);
}

/** One language of a rule text, Chinese when the other is empty. */
export function pick(text: Bilingual, lang: Lang): string {
  return text[lang] || text['zh-CN'];
}

/** Field labels joined for a sentence (`主体负责人手机号码、网站 1 · 网站名称`). */
export function fieldList(fields: readonly string[], lang: Lang): string {
  return fields.map((field) => fieldLabel(field, lang)).join(lang === 'zh-CN' ? '、' : ', ');
}
