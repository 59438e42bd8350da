/**
 * What the panel knows about the rule set itself (not about this form): rule titles,
 * for rules the content script did not run (switched off), and the coverage matrix.
 * Loaded with a dynamic import (main.tsx), so the rule modules land in their own chunk, and
 * only when wanted (panel-app.tsx: switched-off rules, or the coverage section near the
 * screen): findings carry their own texts, so the panel opens without it.
 */
import { ALL_RULES } from '../../rules/all-rules';
import { coverageMatrix, type CoverageMatrix } from '../../rules/coverage';
import type { Bilingual, Rule, RuleFamily } from '../../rules/engine/types';

export interface PanelCatalog {
  readonly titles: ReadonlyMap<string, Bilingual>;
  readonly coverage?: CoverageMatrix;
  /** National rules (no province scope) per family: they apply in every province. */
  readonly national?: Partial<Record<RuleFamily, number>>;
}

export function catalogOf(rules: readonly Rule[]): PanelCatalog {
  const titles = new Map<string, Bilingual>(rules.map((rule) => [rule.id, { 'zh-CN': rule.texts['zh-CN'].title, en: rule.texts.en.title }]));
  const national: Partial<Record<RuleFamily, number>> = {};
  for (const rule of rules) if (!rule.scope.provinces) national[rule.family] = (national[rule.family] ?? 0) + 1;
  return { titles, coverage: coverageMatrix(rules), national };
}

export function loadCatalog(): PanelCatalog {
  return catalogOf(ALL_RULES);
}
