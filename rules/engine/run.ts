/**
 * The engine: scope → effective dates → reads → check → findings, unknowns and the
 * materials checklist. Pure and synchronous; runs the same in Node and in the page.
 * evaluate() decides (rules/engine/evaluate.ts), describe() words it
 * (rules/engine/describe.ts); run() does both with the rules' own texts.
 */
import type { FilingForm } from '../model/filing-form';
import { describe, describeRules, type RuleCatalog } from './describe';
import { evaluate } from './evaluate';
import type { RunResult } from './result';
import type { Rule } from './types';

export { describe, describeRules, type RuleCatalog, type RuleDescription } from './describe';
export { evaluate, type EvaluateOptions } from './evaluate';
export type { Finding, MaterialItem, MaterialReason, NotApplicableReason, RawFinding, RawMaterialItem, RawResult, RuleLogic, RuleStatus, RunResult } from './result';

export interface RunOptions {
  readonly today: string;
  readonly rules: readonly Rule[];
}

const catalogs = new WeakMap<readonly Rule[], RuleCatalog>();

/** evaluate() + describe() with the rules' own texts: the whole engine in one call (Node, tests, panel). */
export function run(input: FilingForm, options: RunOptions): RunResult {
  let catalog = catalogs.get(options.rules);
  if (!catalog) {
    catalog = describeRules(options.rules);
    catalogs.set(options.rules, catalog);
  }
  return describe(evaluate(input, options), catalog);
}
