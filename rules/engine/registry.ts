import type { Rule } from './types';

/** Rule modules live here, one rule per file; `_`-prefixed files are helpers, `*.test.ts` tests. */
export const RULE_DIRECTORIES = ['national', 'materials', 'provinces'] as const;

/** `./national/site-name-length.ts` or `/abs/rules/provinces/gd/x.ts` → `national/site-name-length`, `provinces/gd/x`. */
export function ruleIdFromPath(path: string): string {
  const normalized = path.replace(/\\/g, '/').replace(/\.ts$/, '');
  const match = new RegExp(`(?:^|/)((?:${RULE_DIRECTORIES.join('|')})/.+)$`).exec(normalized.replace(/^\.\//, ''));
  if (!match) throw new Error(`not a rule path: ${path}`);
  return match[1]!;
}

export function isRuleModulePath(path: string): boolean {
  const file = path.split('/').pop() ?? '';
  return file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('_') && !file.endsWith('.d.ts');
}

/** Sorted by id so every loader yields the same order (national before provinces, then by path). */
export function sortRules(rules: Rule[]): Rule[] {
  return rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
