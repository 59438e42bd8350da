/**
 * An engine: one list of rules and everything kept between its runs (scope plans, input
 * tapes, rule outcomes, described findings). Two engines over the same rules share none
 * of it, so one engine per form being typed (a tab) keeps each incremental.
 */
import type { FilingForm } from '../model/filing-form';
import { DEFAULT_PROVIDER, type ProviderId } from '../model/providers';
import { describeResult, describeRules, newCatalogCaches, type CatalogCaches, type RuleCatalog } from './describe';
import { evaluateForm } from './evaluate';
import { newPlans } from './plan';
import type { RawResult, RuleLogic, RunResult } from './result';
import type { Rule, RuleContext } from './types';

/** What a run is for: the day, and whose console (DEFAULT_PROVIDER when absent). */
export interface RunContext {
  readonly today: string;
  readonly provider?: ProviderId;
}

const ruleContext = (ctx: RunContext): RuleContext => ({ today: ctx.today, provider: ctx.provider ?? DEFAULT_PROVIDER });

export interface Engine {
  readonly rules: readonly RuleLogic[];
  /** What the rules decide on `form`, as ids and parameters (rules/engine/result.ts). */
  evaluate(form: FilingForm, ctx: RunContext): RawResult;
  /** `raw` in words, from the engine's catalog (a rule missing from it shows its ids). */
  describe(raw: RawResult): RunResult;
  /** evaluate() then describe(). */
  run(form: FilingForm, ctx: RunContext): RunResult;
  /**
   * This engine without the rules `ruleIds` (switched off by the user): this engine itself
   * when the list is empty, else an engine of its own, the same one while the list stays
   * the same.
   */
  without(ruleIds: readonly string[]): Engine;
}

export interface EngineOptions {
  /** The rules' words, when `rules` are logic only; by default made from the rules (full Rule objects). */
  readonly catalog?: RuleCatalog;
}

export function createEngine(rules: readonly RuleLogic[], options: EngineOptions = {}): Engine {
  const plans = newPlans(rules);
  let catalog = options.catalog;
  const described: CatalogCaches = newCatalogCaches();
  let reduced: { readonly key: string; readonly engine: Engine } | undefined;
  const wordsOf = () => (catalog ??= describeRules(rules as readonly Rule[]));
  const engine: Engine = {
    rules,
    evaluate: (form, ctx) => evaluateForm(plans, form, ruleContext(ctx)),
    describe: (raw) => describeResult(raw, wordsOf(), described),
    run: (form, ctx) => describeResult(evaluateForm(plans, form, ruleContext(ctx)), wordsOf(), described),
    without(ruleIds) {
      if (ruleIds.length === 0) return engine;
      const key = ruleIds.join('\n');
      if (reduced?.key !== key) {
        const off = new Set(ruleIds);
        reduced = {
          key,
          engine: createEngine(
            rules.filter((rule) => !off.has(rule.id)),
            { catalog: wordsOf() },
          ),
        };
      }
      return reduced.engine;
    },
  };
  return engine;
}
