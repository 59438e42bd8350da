/**
 * Scope plans: for the same province, nature, filing type, kinds of service and day, the
 * rules that cannot apply and why are the same, so the rules are sorted once per scope and
 * out-of-scope rules cost nothing after the first run. A plan also holds what incremental
 * runs keep (rules/engine/inputs.ts): each input's tape, and each rule's last outcome.
 */
import { compilePattern, type CompiledPattern, type PathParts } from '../model/field-path';
import type { FilingForm } from '../model/filing-form';
import { InputTape, ruleInputs } from './inputs';
import type { NotApplicableReason, RawFinding, RawMaterialItem, RuleLogic } from './result';
import { missingScopeInputs, notApplicableReason } from './scope';
import type { RuleContext, Severity } from './types';
import type { ProviderId } from '../model/providers';

/** An applicable rule with what a run needs of it decided once per scope plan. */
export interface PlannedRule {
  readonly rule: RuleLogic;
  /** Copied from the rule so that the run reads one object shape for every rule. */
  readonly id: string;
  readonly severity: Severity;
  readonly check: RuleLogic['check'];
  /** Missing scope inputs: the plan key holds province, nature and filing type, so these are fixed. */
  readonly scopeMissing: readonly string[];
  /** Indexes into the plan's `patterns`: the rule's `reads`. */
  readonly reads: readonly number[];
  /** The rule's `passed` entry, shared by every run (frozen). */
  readonly passed: { readonly ruleId: string };
  /**
   * What the rule came to in this plan's last run, kept while its inputs stay the same
   * (rules/engine/inputs.ts); undefined before its first run, and after a run that threw.
   */
  outcome: RuleOutcome | undefined;
  /** The plan's last run in which one of the rule's inputs changed. */
  changedAt: number;
}

/** What one rule came to in a run, frozen: a run whose inputs did not change reuses it whole. */
export interface RuleOutcome {
  /** `failed`: the rule's check threw; it is unknown for that run only. */
  readonly unknown: { readonly ruleId: string; readonly missing: readonly string[]; readonly failed?: true } | undefined;
  readonly findings: readonly RawFinding[];
  readonly needs: readonly { readonly key: string; readonly materialId: string; readonly for?: string; readonly reason: RawMaterialItem['reasons'][number] }[];
  readonly passed: boolean;
}

/** One input pattern of a plan's rules: its tape holds its values in the plan's last run. */
export interface PlannedInput {
  readonly parts: PathParts;
  readonly tape: InputTape;
  /** Indexes into the plan's `applicable`: the rules that read it. */
  readonly rules: number[];
}

/** The rules of one scope, sorted (see the module comment). */
export interface ScopePlan {
  readonly applicable: readonly PlannedRule[];
  /** Frozen, and returned as is by every run of this plan. */
  readonly notApplicable: readonly { readonly ruleId: string; readonly reason: NotApplicableReason }[];
  /** The distinct `reads` patterns of the applicable rules, compiled. */
  readonly patterns: readonly CompiledPattern[];
  /** The distinct input patterns of the applicable rules (see rules/engine/inputs.ts). */
  readonly inputs: readonly PlannedInput[];
  /** How many runs this plan has had: the clock of `changedAt`. */
  runs: number;
}

/**
 * The scope plans of one list of rules, and what they share: one engine's state
 * (rules/engine/engine.ts). Two of them never share tapes or outcomes.
 */
export interface Plans {
  readonly rules: readonly RuleLogic[];
  readonly byKey: Map<string, ScopePlan>;
  /** The scope of the last run and its plan: a page re-runs one scope over and over. */
  last?: {
    readonly today: string;
    readonly provider: ProviderId;
    readonly province: unknown;
    readonly nature: unknown;
    readonly filingType: unknown;
    readonly services: string;
    readonly plan: ScopePlan;
  };
  /** One frozen `passed` entry per rule, shared by the plans (describe() recognises them). */
  readonly passedEntries: Map<RuleLogic, { readonly ruleId: string }>;
}

export const newPlans = (rules: readonly RuleLogic[]): Plans => ({ rules, byKey: new Map(), passedEntries: new Map() });

/** The index of `pattern` in a plan's `list`, where `make` adds it the first time (the rules of a plan share patterns). */
function indexOfPattern<T>(list: T[], indexes: Map<string, number>, pattern: string, make: (pattern: string) => T): number {
  let index = indexes.get(pattern);
  if (index === undefined) {
    index = list.push(make(pattern)) - 1;
    indexes.set(pattern, index);
  }
  return index;
}

const newInput = (pattern: string): PlannedInput => ({ parts: compilePattern(pattern).parts, tape: new InputTape(), rules: [] });

function makePlan(plans: Plans, form: FilingForm, ctx: RuleContext): ScopePlan {
  const { rules, passedEntries } = plans;
  const applicable: PlannedRule[] = [];
  const notApplicable: { ruleId: string; reason: NotApplicableReason }[] = [];
  const patterns: CompiledPattern[] = [];
  const patternIndex = new Map<string, number>();
  const inputs: PlannedInput[] = [];
  const inputIndex = new Map<string, number>();
  for (const rule of rules) {
    const reason = notApplicableReason(rule, form, ctx);
    if (reason) {
      notApplicable.push(Object.freeze({ ruleId: rule.id, reason }));
      continue;
    }
    const reads = rule.reads.map((pattern) => indexOfPattern(patterns, patternIndex, pattern, compilePattern));
    let passed = passedEntries.get(rule);
    if (!passed || passed.ruleId !== rule.id) {
      passed = Object.freeze({ ruleId: rule.id });
      passedEntries.set(rule, passed);
    }
    for (const pattern of ruleInputs(rule)) inputs[indexOfPattern(inputs, inputIndex, pattern, newInput)]!.rules.push(applicable.length);
    applicable.push({
      rule,
      id: rule.id,
      severity: rule.severity,
      check: rule.check,
      scopeMissing: missingScopeInputs(rule, form),
      reads,
      passed,
      outcome: undefined,
      changedAt: 0,
    });
  }
  return { applicable, notApplicable: Object.freeze(notApplicable), patterns, inputs, runs: 0 };
}

/** The plan of `form`'s scope on `ctx.today`, made the first time that scope is seen. */
export function scopePlan(plans: Plans, form: FilingForm, ctx: RuleContext): ScopePlan {
  const websites = form.websites;
  const apps = form.apps;
  const services = `${websites === undefined ? 'u' : websites.length > 0 ? 'w' : '-'}${apps === undefined ? 'u' : apps.length > 0 ? 'a' : '-'}`;
  const province = form.province;
  const nature = form.subject?.nature;
  const filingType = form.filingType;
  const last = plans.last;
  if (
    last &&
    last.today === ctx.today &&
    last.provider === ctx.provider &&
    last.province === province &&
    last.nature === nature &&
    last.filingType === filingType &&
    last.services === services
  ) {
    return last.plan;
  }
  // The provider decides scopes (scope.providers) as the form's fields do: a plan per provider.
  const key = `${ctx.today}|${ctx.provider}|${province ?? ''}|${nature ?? ''}|${filingType ?? ''}|${services[0]}|${services[1]}`;
  let plan = plans.byKey.get(key);
  if (!plan) {
    plan = makePlan(plans, form, ctx);
    // Bounded: a page sees a handful of scopes; a long-lived process must not grow forever.
    if (plans.byKey.size > 64) plans.byKey.clear();
    plans.byKey.set(key, plan);
  }
  plans.last = { today: ctx.today, provider: ctx.provider, province, nature, filingType, services, plan };
  return plan;
}
