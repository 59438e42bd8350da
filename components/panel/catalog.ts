/**
 * What the panel knows about the rule set itself (not about this form): rule titles,
 * for rules the content script did not run (switched off), and the coverage matrix.
 * Loaded with a dynamic import from main.tsx, so the rule modules land in their own
 * chunk and the panel paints before they are parsed.
 */
import { ALL_RULES } from '../../rules/all-rules';
import type { Bilingual } from '../../rules/engine/types';
import type { CoverageMatrix } from './coverage';

export interface PanelCatalog {
  readonly titles: ReadonlyMap<string, Bilingual>;
  readonly coverage?: CoverageMatrix;
}

export function loadCatalog(): PanelCatalog {
  const titles = new Map<string, Bilingual>(ALL_RULES.map((rule) => [rule.id, { 'zh-CN': rule.texts['zh-CN'].title, en: rule.texts.en.title }]));
  return { titles };
}
