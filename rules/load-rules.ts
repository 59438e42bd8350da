/** Every bundled rule, loaded at run time from the rule directories (Node: CLI, bench). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isRuleModulePath, RULE_DIRECTORIES, ruleIdFromPath, sortRules } from './engine/registry';
import type { Rule } from './engine/types';

const RULES_ROOT = fileURLToPath(new URL('.', import.meta.url));

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export async function loadAllRules(): Promise<Rule[]> {
  const paths = RULE_DIRECTORIES.flatMap((dir) => listFiles(join(RULES_ROOT, dir))).filter(isRuleModulePath);
  const rules = await Promise.all(
    paths.map(async (path) => {
      const rule = (await import(pathToFileURL(path).href)).default as Rule | undefined;
      const id = ruleIdFromPath(relative(RULES_ROOT, path));
      if (!rule || rule.id !== id) throw new Error(`${path} must default-export a rule with id ${id}`);
      return rule;
    }),
  );
  return sortRules(rules);
}
