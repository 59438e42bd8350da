import type { Lang, Params } from './types';

/** Fills `{name}` placeholders for one language; an unknown placeholder is left as written so tests notice it. */
export function formatMessage(template: string, params: Params = {}, lang: Lang = 'zh-CN'): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}

/** The placeholder names a template uses. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}
