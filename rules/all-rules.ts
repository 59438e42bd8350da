/**
 * Every bundled rule, for code built by Vite (the extension, vitest): Vite's
 * import.meta.glob resolves the modules at build time. Node tools (CLI, bench) use
 * load-rules.ts, which reads the same directories at run time; a meta-test checks
 * that both see the same rules.
 */
import { isRuleModulePath, ruleIdFromPath, sortRules } from './engine/registry';
import type { Rule } from './engine/types';

const modules = import.meta.glob<Rule>(['./national/**/*.ts', './materials/**/*.ts', './provinces/**/*.ts', '!./**/*.test.ts', '!./**/_*.ts'], {
  eager: true,
  import: 'default',
});

export const ALL_RULES: readonly Rule[] = sortRules(
  Object.entries(modules)
    .filter(([path]) => isRuleModulePath(path))
    .map(([path, rule]) => {
      if (!rule || rule.id !== ruleIdFromPath(path)) throw new Error(`${path} must default-export a rule with id ${ruleIdFromPath(path)}`);
      return rule;
    }),
);
