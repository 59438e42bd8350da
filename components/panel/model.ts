/** Pure shaping of a RunResult for the side panel: grouping, ordering, titles. */
import type { Finding, MaterialItem, RunResult } from '../../rules/engine/run';
import { SEVERITY_RANK, type Bilingual, type Severity } from '../../rules/engine/types';
import { FIELDS, fieldInfo, fieldPattern, type Step } from '../../rules/model/fields';

export const STEP_ORDER: readonly Step[] = ['verify', 'subject', 'website', 'app', 'upload', 'other'];
const FIELD_ORDER = new Map(Object.keys(FIELDS).map((pattern, index) => [pattern, index]));

export interface FieldGroup {
  readonly field: string;
  /** Sorted: errors, then warnings, then info. */
  readonly findings: readonly Finding[];
  readonly worst: Severity;
}

export interface StepGroup {
  readonly step: Step;
  readonly fields: readonly FieldGroup[];
}

export function stepOf(field: string): Step {
  return fieldInfo(field)?.step ?? 'other';
}

/** `websites[1].principal.mobile` → [position of the pattern in FIELDS, 1]. */
function fieldOrder(field: string): number[] {
  const indexes = [...field.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  return [FIELD_ORDER.get(fieldPattern(field)) ?? Number.MAX_SAFE_INTEGER, ...indexes];
}

function compareArrays(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Steps in wizard order; inside a step, fields with errors first, then warnings, then
 * info (ties in form order); inside a field, errors first.
 */
export function groupFindings(findings: readonly Finding[], disabledRules: readonly string[] = []): StepGroup[] {
  const off = new Set(disabledRules);
  const byField = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (off.has(finding.ruleId)) continue;
    const list = byField.get(finding.field) ?? [];
    list.push(finding);
    byField.set(finding.field, list);
  }
  const fields: FieldGroup[] = [...byField].map(([field, list]) => {
    const sorted = [...list].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    return { field, findings: sorted, worst: sorted[0]!.severity };
  });
  return STEP_ORDER.map((step) => ({
    step,
    fields: fields
      .filter((group) => stepOf(group.field) === step)
      .sort((a, b) => SEVERITY_RANK[a.worst] - SEVERITY_RANK[b.worst] || compareArrays(fieldOrder(a.field), fieldOrder(b.field))),
  })).filter((group) => group.fields.length > 0);
}

export function countBySeverity(findings: readonly Finding[], disabledRules: readonly string[] = []): Record<Severity, number> {
  const off = new Set(disabledRules);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) if (!off.has(finding.ruleId)) counts[finding.severity]++;
  return counts;
}

/** Rule id → how many findings it has now (switched-off rules left out): what switching it off would hide. */
export function findingsPerRule(findings: readonly Finding[], disabledRules: readonly string[] = []): Map<string, number> {
  const off = new Set(disabledRules);
  const counts = new Map<string, number>();
  for (const finding of findings) if (!off.has(finding.ruleId)) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return counts;
}

/** Rule id → title, from every bucket of the result (material-only rules sit in `passed` or `unknown`). */
export function ruleTitles(result: RunResult): Map<string, Bilingual> {
  const titles = new Map<string, Bilingual>();
  for (const entry of [...result.findings, ...result.passed, ...result.unknown, ...result.notApplicable]) titles.set(entry.ruleId, entry.title);
  return titles;
}

/**
 * A material as the panel shows it: `elsewhere` when the console has the materials uploaded
 * in its app (AdapterHealth.materialsElsewhere) and the pages counted no file for it: done
 * in the app, not readable here, never missing.
 */
export type ShownMaterial = Omit<MaterialItem, 'status'> & { readonly status: MaterialItem['status'] | 'elsewhere' };

const STATUS_ORDER: Readonly<Record<ShownMaterial['status'], number>> = { missing: 0, elsewhere: 1, provided: 2 };

/**
 * Materials with the reasons of switched-off rules removed; an item left without reasons is
 * not needed. Missing first, then those done elsewhere (`materialsElsewhere`), then provided.
 */
export function visibleMaterials(materials: readonly MaterialItem[], disabledRules: readonly string[] = [], materialsElsewhere = false): ShownMaterial[] {
  const off = new Set(disabledRules);
  return materials
    .map((item): ShownMaterial => ({
      ...item,
      reasons: item.reasons.filter((reason) => !off.has(reason.ruleId)),
      ...(materialsElsewhere && item.status === 'missing' ? { status: 'elsewhere' as const } : {}),
    }))
    .filter((item) => item.reasons.length > 0)
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
}

/** Where the problems to fix (errors and warnings) sit relative to the step on screen. */
export interface ToFix {
  /** On the step on screen (or every one when the step is unknown), and on fields of no wizard step. */
  readonly here: number;
  /** On earlier steps: reached with the console's 上一步. */
  readonly earlier: number;
  readonly earlierSteps: readonly Step[];
  /** On later steps: fixed when the user gets there. */
  readonly later: number;
  readonly laterSteps: readonly Step[];
}

/** Errors and warnings (switched-off rules left out) split by step: here, earlier, later. */
export function toFix(findings: readonly Finding[], currentStep: Step | 'unknown', disabledRules: readonly string[] = []): ToFix {
  const off = new Set(disabledRules);
  const current = currentStep === 'unknown' ? -1 : STEP_ORDER.indexOf(currentStep);
  let here = 0;
  let earlier = 0;
  let later = 0;
  const earlierSteps = new Set<Step>();
  const laterSteps = new Set<Step>();
  for (const finding of findings) {
    if (off.has(finding.ruleId) || finding.severity === 'info') continue;
    const step = stepOf(finding.field);
    const index = STEP_ORDER.indexOf(step);
    if (current < 0 || step === 'other' || index === current) here++;
    else if (index < current) {
      earlier++;
      earlierSteps.add(step);
    } else {
      later++;
      laterSteps.add(step);
    }
  }
  const inOrder = (steps: Set<Step>) => STEP_ORDER.filter((step) => steps.has(step));
  return { here, earlier, earlierSteps: inOrder(earlierSteps), later, laterSteps: inOrder(laterSteps) };
}

/** Whether a finding's field is on an earlier or a later step than the one on screen (undefined: this step, no step, or unknown). */
export function stepRelation(field: string, currentStep: Step | 'unknown'): 'earlier' | 'later' | undefined {
  const step = stepOf(field);
  if (currentStep === 'unknown' || step === 'other' || step === currentStep) return undefined;
  return STEP_ORDER.indexOf(step) < STEP_ORDER.indexOf(currentStep) ? 'earlier' : 'later';
}
