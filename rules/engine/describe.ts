/**
 * Description: a RawResult and a catalog of the rules' words → the RunResult people read.
 * What a run hands back unchanged (the usual case while someone types) is described once
 * and handed out again.
 */
import { MATERIALS, type MaterialInfo } from '../model/materials';
import { resolveSource, type Source } from '../sources';
import { formatMessage } from './format';
import type { Finding, MaterialItem, MaterialReason, RawFinding, RawMaterialItem, RawResult, RuleStatus, RunResult } from './result';
import type { Bilingual, Lang, Params, Rule } from './types';
import { DEFAULT_PROVIDER, PROVIDERS, providerParams, type ProviderId } from '../model/providers';

/** The words of a rule: everything describe() needs, shippable as data. */
export interface RuleDescription {
  readonly texts: Rule['texts'];
  readonly sources: readonly Source[];
  readonly effectiveFrom?: string;
  readonly reviewedAt?: string;
  readonly materials?: Rule['materials'];
}

export type RuleCatalog = Readonly<Record<string, RuleDescription>>;

export function describeRules(rules: readonly Rule[]): RuleCatalog {
  const catalog: Record<string, RuleDescription> = {};
  for (const rule of rules) {
    catalog[rule.id] = {
      texts: rule.texts,
      sources: rule.sources.map(resolveSource),
      effectiveFrom: rule.effectiveFrom,
      reviewedAt: rule.reviewedAt,
      materials: rule.materials,
    };
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

/**
 * What describe() keeps between runs for one catalog and one provider: part of one engine's
 * state (rules/engine/engine.ts). Nothing described for one provider is reused for another.
 */
interface CatalogCache {
  readonly provider: ProviderId;
  /** The provider placeholders' values (rules/model/providers.ts). */
  readonly providerParams: Params;
  readonly fixed: Map<string, FixedTexts>;
  /** Described notApplicable lists, by the frozen list of a scope plan. */
  readonly notApplicable: WeakMap<RawResult['notApplicable'], RunResult['notApplicable']>;
  /** The material items of the last runs, by key, raw and described (see sameMaterial()). */
  readonly materials: Map<string, { readonly raw: RawMaterialItem; readonly described: MaterialItem }>;
  /** A material's name and how-to in both languages: the same for every run, so built once per material. */
  readonly materialTexts: WeakMap<MaterialInfo, MaterialTexts>;
  /** The last `passed` list described, raw (its entries, not the list) and described. */
  passed?: { readonly raw: readonly { readonly ruleId: string }[]; readonly described: readonly RuleStatus[] };
}

/** A material's words for one provider: name, how-to, template, signer and limits. */
type MaterialTexts = Pick<MaterialItem, 'name' | 'howTo' | 'process' | 'template' | 'signer' | 'limits'>;

/** describe()'s state for one catalog: a CatalogCache per provider, made when a run for it is first described. */
export type CatalogCaches = Map<ProviderId, CatalogCache>;

export const newCatalogCaches = (): CatalogCaches => new Map();

function cacheFor(caches: CatalogCaches, provider: ProviderId): CatalogCache {
  let cache = caches.get(provider);
  if (!cache) {
    cache = {
      provider,
      providerParams: providerParams(provider),
      fixed: new Map(),
      notApplicable: new WeakMap(),
      materials: new Map(),
      materialTexts: new WeakMap(),
    };
    caches.set(provider, cache);
  }
  return cache;
}

/** Both languages of a text, its placeholders filled. */
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
    if (
      x.ruleId !== y.ruleId ||
      x.messageId !== y.messageId ||
      x.findingField !== y.findingField ||
      x.alternative !== y.alternative ||
      !sameParams(x.params, y.params)
    )
      return false;
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

/** Turns a raw result into text with a catalog; a rule missing from the catalog shows its ids. `caches` are kept for the next runs. */
export function describeResult(raw: RawResult, catalog: RuleCatalog, caches: CatalogCaches): RunResult {
  const cache = cacheFor(caches, raw.provider ?? DEFAULT_PROVIDER);
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
      reviewedAt: description?.reviewedAt,
    });
    fixed.findings ??= new Map();
    if (fixed.findings.size >= DESCRIBED_KEPT) fixed.findings.clear();
    fixed.findings.set(f.field, { raw: f, described });
    findings.push(described);
  }
  const unknown: (RuleStatus & { readonly missing: readonly string[]; readonly failed?: true })[] = [];
  for (const u of raw.unknown)
    unknown.push({ ruleId: u.ruleId, missing: u.missing, ...(u.failed ? { failed: true as const } : {}), title: fixedOf(catalog, cache, u.ruleId).title });
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
    texts = materialTexts(info, cache.provider, params);
    cache.materialTexts.set(info, texts);
  }
  const reasons: MaterialReason[] = [];
  let conditional = true;
  for (const r of m.reasons) {
    const described: { -readonly [K in keyof MaterialReason]: MaterialReason[K] } = {
      ruleId: r.ruleId,
      messageId: r.messageId,
      message: Object.freeze(message(catalog, cache, r.ruleId, r.messageId, r.params)),
      sources: catalog[r.ruleId]?.sources ?? NO_SOURCES,
    };
    if (r.findingField !== undefined) described.finding = Object.freeze({ field: r.findingField });
    else conditional = false;
    if (r.alternative !== undefined)
      described.alternative = Object.freeze({ materialId: r.alternative, name: materialName(catalog, cache, r.ruleId, r.alternative) });
    reasons.push(Object.freeze(described));
  }
  // Frozen: describe() hands the same item to later runs while it stays the same.
  return Object.freeze({
    key: m.key,
    materialId: m.materialId,
    for: m.for,
    name: texts ? texts.name : { 'zh-CN': m.materialId, en: m.materialId },
    howTo: texts?.howTo,
    ...(texts?.process ? { process: true as const } : {}),
    ...(texts?.template ? { template: texts.template } : {}),
    ...(texts?.signer ? { signer: texts.signer } : {}),
    ...(texts?.limits ? { limits: texts.limits } : {}),
    reasons: Object.freeze(reasons),
    status: m.status,
    ...(conditional ? { conditional: true as const } : {}),
  });
}

/** A material's words for `provider`: the limits its own data gives for the provider, else the provider's for any upload (none for a process). */
function materialTexts(info: MaterialInfo, provider: ProviderId, params: Params): MaterialTexts {
  const limits = info.limits?.[provider];
  const where = info.template?.where ?? { zh: '{providerTemplates}', en: '{providerTemplates}' };
  const uploadLimits = info.process ? undefined : PROVIDERS[provider].uploadLimits;
  return Object.freeze({
    name: bilingual(info.zh, info.en, params),
    ...(info.howTo ? { howTo: bilingual(info.howTo.zh, info.howTo.en, params) } : {}),
    ...(info.process ? { process: true as const } : {}),
    ...(info.template
      ? { template: Object.freeze({ name: bilingual(info.template.zh, info.template.en, params), where: bilingual(where.zh, where.en, params) }) }
      : {}),
    ...(info.signer ? { signer: bilingual(info.signer.zh, info.signer.en, params) } : {}),
    ...(limits ? { limits: bilingual(limits.zh, limits.en, params) } : uploadLimits ? { limits: uploadLimits } : {}),
  });
}

/** A material's name, for an alternative a reason offers (declared in the catalog or by the rule). */
function materialName(catalog: RuleCatalog, cache: CatalogCache, ruleId: string, id: string): Bilingual {
  const description = catalog[ruleId];
  const info = materialInfo(description, id);
  if (!info) {
    if (description) throw new Error(`${ruleId} offers material "${id}", which is neither in the catalog nor declared by the rule`);
    return { 'zh-CN': id, en: id };
  }
  return bilingual(info.zh, info.en, cache.providerParams);
}

function materialInfo(description: RuleDescription | undefined, id: string): MaterialInfo | undefined {
  return (MATERIALS as Record<string, MaterialInfo>)[id] ?? description?.materials?.[id];
}
