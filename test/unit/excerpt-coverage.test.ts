/**
 * rules/excerpt-coverage.ts maps every statement of the provider's original help excerpts
 * to what honours it, or says why nothing can. The excerpt file is not in the repository:
 * the table carries its line count and, per statement, the lines it is on, so a line with no
 * statement fails here; so does a statement with neither an id nor a reason, and an id that
 * does not exist.
 */
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/all-rules';
import { coverageOf, EXCERPT_COVERAGE, EXCERPT_LINE_COUNT, type ExcerptStatement } from '../../rules/excerpt-coverage';
import { MATERIALS } from '../../rules/model/materials';
import { SOURCES } from '../../rules/sources';

const helperModules = import.meta.glob<Record<string, unknown>>(['../../rules/verification/*.ts', '!../../rules/verification/*.test.ts'], { eager: true });
const ruleIds = new Set(ALL_RULES.map((rule) => rule.id));
const materialIds = new Set([...Object.keys(MATERIALS), ...ALL_RULES.flatMap((rule) => Object.keys(rule.materials ?? {}))]);

/** `verification/sms#SMS_FACTS.window`: the module, its export, and an entry of a list (by id) or a table (by key). */
function helperExists(id: string): boolean {
  const match = /^verification\/([\w-]+)#(\w+)(?:\.([\w-]+))?$/.exec(id);
  if (!match) return false;
  const [, module, name, entry] = match;
  const exported = helperModules[`../../rules/verification/${module}.ts`]?.[name!];
  if (exported === undefined) return false;
  if (entry === undefined) return true;
  if (Array.isArray(exported)) return exported.some((item: { id?: string }) => item.id === entry);
  return typeof exported === 'object' && exported !== null && entry in exported;
}

const ids = (s: ExcerptStatement) => [...(s.rules ?? []), ...(s.materials ?? []), ...(s.helpers ?? [])];

describe('the excerpt coverage table', () => {
  it('has one entry per statement id, each a short phrase, not the excerpt', () => {
    const keys = EXCERPT_COVERAGE.map((s) => s.id);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of EXCERPT_COVERAGE) {
      expect(s.id, s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.phrase.trim().length, s.id).toBeGreaterThan(0);
      expect([...s.phrase].length, `${s.id}: the phrase identifies the statement, at most 30 characters`).toBeLessThanOrEqual(30);
      expect(s.about.trim().length, s.id).toBeGreaterThan(0);
    }
  });

  it('gives every line of the excerpt at least one statement', () => {
    const covered = new Set(EXCERPT_COVERAGE.flatMap((s) => s.lines));
    for (const s of EXCERPT_COVERAGE) {
      expect(s.lines.length, s.id).toBeGreaterThan(0);
      for (const line of s.lines) expect(Number.isInteger(line) && line >= 1 && line <= EXCERPT_LINE_COUNT, `${s.id}: line ${line}`).toBe(true);
    }
    const uncovered = Array.from({ length: EXCERPT_LINE_COUNT }, (_, i) => i + 1).filter((line) => !covered.has(line));
    expect(uncovered, 'excerpt lines with no statement').toEqual([]);
  });

  it.each(EXCERPT_COVERAGE.map((s) => [s.id, s] as const))('%s is honoured by ids that exist, or says why not', (_, s) => {
    if (s.source !== undefined) expect(SOURCES[s.source], `${s.id}: source ${s.source}`).toBeDefined();
    if (s.reason !== undefined) {
      expect(s.reason.trim().length, `${s.id}: an empty reason`).toBeGreaterThan(0);
      expect(ids(s), `${s.id}: a reason and ids`).toEqual([]);
      expect(s.partly, s.id).toBeUndefined();
      return;
    }
    expect(s.source, `${s.id}: an honoured statement names its source`).toBeDefined();
    expect(ids(s).length, `${s.id} has no rule, material or helper, and no reason`).toBeGreaterThan(0);
    if (s.partly !== undefined) expect(s.partly.trim().length, s.id).toBeGreaterThan(0);
    for (const id of s.rules ?? []) expect(ruleIds.has(id), `${s.id}: rule ${id}`).toBe(true);
    for (const id of s.materials ?? []) expect(materialIds.has(id), `${s.id}: material ${id}`).toBe(true);
    for (const id of s.helpers ?? []) expect(helperExists(id), `${s.id}: helper ${id}`).toBe(true);
  });

  it('finds helper entries by list id or table key, and rejects ones that do not exist', () => {
    expect(helperExists('verification/sms#SMS_FACTS.miitSite')).toBe(true);
    expect(helperExists('verification/pre-approval#PRE_APPROVAL_AUTHORITIES.culture')).toBe(true);
    expect(helperExists('verification/sms#SMS_FACTS.nope')).toBe(false);
    expect(helperExists('verification/sms#noSuchExport')).toBe(false);
    expect(helperExists('verification/no-such-module#smsRecipients')).toBe(false);
    expect(helperExists('sms#smsRecipients')).toBe(false);
  });

  it('tells honoured, partly honoured and not-applicable statements apart', () => {
    const base = { id: 'x', lines: [1], phrase: 'p', about: 'a' };
    expect(coverageOf({ ...base, rules: ['national/app-ips'] })).toBe('honoured');
    expect(coverageOf({ ...base, rules: ['national/app-ips'], partly: 'why' })).toBe('partly');
    expect(coverageOf({ ...base, reason: 'why' })).toBe('not-applicable');
  });
});
