/**
 * Table-driven rule tests (in the manner of ESLint's RuleTester). Every case runs
 * through the engine, so normalisation and scope apply exactly as in the product.
 *
 *   testRule(rule, {
 *     valid: [{ name: 'a plain name', form: makeForm() }],
 *     invalid: [{ name: 'pure digits', form: …, issues: [{ field: 'websites[0].name', message: 'digits' }] }],
 *   });
 *
 * `issues` and `needs` list exactly what the rule must report (order ignored);
 * `notApplicable` cases must be out of the rule's scope.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../rules/engine/types';
import { run, type RunResult } from '../../rules/engine/run';
import type { FilingForm } from '../../rules/model/filing-form';
import type { ProviderId } from '../../rules/model/providers';
import { ruleInputs } from '../../rules/engine/inputs';
import { TODAY } from './make-form';
import { newRecordedReads, recordingRule, undeclaredReads } from './record-reads';

export interface RuleCase {
  readonly name: string;
  readonly form: FilingForm;
  readonly today?: string;
  /** The run's provider (RuleContext.provider); the engine's default when absent. */
  readonly provider?: ProviderId;
}

export interface InvalidCase extends RuleCase {
  readonly issues?: readonly { readonly field: string; readonly message: string }[];
  readonly needs?: readonly { readonly material: string; readonly for?: string; readonly message: string }[];
  /**
   * Documents the findings imply (Issue.materials), by the finding's field: checked exactly when
   * given. Either way each must come from a reported finding.
   */
  readonly implied?: readonly { readonly material: string; readonly for?: string; readonly field: string; readonly or?: string }[];
}

export interface RuleTable {
  readonly valid: readonly RuleCase[];
  readonly invalid: readonly InvalidCase[];
  readonly notApplicable?: readonly RuleCase[];
  readonly unknown?: readonly (RuleCase & { readonly missing: readonly string[] })[];
}

/**
 * Runs the case through the engine with the rule's check reading through recording
 * proxies, and fails if it read a field its inputs do not declare (the engine would not
 * re-run it when that field changes).
 */
function runOne(rule: Rule, testCase: RuleCase): RunResult {
  const reads = newRecordedReads();
  const result = run(testCase.form, { today: testCase.today ?? TODAY, rules: [recordingRule(rule, reads)], provider: testCase.provider });
  expect(undeclaredReads(reads, ruleInputs(rule)), `${rule.id} reads fields missing from its reads/alsoReads`).toEqual([]);
  // The engine reports a rule whose check threw as failed rather than throwing itself.
  expect(
    result.unknown.filter((u) => u.failed).map((u) => u.ruleId),
    `${rule.id}'s check threw`,
  ).toEqual([]);
  return result;
}

function reported(result: RunResult) {
  return {
    issues: result.findings.map((f) => ({ field: f.field, message: f.messageId })).sort(byJson),
    needs: result.materials
      .flatMap((m) => m.reasons.filter((r) => !r.finding).map((r) => ({ material: m.materialId, for: m.for, message: r.messageId })))
      .sort(byJson),
  };
}

function implied(result: RunResult) {
  return result.materials
    .flatMap((m) =>
      m.reasons.flatMap((r) => (r.finding ? [{ material: m.materialId, for: m.for, field: r.finding.field, or: r.alternative?.materialId }] : [])),
    )
    .sort(byJson);
}

/** Every implied material names a finding of the run, by rule, field and message. */
function expectImpliedFromFindings(result: RunResult) {
  for (const m of result.materials) {
    for (const r of m.reasons) {
      if (!r.finding) continue;
      const finding = result.findings.find(
        (f) => f.ruleId === r.ruleId && f.field === r.finding!.field && f.messageId === r.messageId && f.message['zh-CN'] === r.message['zh-CN'],
      );
      expect(finding, `${m.key} implied by a finding that is not reported`).toBeDefined();
    }
  }
}

function byJson(a: unknown, b: unknown): number {
  return JSON.stringify(a) < JSON.stringify(b) ? -1 : 1;
}

/** ID numbers, phones and emails in the form: messages must never quote them (they end up in exports and logs). */
function personalValues(form: FilingForm): string[] {
  const people = [form.subject?.principal, ...(form.websites ?? []).map((w) => w.principal), ...(form.apps ?? []).map((a) => a.principal)];
  const values = people.flatMap((p) => (p ? [p.idNumber, p.mobile, p.emergencyPhone, p.email, p.officePhone] : []));
  if (form.subject?.nature === 'individual') values.push(form.subject.certNumber);
  return values.filter((v): v is string => typeof v === 'string' && v.trim().length >= 6);
}

function expectNoPersonalData(result: RunResult, form: FilingForm) {
  const secrets = personalValues(form);
  const texts = [
    ...result.findings.flatMap((f) => Object.values(f.message)),
    ...result.materials.flatMap((m) => m.reasons.flatMap((r) => Object.values(r.message))),
  ];
  for (const text of texts) for (const secret of secrets) expect(text, 'a message quotes personal data').not.toContain(secret.trim());
}

function expectNoPlaceholdersLeft(result: RunResult) {
  for (const finding of result.findings) {
    for (const text of Object.values(finding.message)) expect(text, `unfilled placeholder in "${text}"`).not.toMatch(/\{\w+\}/);
  }
  for (const item of result.materials) {
    for (const reason of item.reasons) {
      for (const text of Object.values(reason.message)) expect(text, `unfilled placeholder in "${text}"`).not.toMatch(/\{\w+\}/);
    }
  }
}

export function testRule(rule: Rule, table: RuleTable): void {
  describe(rule.id, () => {
    it('has at least one valid and one invalid case', () => {
      expect(table.valid.length).toBeGreaterThan(0);
      expect(table.invalid.length).toBeGreaterThan(0);
    });

    for (const testCase of table.valid) {
      it(`valid: ${testCase.name}`, () => {
        const result = runOne(rule, testCase);
        expect(result.notApplicable, 'a valid case must be in scope').toEqual([]);
        expect(reported(result)).toEqual({ issues: [], needs: [] });
        expect(implied(result), 'a valid case implies no material').toEqual([]);
      });
    }

    for (const testCase of table.invalid) {
      it(`invalid: ${testCase.name}`, () => {
        const result = runOne(rule, testCase);
        expect(result.notApplicable, 'an invalid case must be in scope').toEqual([]);
        expect(reported(result)).toEqual({
          issues: [...(testCase.issues ?? [])].map((i) => ({ field: i.field, message: i.message })).sort(byJson),
          needs: [...(testCase.needs ?? [])].map((n) => ({ material: n.material, for: n.for, message: n.message })).sort(byJson),
        });
        if (testCase.implied) {
          expect(implied(result)).toEqual([...testCase.implied].map((i) => ({ material: i.material, for: i.for, field: i.field, or: i.or })).sort(byJson));
        }
        expectImpliedFromFindings(result);
        expectNoPlaceholdersLeft(result);
        expectNoPersonalData(result, testCase.form);
      });
    }

    for (const testCase of table.notApplicable ?? []) {
      it(`not applicable: ${testCase.name}`, () => {
        const result = runOne(rule, testCase);
        expect(result.notApplicable.map((r) => r.ruleId)).toEqual([rule.id]);
      });
    }

    for (const testCase of table.unknown ?? []) {
      it(`unknown: ${testCase.name}`, () => {
        const result = runOne(rule, testCase);
        expect(result.unknown.map((r) => r.ruleId)).toEqual([rule.id]);
        expect(result.unknown[0]!.missing).toEqual(expect.arrayContaining([...testCase.missing]));
      });
    }
  });
}
