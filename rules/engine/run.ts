/**
 * The engine: scope → effective dates → reads → check → findings, unknowns and the
 * materials checklist. Pure and synchronous; runs the same in Node and in the page.
 * createEngine() (rules/engine/engine.ts) holds what runs keep; the functions here are
 * the same calls for code that passes the rule list every time: one engine per list
 * (kept while the list is), and describe() state per catalog.
 */
import type { FilingForm } from '../model/filing-form';
import type { ProviderId } from '../model/providers';
import { describeResult, newCatalogCaches, type CatalogCaches, type RuleCatalog } from './describe';
import { createEngine, type Engine } from './engine';
import type { RawResult, RuleLogic, RunResult } from './result';
import type { Rule } from './types';

export { describeRules, type RuleCatalog, type RuleDescription } from './describe';
export { createEngine, type Engine, type EngineOptions, type RunContext } from './engine';
export type {
  Finding,
  MaterialItem,
  MaterialReason,
  NotApplicableReason,
  RawFinding,
  RawMaterialItem,
  RawResult,
  RuleLogic,
  RuleStatus,
  RunResult,
} from './result';

export interface EvaluateOptions {
  readonly today: string;
  readonly rules: readonly RuleLogic[];
  /** Whose console the filing is made in; DEFAULT_PROVIDER when absent. */
  readonly provider?: ProviderId;
}

export interface RunOptions {
  readonly today: string;
  readonly rules: readonly Rule[];
  /** Whose console the filing is made in; DEFAULT_PROVIDER when absent. */
  readonly provider?: ProviderId;
}

const engines = new WeakMap<readonly RuleLogic[], Engine>();

/** The engine of `rules`, made the first time this list is seen. */
export function engineFor(rules: readonly RuleLogic[]): Engine {
  let engine = engines.get(rules);
  if (!engine) {
    engine = createEngine(rules);
    engines.set(rules, engine);
  }
  return engine;
}

/** What the rules decide, as ids and parameters: engineFor(rules).evaluate(). */
export function evaluate(input: FilingForm, options: EvaluateOptions): RawResult {
  return engineFor(options.rules).evaluate(input, options);
}

const catalogCaches = new WeakMap<RuleCatalog, CatalogCaches>();

/** Turns a raw result into text with a catalog; a rule missing from the catalog shows its ids. */
export function describe(raw: RawResult, catalog: RuleCatalog): RunResult {
  let cache = catalogCaches.get(catalog);
  if (!cache) {
    cache = newCatalogCaches();
    catalogCaches.set(catalog, cache);
  }
  return describeResult(raw, catalog, cache);
}

/** evaluate() + describe() with the rules' own texts: the whole engine in one call (Node, tests, panel). */
export function run(input: FilingForm, options: RunOptions): RunResult {
  return engineFor(options.rules).run(input, options);
}
