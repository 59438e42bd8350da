import { describe, expect, it } from 'vitest';
import { ALL_RULES } from './all-rules';
import { currentRuleId, RULE_RENAMES } from './renames';

const IDS = new Set(ALL_RULES.map((rule) => rule.id));

describe('rule renames', () => {
  it.each(Object.keys(RULE_RENAMES))('%s maps to an existing rule', (old) => {
    expect(IDS.has(currentRuleId(old)), `${old} → ${currentRuleId(old)}`).toBe(true);
  });

  it('never names a current rule as a rename source', () => {
    expect(Object.keys(RULE_RENAMES).filter((old) => IDS.has(old))).toEqual([]);
  });

  it('leaves ids that were never renamed as they are', () => {
    for (const id of IDS) expect(currentRuleId(id)).toBe(id);
    expect(currentRuleId('national/no-such-rule')).toBe('national/no-such-rule');
  });
});

describe('rule ids', () => {
  it('do not encode evidence state (it is the `evidence` field)', () => {
    expect([...IDS].filter((id) => /-(disputed|older|older-sources|unconfirmed|uncertain)$/.test(id))).toEqual([]);
  });

  it('carry evidence only on rules that are not errors (a refusal needs sources that agree)', () => {
    expect(ALL_RULES.filter((rule) => rule.evidence && rule.severity === 'error').map((rule) => rule.id)).toEqual([]);
  });
});
