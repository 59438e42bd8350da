/**
 * Evaluation: a form and a day → what the rules decide, as ids and parameters (RawResult).
 * Incremental: within one scope plan (rules/engine/plan.ts), a rule none of whose inputs
 * changed since the last run is not run again, and what it came to is reused
 * (rules/engine/inputs.ts).
 */
import { missingFields } from '../model/field-path';
import type { FilingForm } from '../model/filing-form';
import { normalizeForm } from '../model/normalize';
import { endRun, startRun } from './per-run';
import { scopePlan, type PlannedRule, type Plans, type RuleOutcome, type ScopePlan } from './plan';
import type { RawFinding, RawMaterialItem, RawResult } from './result';
import { isScopeInput } from './scope';
import { SEVERITY_RANK, type RuleContext } from './types';

interface MaterialEntry {
  readonly key: string;
  readonly materialId: string;
  readonly for?: string;
  readonly reasons: RawMaterialItem['reasons'][number][];
}

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
function judgeRule(
  planned: PlannedRule,
  form: FilingForm,
  ctx: RuleContext,
  plan: ScopePlan,
  missingByPattern: (readonly string[] | undefined)[],
): RuleOutcome {
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
    if (planned.scopeMissing.length > 0 || missing.some(isScopeInput)) return Object.freeze({ unknown, findings: NO_FINDINGS, needs: NO_NEEDS, passed: false });
  }

  const results = planned.check.call(planned.rule, form, ctx);
  let findings: RawFinding[] | undefined;
  let needs: RuleOutcome['needs'][number][] | undefined;
  for (let i = 0; i < results.length; i++) {
    const result = results[i]!;
    // isMaterialNeed(), written out: the call is one of the hottest in a run.
    if ('material' in result) {
      const key = result.for ? materialKey(result.material, result.for) : result.material;
      (needs ??= []).push({
        key,
        materialId: result.material,
        for: result.for,
        reason: Object.freeze({ ruleId, messageId: result.message, params: result.params }),
      });
      continue;
    }
    (findings ??= []).push(Object.freeze({ ruleId, field: result.field, severity: planned.severity, messageId: result.message, params: result.params }));
    // Documents the finding implies: reasons that carry the finding, kept in the outcome with it.
    const implied = result.materials;
    if (implied !== undefined) {
      for (let j = 0; j < implied.length; j++) {
        const m = implied[j]!;
        const key = m.for ? materialKey(m.material, m.for) : m.material;
        const reason = { ruleId, messageId: result.message, params: result.params, findingField: result.field, ...(m.or ? { alternative: m.or } : {}) };
        (needs ??= []).push({ key, materialId: m.material, for: m.for, reason: Object.freeze(reason) });
      }
    }
  }
  return Object.freeze({ unknown, findings: findings ?? NO_FINDINGS, needs: needs ?? NO_NEEDS, passed: findings === undefined && missing === undefined });
}

const NO_FINDINGS: readonly RawFinding[] = Object.freeze([]);
const NO_NEEDS: RuleOutcome['needs'] = Object.freeze([]);
const NO_FIELDS: readonly string[] = Object.freeze([]);

/** What a rule whose check threw comes to: unknown, with nothing missing (never cached). */
function failedOutcome(ruleId: string): RuleOutcome {
  return Object.freeze({
    unknown: Object.freeze({ ruleId, missing: NO_FIELDS, failed: true as const }),
    findings: NO_FINDINGS,
    needs: NO_NEEDS,
    passed: false,
  });
}

/** What the rules of `plans` decide on `input` on `ctx.today`; `plans` keeps what the next run may reuse. */
export function evaluateForm(plans: Plans, input: FilingForm, ctx: RuleContext): RawResult {
  const form = normalizeForm(input);
  const findings: RawFinding[] = [];
  const unknown: RawResult['unknown'][number][] = [];
  const passed: { readonly ruleId: string }[] = [];
  let materials: Map<string, MaterialEntry> | undefined;
  const plan = scopePlan(plans, form, ctx);
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
        try {
          outcome = judgeRule(planned, form, ctx, plan, missingByPattern);
          planned.outcome = outcome;
        } catch {
          // One broken rule must not silence every other (on the console's page, on input no
          // test foresaw): it cannot decide this run, and is judged again the next. Nothing of
          // the error is kept: it may quote the form.
          outcome = failedOutcome(planned.id);
        }
      }
      if (outcome.unknown !== undefined) unknown.push(outcome.unknown);
      if (outcome.passed) passed.push(planned.passed);
      const ruleFindings = outcome.findings;
      if (ruleFindings.length > 0) {
        const severity = SEVERITY_RANK[planned.severity];
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
  if (unsorted) findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
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
