/**
 * The engine: scope → effective dates → reads → check → findings, unknowns and the
 * materials checklist. Pure and synchronous; runs the same in Node and in the page.
 */
import type { FilingForm } from '../model/filing-form';
import { MATERIALS, type MaterialInfo } from '../model/materials';
import { normalizeForm } from '../model/normalize';
import { SOURCES, type Source } from '../sources';
import { formatMessage } from './format';
import { isMaterialNeed, type Bilingual, type Lang, type Params, type Rule, type RuleContext, type Severity, type SourceRef } from './types';

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

export type NotApplicableReason = 'province' | 'nature' | 'service-kind' | 'filing-type' | 'not-yet-effective' | 'expired';

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

/** A `reads` pattern split once: `websites[].principal.mobile` → [['websites'], ['principal', 'mobile']]. */
type CompiledPattern = readonly (readonly string[])[];

const compiledPatterns = new Map<string, CompiledPattern>();

function compilePattern(pattern: string): CompiledPattern {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    compiled = pattern.split('[]').map((part) => part.split(/[.[\]]+/).filter(Boolean));
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}

const readPath = (root: unknown, path: readonly string[]): unknown => {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
};

/**
 * The fields of `pattern` absent from `form`, as concrete ids: what expandPattern() +
 * readField() give, without re-parsing the pattern for every rule and every run.
 */
function missingFields(form: FilingForm, pattern: string): string[] {
  const parts = compilePattern(pattern);
  const out: string[] = [];
  const walk = (value: unknown, index: number, id: string) => {
    const part = parts[index]!;
    const next = readPath(value, part);
    const nextId = part.length === 0 ? id : id ? `${id}.${part.join('.')}` : part.join('.');
    if (index === parts.length - 1) {
      if (next === undefined) out.push(nextId);
      return;
    }
    // An absent array names the path up to the array itself, so "unknown" can say what is missing.
    if (!Array.isArray(next)) {
      if (next === undefined) out.push(nextId);
      return;
    }
    for (let i = 0; i < next.length; i++) walk(next[i], index + 1, `${nextId}[${i}]`);
  };
  walk(form, 0, '');
  return out;
}

/** The scope inputs and `reads` that are absent from the form; `cache` shares patterns between the rules of one run. */
function missingInputs(rule: RuleLogic, form: FilingForm, cache: Map<string, readonly string[]>): string[] {
  const missing: string[] = [];
  const { scope } = rule;
  if (scope.provinces && !form.province) missing.push('province');
  if (scope.natures && !form.subject?.nature) missing.push('subject.nature');
  if (scope.filingTypes && !form.filingType) missing.push('filingType');
  for (const pattern of rule.reads) {
    let fields = cache.get(pattern);
    if (!fields) {
      fields = missingFields(form, pattern);
      cache.set(pattern, fields);
    }
    for (const field of fields) missing.push(field);
  }
  return missing.length > 1 ? [...new Set(missing)] : missing;
}

/**
 * Rules sorted once per scope: for the same province, nature, filing type, kinds of
 * service and day, the rules that cannot apply and why are the same, so out-of-scope
 * rules cost nothing after the first run.
 */
interface ScopePlan {
  readonly applicable: readonly RuleLogic[];
  readonly notApplicable: readonly { readonly ruleId: string; readonly reason: NotApplicableReason }[];
}

const plans = new WeakMap<readonly RuleLogic[], Map<string, ScopePlan>>();

function scopePlan(rules: readonly RuleLogic[], form: FilingForm, ctx: RuleContext): ScopePlan {
  const key = [
    ctx.today,
    form.province ?? '',
    form.subject?.nature ?? '',
    form.filingType ?? '',
    form.websites === undefined ? 'u' : form.websites.length > 0 ? 'w' : '-',
    form.apps === undefined ? 'u' : form.apps.length > 0 ? 'a' : '-',
  ].join('|');
  let byKey = plans.get(rules);
  if (!byKey) {
    byKey = new Map();
    plans.set(rules, byKey);
  }
  let plan = byKey.get(key);
  if (!plan) {
    const applicable: RuleLogic[] = [];
    const notApplicable: { ruleId: string; reason: NotApplicableReason }[] = [];
    for (const rule of rules) {
      const reason = notApplicableReason(rule, form, ctx);
      if (reason) notApplicable.push(Object.freeze({ ruleId: rule.id, reason }));
      else applicable.push(rule);
    }
    plan = { applicable, notApplicable };
    // Bounded: a page sees a handful of scopes; a long-lived process must not grow forever.
    if (byKey.size > 64) byKey.clear();
    byKey.set(key, plan);
  }
  return plan;
}

function materialInfo(description: RuleDescription | undefined, id: string): MaterialInfo | undefined {
  return (MATERIALS as Record<string, MaterialInfo>)[id] ?? description?.materials?.[id];
}

/** What a rule needs to run: no texts, no sources (page bundles may carry only this). */
export type RuleLogic = Pick<Rule, 'id' | 'severity' | 'scope' | 'reads' | 'check' | 'effectiveFrom' | 'effectiveUntil'>;

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
}

export interface EvaluateOptions {
  readonly today: string;
  readonly rules: readonly RuleLogic[];
}

export function evaluate(input: FilingForm, options: EvaluateOptions): RawResult {
  const form = normalizeForm(input);
  const ctx: RuleContext = { today: options.today };
  const findings: RawFinding[] = [];
  const unknown: { ruleId: string; missing: string[] }[] = [];
  const passed: { ruleId: string }[] = [];
  const materials = new Map<string, { key: string; materialId: string; for?: string; reasons: RawMaterialItem['reasons'][number][] }>();
  const plan = scopePlan(options.rules, form, ctx);
  const notApplicable = plan.notApplicable.slice();
  const missingCache = new Map<string, readonly string[]>();

  for (const rule of plan.applicable) {
    const missing = missingInputs(rule, form, missingCache);
    const scopeUnknown = missing.some((field) => field === 'province' || field === 'subject.nature' || field === 'filingType');
    if (missing.length > 0) unknown.push({ ruleId: rule.id, missing });
    // A rule whose scope cannot be decided must not speak: it may not apply at all.
    if (scopeUnknown) continue;

    let found = false;
    for (const result of rule.check(form, ctx)) {
      if (isMaterialNeed(result)) {
        const key = result.for ? `${result.material}@${result.for}` : result.material;
        let entry = materials.get(key);
        if (!entry) {
          entry = { key, materialId: result.material, for: result.for, reasons: [] };
          materials.set(key, entry);
        }
        entry.reasons.push({ ruleId: rule.id, messageId: result.message, params: result.params });
        continue;
      }
      found = true;
      findings.push({ ruleId: rule.id, field: result.field, severity: rule.severity, messageId: result.message, params: result.params });
    }
    if (!found && missing.length === 0) passed.push({ ruleId: rule.id });
  }

  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const uploaded = form.materials;
  const checklist: RawMaterialItem[] = [...materials.values()].map((item) => {
    const count = uploaded?.[item.key] ?? uploaded?.[item.materialId] ?? 0;
    return { ...item, status: count > 0 ? 'provided' : 'missing' };
  });
  return { findings, notApplicable, unknown, passed, materials: checklist };
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

interface FixedTexts {
  readonly title: Bilingual;
  readonly why: Bilingual;
  readonly fix: Bilingual;
}

/** A rule's title, why and fix do not depend on the form: built once per catalog. */
const fixedTexts = new WeakMap<RuleCatalog, Map<string, FixedTexts>>();

/** Turns a raw result into text with a catalog; a rule missing from the catalog shows its ids. */
export function describe(raw: RawResult, catalog: RuleCatalog): RunResult {
  const textsOf = (ruleId: string, lang: Lang) => catalog[ruleId]?.texts[lang] ?? NO_TEXTS;
  const both = (pick: (lang: Lang) => string): Bilingual => ({ 'zh-CN': pick('zh-CN'), en: pick('en') });
  let fixed = fixedTexts.get(catalog);
  if (!fixed) {
    fixed = new Map();
    fixedTexts.set(catalog, fixed);
  }
  const fixedOf = (ruleId: string): FixedTexts => {
    let entry = fixed.get(ruleId);
    if (!entry) {
      entry = {
        title: both((lang) => textsOf(ruleId, lang).title || ruleId),
        why: both((lang) => textsOf(ruleId, lang).why),
        fix: both((lang) => textsOf(ruleId, lang).fix),
      };
      fixed.set(ruleId, entry);
    }
    return entry;
  };
  const title = (ruleId: string) => fixedOf(ruleId).title;
  const message = (ruleId: string, id: string, params: Params | undefined) =>
    both((lang) => formatMessage((textsOf(ruleId, lang).messages as Record<string, string>)[id] ?? id, params, lang));
  const sourcesOf = (ruleId: string) => catalog[ruleId]?.sources ?? [];
  return {
    findings: raw.findings.map((f) => ({
      ruleId: f.ruleId,
      field: f.field,
      severity: f.severity,
      messageId: f.messageId,
      message: message(f.ruleId, f.messageId, f.params),
      title: title(f.ruleId),
      why: fixedOf(f.ruleId).why,
      fix: fixedOf(f.ruleId).fix,
      sources: sourcesOf(f.ruleId),
      effectiveFrom: catalog[f.ruleId]?.effectiveFrom,
    })),
    notApplicable: raw.notApplicable.map((n) => ({ ...n, title: title(n.ruleId) })),
    unknown: raw.unknown.map((u) => ({ ...u, title: title(u.ruleId) })),
    passed: raw.passed.map((p) => ({ ...p, title: title(p.ruleId) })),
    materials: raw.materials.map((m) => {
      const info = m.reasons.map((r) => materialInfo(catalog[r.ruleId], m.materialId)).find(Boolean);
      // A material nobody declares is a bug in a rule; rule tests must see it.
      if (!info && m.reasons.every((r) => catalog[r.ruleId])) {
        throw new Error(`${m.reasons[0]!.ruleId} needs material "${m.materialId}", which is neither in the catalog nor declared by the rule`);
      }
      return {
        key: m.key,
        materialId: m.materialId,
        for: m.for,
        name: info ? { 'zh-CN': info.zh, en: info.en } : { 'zh-CN': m.materialId, en: m.materialId },
        howTo: info?.howTo && { 'zh-CN': info.howTo.zh, en: info.howTo.en },
        reasons: m.reasons.map((r) => ({ ruleId: r.ruleId, messageId: r.messageId, message: message(r.ruleId, r.messageId, r.params), sources: sourcesOf(r.ruleId) })),
        status: m.status,
      };
    }),
  };
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
