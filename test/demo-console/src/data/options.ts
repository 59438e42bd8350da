/** Option lists of the console's selects and checkbox groups, from the shared vocabulary (labels = what the console shows). */
import { APP_PLATFORMS, LANGUAGES, SERVICE_CONTENT, type Term } from '../../../../rules/model/vocabulary';

export interface Option {
  value: string;
  label: string;
}

export function toOptions(terms: Record<string, Term>, skip: readonly string[] = []): Option[] {
  return Object.entries(terms)
    .filter(([id]) => !skip.includes(id))
    .map(([value, t]) => ({ value, label: t.zh }));
}

/** 网站服务内容 / 服务内容 (the 'APP' entry is the filing's kind, not a content type). */
export const SERVICE_CONTENT_OPTIONS = toOptions(SERVICE_CONTENT, ['app']);
export const LANGUAGE_OPTIONS = toOptions(LANGUAGES);
export const PLATFORM_OPTIONS = toOptions(APP_PLATFORMS);
