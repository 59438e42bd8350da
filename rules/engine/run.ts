/**
 * The engine: scope → effective dates → reads → check → findings, unknowns and the
 * materials checklist. Pure and synchronous; runs the same in Node and in the page.
 */
import type { FilingForm } from '../model/filing-form';
import { expandPattern, readField } from '../model/fields';
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

function bilingual(rule: Rule, pick: (lang: Lang) => string): Bilingual {
  return { 'zh-CN': pick('zh-CN'), en: pick('en') };
}

/** Why a rule does not apply to this form, or undefined when it does (or cannot tell yet). */
function notApplicableReason(rule: Rule, form: FilingForm, ctx: RuleContext): NotApplicableReason | undefined {
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

/** The scope inputs and `reads` that are absent from the form. */
function missingInputs(rule: Rule, form: FilingForm): string[] {
  const missing: string[] = [];
  const { scope } = rule;
  if (scope.provinces && !form.province) missing.push('province');
  if (scope.natures && !form.subject?.nature) missing.push('subject.nature');
  if (scope.filingTypes && !form.filingType) missing.push('filingType');
  for (const pattern of rule.reads) {
    for (const field of expandPattern(form, pattern)) {
      if (readField(form, field) === undefined) missing.push(field);
    }
  }
  return [...new Set(missing)];
}

function materialInfo(rule: Rule, id: string): MaterialInfo {
  const info = (MATERIALS as Record<string, MaterialInfo>)[id] ?? rule.materials?.[id];
  if (!info) throw new Error(`${rule.id} needs material "${id}", which is neither in the catalog nor declared by the rule`);
  return info;
}

export function run(input: FilingForm, options: RunOptions): RunResult {
  const form = normalizeForm(input);
  const ctx: RuleContext = { today: options.today };
  const findings: Finding[] = [];
  const notApplicable: (RuleStatus & { reason: NotApplicableReason })[] = [];
  const unknown: (RuleStatus & { missing: string[] })[] = [];
  const passed: RuleStatus[] = [];
  const materials = new Map<string, { item: Omit<MaterialItem, 'reasons' | 'status'>; reasons: MaterialReason[] }>();

  for (const rule of options.rules) {
    const title = bilingual(rule, (lang) => rule.texts[lang].title);
    const reason = notApplicableReason(rule, form, ctx);
    if (reason) {
      notApplicable.push({ ruleId: rule.id, title, reason });
      continue;
    }
    const missing = missingInputs(rule, form);
    const scopeUnknown = missing.some((field) => field === 'province' || field === 'subject.nature' || field === 'filingType');
    if (missing.length > 0) unknown.push({ ruleId: rule.id, title, missing });
    // A rule whose scope cannot be decided must not speak: it may not apply at all.
    if (scopeUnknown) continue;

    const sources = rule.sources.map(resolveSource);
    const message = (id: string, params: Params | undefined) =>
      bilingual(rule, (lang) => formatMessage(rule.texts[lang].messages[id] ?? id, params, lang));
    const results = rule.check(form, ctx);
    let found = false;
    for (const result of results) {
      if (isMaterialNeed(result)) {
        const key = result.for ? `${result.material}@${result.for}` : result.material;
        let entry = materials.get(key);
        if (!entry) {
          const info = materialInfo(rule, result.material);
          entry = {
            item: { key, materialId: result.material, for: result.for, name: { 'zh-CN': info.zh, en: info.en }, howTo: info.howTo && { 'zh-CN': info.howTo.zh, en: info.howTo.en } },
            reasons: [],
          };
          materials.set(key, entry);
        }
        entry.reasons.push({ ruleId: rule.id, messageId: result.message, message: message(result.message, result.params), sources });
        continue;
      }
      found = true;
      findings.push({
        ruleId: rule.id,
        field: result.field,
        severity: rule.severity,
        messageId: result.message,
        message: message(result.message, result.params),
        title,
        why: bilingual(rule, (lang) => rule.texts[lang].why),
        fix: bilingual(rule, (lang) => rule.texts[lang].fix),
        sources,
        effectiveFrom: rule.effectiveFrom,
      });
    }
    if (!found && missing.length === 0) passed.push({ ruleId: rule.id, title });
  }

  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const uploaded = form.materials;
  const checklist: MaterialItem[] = [...materials.values()].map(({ item, reasons }) => {
    const count = uploaded?.[item.key] ?? uploaded?.[item.materialId] ?? 0;
    return { ...item, reasons, status: count > 0 ? 'provided' : 'missing' };
  });
  return { findings, notApplicable, unknown, passed, materials: checklist };
}
