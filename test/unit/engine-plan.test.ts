/**
 * The engine's shortcuts (scope plans kept per rule list, `reads` patterns compiled once)
 * must decide exactly what the plain definition decides: every rule, on complete, partial
 * and empty forms, across provinces and natures, run twice so the second run uses the plans.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../rules/engine/run';
import { loadAllRules } from '../../rules/load-rules';
import type { FilingForm } from '../../rules/model/filing-form';
import { expandPattern, readField } from '../../rules/model/fields';
import { normalizeForm } from '../../rules/model/normalize';
import { makeForm, TODAY } from '../support/make-form';

const rules = await loadAllRules();

/** The missing fields of one rule, by the definition in rules/model/fields.ts. */
function expectedMissing(rule: (typeof rules)[number], input: FilingForm): string[] {
  const form = normalizeForm(input);
  const missing: string[] = [];
  if (rule.scope.provinces && !form.province) missing.push('province');
  if (rule.scope.natures && !form.subject?.nature) missing.push('subject.nature');
  if (rule.scope.filingTypes && !form.filingType) missing.push('filingType');
  for (const pattern of rule.reads) for (const field of expandPattern(form, pattern)) if (readField(form, field) === undefined) missing.push(field);
  return [...new Set(missing)];
}

const forms: [string, FilingForm][] = [
  ['enterprise', makeForm('enterprise')],
  ['individual', makeForm('individual')],
  ['empty', {}],
  ['province and nature only', { province: 'BJ', subject: { nature: 'individual' } }],
  ['two websites, one half-filled', makeForm('enterprise', (f) => void f.websites!.push({ name: '第二个网站', domains: ['example-two.cn'] }))],
  [
    'apps, no websites',
    makeForm('individual', (f) => {
      delete f.websites;
      f.apps = [{ name: '示例', platforms: [{ platform: 'android' }] }];
    }),
  ],
];

// One list for every form: plans made for one form must not leak into another.
const list = [...rules];

describe('engine shortcuts decide as the definition does', () => {
  for (const [name, form] of forms) {
    it(name, () => {
      const fresh = evaluate(form, { today: TODAY, rules: [...rules] });
      for (let round = 0; round < 2; round++) {
        const result = evaluate(form, { today: TODAY, rules: list });
        expect(result).toEqual(fresh);
        const notApplicable = new Set(result.notApplicable.map((n) => n.ruleId));
        for (const rule of rules) {
          if (notApplicable.has(rule.id)) continue;
          const unknown = result.unknown.find((u) => u.ruleId === rule.id)?.missing ?? [];
          expect(unknown, rule.id).toEqual(expectedMissing(rule, form));
        }
        expect(result.notApplicable.map((n) => n.ruleId)).toEqual(rules.filter((r) => notApplicable.has(r.id)).map((r) => r.id));
      }
    });
  }
});
