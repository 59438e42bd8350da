/**
 * The engine: scope → effective dates → reads → check → findings, unknowns and the
 * materials checklist. Pure and synchronous; runs the same in Node and in the page.
 * Incremental: within one scope plan, a rule none of whose inputs changed since the last
 * run is not run again, and what it came to is reused (rules/engine/inputs.ts).
 */
import type { FilingForm } from '../model/filing-form';
import { MATERIALS, type MaterialInfo } from '../model/materials';
import { normalizeForm } from '../model/normalize';
import { DEFAULT_PROVIDER, providerParams, type ProviderId } from '../model/providers';
import { SOURCES, type Source } from '../sources';
import { formatMessage } from './format';
import { InputTape, ruleInputs } from './inputs';
import { endRun, startRun } from './per-run';
import { type Bilingual, type Lang, type Params, type Rule, type RuleContext, type Severity, type SourceRef } from './types';

export interface Finding {
  readonly ruleId: string;
  readonly field: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly message: Bilingual;
  readonly title: Bilingual;
  readonly why: Bilingual;
  readonly fix: Bilingual;
  readonly sources: readonly Source[];
  readonly effectiveFrom?: string;
}

export type NotApplicableReason = 'province' | 'nature' | 'service-kind' | 'filing-type' | 'provider' | 'not-yet-effective' | 'expired';

export interface RuleStatus {
  readonly ruleId: string;
  readonly title: Bilingual;
}

export interface MaterialReason {
  readonly ruleId: string;
  readonly messageId: string;
  readonly message: Bilingual;
  readonly sources: readonly Source[];
}

export interface MaterialItem {
  /** `materialId` or `materialId@websites[0]` for a per-service material. */
  readonly key: string;
  readonly materialId: string;
  readonly for?: string;
  readonly name: Bilingual;
  readonly howTo?: Bilingual;
  readonly reasons: readonly MaterialReason[];
  readonly status: 'provided' | 'missing';
}

export interface RunResult {
  readonly findings: readonly Finding[];
  readonly notApplicable: readonly (RuleStatus & { readonly reason: NotApplicableReason })[];
  readonly unknown: readonly (RuleStatus & { readonly missing: readonly string[] })[];
  readonly passed: readonly RuleStatus[];
  readonly materials: readonly MaterialItem[];
}

export interface RunOptions {
  readonly today: string;
  readonly rules: readonly Rule[];
  /** Whose console the filing is made in; DEFAULT_PROVIDER when absent. */
  readonly provider?: ProviderId;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function resolveSource(ref: SourceRef): Source {
  if (typeof ref !== 'string') return ref;
  const source = SOURCES[ref];
  if (!source) throw new Error(`unknown source key ${ref}`);
  return source;
}

/** Why a rule does not apply to this form, or undefined when it does (or cannot tell yet). */
function notApplicableReason(rule: RuleLogic, form: FilingForm, ctx: RuleContext): NotApplicableReason | undefined {
  const { scope } = rule;
  if (rule.effectiveFrom && ctx.today < rule.effectiveFrom) return 'not-yet-effective';
  if (rule.effectiveUntil && ctx.today >= rule.effectiveUntil) return 'expired';
  if (scope.providers && !scope.providers.includes(ctx.provider)) return 'provider';
  if (scope.provinces && form.province && !scope.provinces.includes(form.province)) return 'province';
  const nature = form.subject?.nature;
  if (scope.natures && nature && !scope.natures.includes(nature)) return 'nature';
  if (scope.filingTypes && form.filingType && !scope.filingTypes.includes(form.filingType)) return 'filing-type';
  if (scope.serviceKinds) {
    // A form that lists websites but no apps files no app (and the reverse): the absent
    // list is "none", not "unknown". Only a form with neither list leaves it open.
    const has = (kind: 'website' | 'app') => (kind === 'website' ? form.websites : form.apps)?.length;
    const servicesKnown = form.websites !== undefined || form.apps !== undefined;
    if (servicesKnown && !scope.serviceKinds.some(has)) return 'service-kind';
  }
  return undefined;
}

/**
 * A `reads` pattern split once: `websites[].principal.mobile` → parts [['websites'], ['principal', 'mobile']],
 * with each part also joined for field ids (['websites', 'principal.mobile']).
 */
interface CompiledPattern {
  readonly parts: readonly (readonly string[])[];
  readonly joined: readonly string[];
}

const compiledPatterns = new Map<string, CompiledPattern>();

function compilePattern(pattern: string): CompiledPattern {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    const parts = pattern.split('[]').map((part) => part.split(/[.[\]]+/).filter(Boolean));
    compiled = { parts, joined: parts.map((part) => part.join('.')) };
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}

const readPath = (root: unknown, path: readonly string[]): unknown => {
  let current = root;
  for (let i = 0; i < path.length; i++) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[path[i]!];
  }
  return current;
};

/** Appends to `out` the ids of the fields of `parts` (from `index` on) absent under `value`. */
function collectMissing(value: unknown, pattern: CompiledPattern, index: number, id: string, out: string[]): void {
  const part = pattern.parts[index]!;
  const next = readPath(value, part);
  const nextId = part.length === 0 ? id : id ? `${id}.${pattern.joined[index]}` : pattern.joined[index]!;
  if (index === pattern.parts.length - 1) {
    if (next === undefined) out.push(nextId);
    return;
  }
  // An absent array names the path up to the array itself, so "unknown" can say what is missing.
  if (!Array.isArray(next)) {
    if (next === undefined) out.push(nextId);
    return;
  }
  for (let i = 0; i < next.length; i++) collectMissing(next[i], pattern, index + 1, `${nextId}[${i}]`, out);
}

/** Whether any field of `parts` (from `index` on) is absent under `value`: collectMissing() without building ids. */
function anyMissing(value: unknown, parts: CompiledPattern['parts'], index: number): boolean {
  const next = readPath(value, parts[index]!);
  if (next === undefined) return true;
  if (index === parts.length - 1 || !Array.isArray(next)) return false;
  for (let i = 0; i < next.length; i++) if (anyMissing(next[i], parts, index + 1)) return true;
  return false;
}

const NONE_MISSING: readonly string[] = Object.freeze([]);

/**
 * The fields of `pattern` absent from `form`, as concrete ids: what expandPattern() +
 * readField() give, without re-parsing the pattern for every rule and every run.
 */
function missingFields(form: FilingForm, pattern: CompiledPattern): readonly string[] {
  // Most fields of a form in progress are there: find that out before building any id.
  if (!anyMissing(form, pattern.parts, 0)) return NONE_MISSING;
  const out: string[] = [];
  collectMissing(form, pattern, 0, '', out);
  return out;
}

/** The scope inputs a rule needs that are absent from the form (fixed for one scope plan). */
function missingScopeInputs(rule: RuleLogic, form: FilingForm): string[] {
  const missing: string[] = [];
  const { scope } = rule;
  if (scope.provinces && !form.province) missing.push('province');
  if (scope.natures && !form.subject?.nature) missing.push('subject.nature');
  if (scope.filingTypes && !form.filingType) missing.push('filingType');
  return missing;
}

/** An applicable rule with what a run needs of it decided once per scope plan. */
interface PlannedRule {
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
interface RuleOutcome {
  readonly unknown: { readonly ruleId: string; readonly missing: readonly string[] } | undefined;
  readonly findings: readonly RawFinding[];
  readonly needs: readonly { readonly key: string; readonly materialId: string; readonly for?: string; readonly reason: RawMaterialItem['reasons'][number] }[];
  readonly passed: boolean;
}

/** One input pattern of a plan's rules: its tape holds its values in the plan's last run. */
interface PlannedInput {
  readonly parts: CompiledPattern['parts'];
  readonly tape: InputTape;
  /** Indexes into the plan's `applicable`: the rules that read it. */
  readonly rules: number[];
}

/**
 * Rules sorted once per scope: for the same province, nature, filing type, kinds of
 * service and day, the rules that cannot apply and why are the same, so out-of-scope
 * rules cost nothing after the first run.
 */
interface ScopePlan {
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

interface PlanCache {
  readonly byKey: Map<string, ScopePlan>;
  /** The scope of the last run and its plan: a page re-runs one scope over and over. */
  last?: { readonly today: string; readonly provider: ProviderId; readonly province: unknown; readonly nature: unknown; readonly filingType: unknown; readonly services: string; readonly plan: ScopePlan };
}

const plans = new WeakMap<readonly RuleLogic[], PlanCache>();
/** One frozen `passed` entry per rule, shared by the plans. */
const passedEntries = new WeakMap<RuleLogic, { readonly ruleId: string }>();

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

function makePlan(rules: readonly RuleLogic[], form: FilingForm, ctx: RuleContext): ScopePlan {
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

function scopePlan(rules: readonly RuleLogic[], form: FilingForm, ctx: RuleContext): ScopePlan {
  const websites = form.websites;
  const apps = form.apps;
  const services = `${websites === undefined ? 'u' : websites.length > 0 ? 'w' : '-'}${apps === undefined ? 'u' : apps.length > 0 ? 'a' : '-'}`;
  let cache = plans.get(rules);
  if (!cache) {
    cache = { byKey: new Map() };
    plans.set(rules, cache);
  }
  const province = form.province;
  const nature = form.subject?.nature;
  const filingType = form.filingType;
  const last = cache.last;
  if (last && last.today === ctx.today && last.provider === ctx.provider && last.province === province && last.nature === nature && last.filingType === filingType && last.services === services) {
    return last.plan;
  }
  // The provider decides scopes (scope.providers) as the form's fields do: a plan per provider.
  const key = `${ctx.today}|${ctx.provider}|${province ?? ''}|${nature ?? ''}|${filingType ?? ''}|${services[0]}|${services[1]}`;
  let plan = cache.byKey.get(key);
  if (!plan) {
    plan = makePlan(rules, form, ctx);
    // Bounded: a page sees a handful of scopes; a long-lived process must not grow forever.
    if (cache.byKey.size > 64) cache.byKey.clear();
    cache.byKey.set(key, plan);
  }
  cache.last = { today: ctx.today, provider: ctx.provider, province, nature, filingType, services, plan };
  return plan;
}

function materialInfo(description: RuleDescription | undefined, id: string): MaterialInfo | undefined {
  return (MATERIALS as Record<string, MaterialInfo>)[id] ?? description?.materials?.[id];
}

/** What a rule needs to run: no texts, no sources (page bundles may carry only this). */
export type RuleLogic = Pick<Rule, 'id' | 'severity' | 'scope' | 'reads' | 'alsoReads' | 'check' | 'effectiveFrom' | 'effectiveUntil'>;

export interface RawFinding {
  readonly ruleId: string;
  readonly field: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly params?: Params;
}

export interface RawMaterialItem {
  readonly key: string;
  readonly materialId: string;
  readonly for?: string;
  readonly reasons: readonly { readonly ruleId: string; readonly messageId: string; readonly params?: Params }[];
  readonly status: 'provided' | 'missing';
}

/** What the rules decided, as ids and parameters: describe() turns it into text. */
export interface RawResult {
  readonly findings: readonly RawFinding[];
  readonly notApplicable: readonly { readonly ruleId: string; readonly reason: NotApplicableReason }[];
  readonly unknown: readonly { readonly ruleId: string; readonly missing: readonly string[] }[];
  readonly passed: readonly { readonly ruleId: string }[];
  readonly materials: readonly RawMaterialItem[];
  /** The run's provider: describe() fills the provider placeholders for it (DEFAULT_PROVIDER when absent). */
  readonly provider?: ProviderId;
}

export interface EvaluateOptions {
  readonly today: string;
  readonly rules: readonly RuleLogic[];
  /** Whose console the filing is made in; DEFAULT_PROVIDER when absent. */
  readonly provider?: ProviderId;
}

interface MaterialEntry {
  readonly key: string;
  readonly materialId: string;
  readonly for?: string;
  readonly reasons: RawMaterialItem['reasons'][number][];
}

const SCOPE_FIELDS = new Set(['province', 'subject.nature', 'filingType']);

/**
 * `${material}@${forPath}`, the same string object every run: a key built afresh is hashed
 * (and, to read the upload counts, internalised) anew on every run.
 */
function materialKey(material: string, forPath: string): string {
  let byFor = materialKeys.get(material);
  if (byFor === undefined) {
    if (materialKeys.size >= 256) materialKeys.clear();
    byFor = new Map();
    materialKeys.set(material, byFor);
  }
  let key = byFor.get(forPath);
  if (key === undefined) {
    key = `${material}@${forPath}`;
    if (byFor.size >= 1024) byFor.clear();
    byFor.set(forPath, key);
  }
  return key;
}

const materialKeys = new Map<string, Map<string, string>>();

/**
 * Compares every input of `plan` with its tape, and marks the rules reading one that
 * changed: what a run must judge anew.
 */
function markChanged(plan: ScopePlan, form: FilingForm, runNo: number): void {
  const { inputs, applicable } = plan;
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    if (input.tape.update(form, input.parts)) continue;
    for (let r = 0; r < input.rules.length; r++) applicable[input.rules[r]!]!.changedAt = runNo;
  }
}

/** Runs one rule on `form` (its check, or only its unknown fields when its scope cannot be decided). */
function judgeRule(planned: PlannedRule, form: FilingForm, ctx: RuleContext, plan: ScopePlan, missingByPattern: (readonly string[] | undefined)[]): RuleOutcome {
  const ruleId = planned.id;
  let missing: string[] | undefined = planned.scopeMissing.length > 0 ? planned.scopeMissing.slice() : undefined;
  const reads = planned.reads;
  for (let r = 0; r < reads.length; r++) {
    const index = reads[r]!;
    let fields = missingByPattern[index];
    if (fields === undefined) {
      fields = missingFields(form, plan.patterns[index]!);
      missingByPattern[index] = fields;
    }
    if (fields.length > 0) missing = missing === undefined ? fields.slice() : missing.concat(fields);
  }
  let unknown: RuleOutcome['unknown'];
  if (missing !== undefined) {
    if (missing.length > 1) missing = [...new Set(missing)];
    unknown = Object.freeze({ ruleId, missing: Object.freeze(missing) });
    // A rule whose scope cannot be decided must not speak: it may not apply at all.
    if (planned.scopeMissing.length > 0 || missing.some((field) => SCOPE_FIELDS.has(field))) return Object.freeze({ unknown, findings: NO_FINDINGS, needs: NO_NEEDS, passed: false });
  }

  const results = planned.check.call(planned.rule, form, ctx);
  let findings: RawFinding[] | undefined;
  let needs: RuleOutcome['needs'][number][] | undefined;
  for (let i = 0; i < results.length; i++) {
    const result = results[i]!;
    // isMaterialNeed(), written out: the call is one of the hottest in a run.
    if ('material' in result) {
      const key = result.for ? materialKey(result.material, result.for) : result.material;
      (needs ??= []).push({ key, materialId: result.material, for: result.for, reason: Object.freeze({ ruleId, messageId: result.message, params: result.params }) });
      continue;
    }
    (findings ??= []).push(Object.freeze({ ruleId, field: result.field, severity: planned.severity, messageId: result.message, params: result.params }));
  }
  return Object.freeze({ unknown, findings: findings ?? NO_FINDINGS, needs: needs ?? NO_NEEDS, passed: findings === undefined && missing === undefined });
}

const NO_FINDINGS: readonly RawFinding[] = Object.freeze([]);
const NO_NEEDS: RuleOutcome['needs'] = Object.freeze([]);

export function evaluate(input: FilingForm, options: EvaluateOptions): RawResult {
  const form = normalizeForm(input);
  const ctx: RuleContext = { today: options.today, provider: options.provider ?? DEFAULT_PROVIDER };
  const findings: RawFinding[] = [];
  const unknown: RawResult['unknown'][number][] = [];
  const passed: { readonly ruleId: string }[] = [];
  let materials: Map<string, MaterialEntry> | undefined;
  const plan = scopePlan(options.rules, form, ctx);
  // The missing fields of each `reads` pattern, worked out once per run for the rules that share it.
  const missingByPattern: (readonly string[] | undefined)[] = new Array(plan.patterns.length);
  let unsorted = false;
  let lastSeverity = 0;
  const runNo = ++plan.runs;
  markChanged(plan, form, runNo);

  // Helpers may share what they derive from this form among the rules of this run only.
  const outer = startRun(form);
  try {
    const applicable = plan.applicable;
    for (let r = 0; r < applicable.length; r++) {
      const planned = applicable[r]!;
      let outcome = planned.outcome;
      if (outcome === undefined || planned.changedAt === runNo) {
        planned.outcome = undefined;
        outcome = judgeRule(planned, form, ctx, plan, missingByPattern);
        planned.outcome = outcome;
      }
      if (outcome.unknown !== undefined) unknown.push(outcome.unknown);
      if (outcome.passed) passed.push(planned.passed);
      const ruleFindings = outcome.findings;
      if (ruleFindings.length > 0) {
        const severity = SEVERITY_ORDER[planned.severity];
        if (severity < lastSeverity) unsorted = true;
        lastSeverity = severity;
        for (let i = 0; i < ruleFindings.length; i++) findings.push(ruleFindings[i]!);
      }
      const needs = outcome.needs;
      for (let i = 0; i < needs.length; i++) {
        const need = needs[i]!;
        materials ??= new Map();
        let entry = materials.get(need.key);
        if (!entry) {
          entry = { key: need.key, materialId: need.materialId, for: need.for, reasons: [] };
          materials.set(need.key, entry);
        }
        entry.reasons.push(need.reason);
      }
    }
  } catch (error) {
    // The tapes already hold this form: a rule this run did not reach would otherwise keep an outcome of an older one.
    for (const planned of plan.applicable) planned.outcome = undefined;
    throw error;
  } finally {
    endRun(outer);
  }

  // Stable: findings of one severity keep the rules' order.
  if (unsorted) findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const uploaded = form.materials;
  const checklist: RawMaterialItem[] = [];
  if (materials) {
    for (const item of materials.values()) {
      const count = uploaded?.[item.key] ?? uploaded?.[item.materialId] ?? 0;
      checklist.push({ key: item.key, materialId: item.materialId, for: item.for, reasons: item.reasons, status: count > 0 ? 'provided' : 'missing' });
    }
  }
  return { findings, notApplicable: plan.notApplicable, unknown, passed, materials: checklist, provider: ctx.provider };
}

/** The words of a rule: everything describe() needs, shippable as data. */
export interface RuleDescription {
  readonly texts: Rule['texts'];
  readonly sources: readonly Source[];
  readonly effectiveFrom?: string;
  readonly materials?: Rule['materials'];
}

export type RuleCatalog = Readonly<Record<string, RuleDescription>>;

export function describeRules(rules: readonly Rule[]): RuleCatalog {
  const catalog: Record<string, RuleDescription> = {};
  for (const rule of rules) {
    catalog[rule.id] = { texts: rule.texts, sources: rule.sources.map(resolveSource), effectiveFrom: rule.effectiveFrom, materials: rule.materials };
  }
  return catalog;
}

const NO_TEXTS = { title: '', messages: {}, why: '', fix: '' };

/** What describe() says of a rule whatever the form: built once per catalog and rule. */
interface FixedTexts {
  readonly title: Bilingual;
  readonly why: Bilingual;
  readonly fix: Bilingual;
  /** The engine's shared `passed` entry of this rule, and its described form. */
  passedRaw?: { readonly ruleId: string };
  passed?: RuleStatus;
  /** The finding this rule last reported on each field, described (see sameFinding()). */
  findings?: Map<string, { readonly raw: RawFinding; readonly described: Finding }>;
}

/** Described texts of one catalog for one provider: nothing described for one provider is reused for another. */
interface CatalogCache {
  /** The provider placeholders' values (rules/model/providers.ts). */
  readonly providerParams: Params;
  readonly fixed: Map<string, FixedTexts>;
  /** Described notApplicable lists, by the frozen list of a scope plan. */
  readonly notApplicable: WeakMap<RawResult['notApplicable'], RunResult['notApplicable']>;
  /** The material items of the last runs, by key, raw and described (see sameMaterial()). */
  readonly materials: Map<string, { readonly raw: RawMaterialItem; readonly described: MaterialItem }>;
  /** The last `passed` list described, raw (its entries, not the list) and described. */
  passed?: { readonly raw: readonly { readonly ruleId: string }[]; readonly described: readonly RuleStatus[] };
  /** A material's name and how-to in both languages: the same for every run, so built once per material. */
  readonly materialTexts: WeakMap<MaterialInfo, { readonly name: Bilingual; readonly howTo?: Bilingual }>;
}

const catalogCaches = new WeakMap<RuleCatalog, Map<ProviderId, CatalogCache>>();

function catalogCache(catalog: RuleCatalog, provider: ProviderId): CatalogCache {
  let byProvider = catalogCaches.get(catalog);
  if (!byProvider) {
    byProvider = new Map();
    catalogCaches.set(catalog, byProvider);
  }
  let cache = byProvider.get(provider);
  if (!cache) {
    cache = { providerParams: providerParams(provider), fixed: new Map(), notApplicable: new WeakMap(), materials: new Map(), materialTexts: new WeakMap() };
    byProvider.set(provider, cache);
  }
  return cache;
}

/** Both languages of a text, its provider placeholders filled. */
function bilingual(zh: string, en: string, params: Params): Bilingual {
  return { 'zh-CN': formatMessage(zh, params, 'zh-CN'), en: formatMessage(en, params, 'en') };
}

/**
 * Whether two params objects fill every template alike: the same keys, and per key the same
 * number or string, or the same two strings of a Bilingual. Anything else counts as different.
 */
function sameParams(a: Params | undefined, b: Params | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  let keys = 0;
  for (const key in a) {
    if (!Object.hasOwn(a, key) || !Object.hasOwn(b, key)) return false;
    keys++;
    const x = a[key];
    const y = b[key];
    if (typeof x === 'object' && x !== null) {
      if (typeof y !== 'object' || y === null) return false;
      const xz = x['zh-CN'];
      const xe = x.en;
      if (typeof xz !== 'string' || typeof xe !== 'string' || xz !== y['zh-CN'] || xe !== y.en) return false;
    } else if (x !== y || (typeof x !== 'string' && typeof x !== 'number')) return false;
  }
  for (const key in b) if (Object.hasOwn(b, key)) keys--;
  return keys === 0;
}

/** A raw finding that describes exactly as `before` did (same rule, field, severity, message and params). */
function sameFinding(before: RawFinding, f: RawFinding): boolean {
  return before.severity === f.severity && before.messageId === f.messageId && sameParams(before.params, f.params);
}

function sameMaterial(before: RawMaterialItem, m: RawMaterialItem): boolean {
  if (before.materialId !== m.materialId || before.for !== m.for || before.status !== m.status || before.reasons.length !== m.reasons.length) return false;
  for (let i = 0; i < m.reasons.length; i++) {
    const x = before.reasons[i]!;
    const y = m.reasons[i]!;
    if (x.ruleId !== y.ruleId || x.messageId !== y.messageId || !sameParams(x.params, y.params)) return false;
  }
  return true;
}

/** Bound on the described findings and materials kept per catalog (a long-lived process sees many forms). */
const DESCRIBED_KEPT = 512;

function textsOf(catalog: RuleCatalog, ruleId: string, lang: Lang) {
  return catalog[ruleId]?.texts[lang] ?? NO_TEXTS;
}

function fixedOf(catalog: RuleCatalog, cache: CatalogCache, ruleId: string): FixedTexts {
  let entry = cache.fixed.get(ruleId);
  if (!entry) {
    const zh = textsOf(catalog, ruleId, 'zh-CN');
    const en = textsOf(catalog, ruleId, 'en');
    const params = cache.providerParams;
    entry = {
      title: bilingual(zh.title || ruleId, en.title || ruleId, params),
      why: bilingual(zh.why, en.why, params),
      fix: bilingual(zh.fix, en.fix, params),
    };
    cache.fixed.set(ruleId, entry);
  }
  return entry;
}

function message(catalog: RuleCatalog, cache: CatalogCache, ruleId: string, id: string, params: Params | undefined): Bilingual {
  const zh = (textsOf(catalog, ruleId, 'zh-CN').messages as Record<string, string>)[id] ?? id;
  const en = (textsOf(catalog, ruleId, 'en').messages as Record<string, string>)[id] ?? id;
  // The provider placeholders are the engine's: a rule's params cannot stand in for them.
  return bilingual(zh, en, params === undefined ? cache.providerParams : { ...params, ...cache.providerParams });
}

const NO_SOURCES: readonly Source[] = Object.freeze([]);

/** A rule that passed: the engine's own entries map to one shared described entry per rule. */
function describePassed(catalog: RuleCatalog, cache: CatalogCache, p: { readonly ruleId: string }): RuleStatus {
  const fixed = fixedOf(catalog, cache, p.ruleId);
  if (fixed.passedRaw === p) return fixed.passed!;
  const described = { ...p, title: fixed.title };
  if (Object.isFrozen(p) && fixed.passedRaw === undefined) {
    fixed.passedRaw = p;
    fixed.passed = Object.freeze(described);
  }
  return described;
}

/** The passed rules described; the same entries as in the last run (the engine shares one frozen entry per rule) give a copy of the last list. */
function describePassedList(catalog: RuleCatalog, cache: CatalogCache, list: RawResult['passed']): RuleStatus[] {
  const last = cache.passed;
  if (last !== undefined && last.raw.length === list.length) {
    let same = true;
    for (let i = 0; i < list.length; i++) {
      if (last.raw[i] !== list[i]) {
        same = false;
        break;
      }
    }
    if (same) return last.described.slice();
  }
  const described: RuleStatus[] = [];
  let frozen = true;
  for (const p of list) {
    described.push(describePassed(catalog, cache, p));
    if (!Object.isFrozen(p)) frozen = false;
  }
  // Only frozen entries (the engine's own) are known not to change while they are kept.
  if (frozen) cache.passed = { raw: list.slice(), described: described.slice() };
  return described;
}

function describeNotApplicable(catalog: RuleCatalog, cache: CatalogCache, list: RawResult['notApplicable']): RunResult['notApplicable'] {
  let described = cache.notApplicable.get(list);
  if (!described) {
    described = list.map((n) => ({ ...n, title: fixedOf(catalog, cache, n.ruleId).title }));
    // A scope plan's list is frozen and comes back on every run of that scope: describe it once.
    if (Object.isFrozen(list)) {
      described = Object.freeze(described.map((n) => Object.freeze(n)));
      cache.notApplicable.set(list, described);
    }
  }
  return described;
}

/** Turns a raw result into text with a catalog; a rule missing from the catalog shows its ids. */
export function describe(raw: RawResult, catalog: RuleCatalog): RunResult {
  const cache = catalogCache(catalog, raw.provider ?? DEFAULT_PROVIDER);
  const findings: Finding[] = [];
  for (const f of raw.findings) {
    const fixed = fixedOf(catalog, cache, f.ruleId);
    // A finding that is back unchanged since the last run (the usual case while someone types) is described once.
    const kept = fixed.findings?.get(f.field);
    if (kept !== undefined && sameFinding(kept.raw, f)) {
      findings.push(kept.described);
      continue;
    }
    const description = catalog[f.ruleId];
    const described: Finding = Object.freeze({
      ruleId: f.ruleId,
      field: f.field,
      severity: f.severity,
      messageId: f.messageId,
      message: Object.freeze(message(catalog, cache, f.ruleId, f.messageId, f.params)),
      title: fixed.title,
      why: fixed.why,
      fix: fixed.fix,
      sources: description?.sources ?? NO_SOURCES,
      effectiveFrom: description?.effectiveFrom,
    });
    fixed.findings ??= new Map();
    if (fixed.findings.size >= DESCRIBED_KEPT) fixed.findings.clear();
    fixed.findings.set(f.field, { raw: f, described });
    findings.push(described);
  }
  const unknown: (RuleStatus & { readonly missing: readonly string[] })[] = [];
  for (const u of raw.unknown) unknown.push({ ruleId: u.ruleId, missing: u.missing, title: fixedOf(catalog, cache, u.ruleId).title });
  const passed = describePassedList(catalog, cache, raw.passed);
  return {
    findings,
    notApplicable: describeNotApplicable(catalog, cache, raw.notApplicable),
    unknown,
    passed,
    materials: describeMaterials(catalog, cache, raw.materials),
  };
}

function describeMaterials(catalog: RuleCatalog, cache: CatalogCache, list: RawResult['materials']): MaterialItem[] {
  const out: MaterialItem[] = [];
  for (const m of list) {
    const kept = cache.materials.get(m.key);
    if (kept !== undefined && sameMaterial(kept.raw, m)) {
      out.push(kept.described);
      continue;
    }
    const described = describeMaterial(catalog, cache, m);
    if (cache.materials.size >= DESCRIBED_KEPT) cache.materials.clear();
    cache.materials.set(m.key, { raw: m, described });
    out.push(described);
  }
  return out;
}

function describeMaterial(catalog: RuleCatalog, cache: CatalogCache, m: RawMaterialItem): MaterialItem {
  let info: MaterialInfo | undefined;
  let allDescribed = true;
  for (const r of m.reasons) {
    const description = catalog[r.ruleId];
    if (!description) allDescribed = false;
    info ??= materialInfo(description, m.materialId) || undefined;
  }
  // A material nobody declares is a bug in a rule; rule tests must see it.
  if (!info && allDescribed) {
    throw new Error(`${m.reasons[0]!.ruleId} needs material "${m.materialId}", which is neither in the catalog nor declared by the rule`);
  }
  let texts = info && cache.materialTexts.get(info);
  if (info && !texts) {
    const params = cache.providerParams;
    texts = { name: bilingual(info.zh, info.en, params), howTo: info.howTo && bilingual(info.howTo.zh, info.howTo.en, params) };
    cache.materialTexts.set(info, texts);
  }
  const reasons: MaterialReason[] = [];
  for (const r of m.reasons) {
    const described = { ruleId: r.ruleId, messageId: r.messageId, message: Object.freeze(message(catalog, cache, r.ruleId, r.messageId, r.params)), sources: catalog[r.ruleId]?.sources ?? NO_SOURCES };
    reasons.push(Object.freeze(described));
  }
  // Frozen: describe() hands the same item to later runs while it stays the same.
  return Object.freeze({
    key: m.key,
    materialId: m.materialId,
    for: m.for,
    name: texts ? texts.name : { 'zh-CN': m.materialId, en: m.materialId },
    howTo: texts?.howTo,
    reasons: Object.freeze(reasons),
    status: m.status,
  });
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
