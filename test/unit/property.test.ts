/**
 * Property tests: whatever a console or a CLI user hands in, the engine answers, no rule
 * throws (the engine would report it as failed), and every finding names a real field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/all-rules';
import { run } from '../../rules/engine/run';
import { fieldInfo } from '../../rules/model/fields';
import { FilingFormSchema, type FilingForm } from '../../rules/model/filing-form';
import { date, formArbitrary } from '../support/form-arbitrary';

// Hundreds of full evaluations: a generous timeout so a busy machine cannot fail them (no timing is asserted).
describe('the engine on random filings', { timeout: 300_000 }, () => {
  it('never throws and reports only real fields', () => {
    fc.assert(
      fc.property(formArbitrary, date, (form, today) => {
        const result = run(form, { today, rules: ALL_RULES });
        // The engine keeps a throwing rule from silencing the others: it reports it as failed.
        expect(result.unknown.filter((u) => u.failed).map((u) => u.ruleId)).toEqual([]);
        for (const finding of result.findings) expect(fieldInfo(finding.field), finding.field).toBeDefined();
        for (const item of result.materials) expect(['provided', 'missing']).toContain(item.status);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result whatever ran before it: what the engine keeps between runs never leaks into another form', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(formArbitrary, date), { minLength: 2, maxLength: 4 }), (runs) => {
        for (const [form, today] of runs) {
          const afterOthers = run(form, { today, rules: ALL_RULES });
          // A new rule list has its own scope plans and its own catalog, so nothing described before is reused.
          const fresh = run(structuredClone(form), { today, rules: [...ALL_RULES] });
          expect(afterOthers).toEqual(fresh);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('accepts every random filing the schema accepts, and the schema accepts the generated shape', () => {
    fc.assert(
      fc.property(formArbitrary, (form) => {
        // Dates are generated well-formed, so the schema must agree.
        expect(FilingFormSchema.safeParse(form).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary JSON that happens to pass the schema', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const parsed = FilingFormSchema.safeParse(json);
        if (parsed.success) expect(run(parsed.data as FilingForm, { today: '2026-11-29', rules: ALL_RULES }).unknown.filter((u) => u.failed)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
