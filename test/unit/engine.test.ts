/**
 * The engine's contract, with small inline rules: scope and effective dates decide
 * applicability, absent inputs make a rule "unknown" (and silent when its scope is
 * unknown), materials merge by key, findings come errors first, messages in both
 * languages.
 */
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../rules/engine/run';
import { defineRule, type CheckResult, type Rule, type RuleScope, type Severity } from '../../rules/engine/types';
import type { FilingForm } from '../../rules/model/filing-form';
import { makeForm, TODAY } from '../support/make-form';

const texts = (messages: Record<string, [string, string]>) => ({
  'zh-CN': { title: '测试规则', messages: Object.fromEntries(Object.entries(messages).map(([k, [zh]]) => [k, zh])), why: '原因', fix: '修改' },
  en: { title: 'Test rule', messages: Object.fromEntries(Object.entries(messages).map(([k, [, en]]) => [k, en])), why: 'why', fix: 'fix' },
});

interface Options {
  id?: string;
  severity?: Severity;
  scope?: RuleScope;
  reads?: string[];
  effectiveFrom?: string;
  effectiveUntil?: string;
  materials?: Rule['materials'];
  check?: (form: FilingForm, ctx: { today: string }) => readonly CheckResult[];
}

/** A rule that reports one issue on subject.name unless told otherwise. */
function testRule(options: Options = {}): Rule {
  return defineRule({
    id: options.id ?? 'national/test-rule',
    severity: options.severity ?? 'error',
    family: 'identity',
    scope: options.scope ?? {},
    reads: options.reads ?? [],
    texts: texts({ found: ['发现问题：{what}', 'Found: {what}'], plain: ['问题', 'Problem'] }),
    sources: ['S6'],
    reviewedAt: '2026-11-29',
    effectiveFrom: options.effectiveFrom,
    effectiveUntil: options.effectiveUntil,
    materials: options.materials,
    check: options.check ?? (() => [{ field: 'subject.name', message: 'plain' }]),
  });
}

const runOne = (rule: Rule, form: FilingForm = makeForm(), today = TODAY) => run(form, { today, rules: [rule] });

describe('scope', () => {
  it('applies a rule whose scope matches, and reports its findings', () => {
    const result = runOne(testRule({ scope: { provinces: ['GD'], natures: ['individual'], serviceKinds: ['website'], filingTypes: ['first'] } }));
    expect(result.notApplicable).toEqual([]);
    expect(result.findings.map((f) => f.messageId)).toEqual(['plain']);
  });

  it.each([
    ['province', { provinces: ['ZJ'] }],
    ['nature', { natures: ['enterprise'] }],
    ['filing-type', { filingTypes: ['change-subject'] }],
    ['service-kind', { serviceKinds: ['app'] }],
  ] as const)('marks the rule not applicable by %s, without running it', (reason, scope) => {
    const check = vi.fn(() => []);
    const form = makeForm('individual', (f) => void (f.apps = []));
    const result = runOne(testRule({ scope: scope as RuleScope, check }), form);
    expect(result.notApplicable).toEqual([{ ruleId: 'national/test-rule', title: { 'zh-CN': '测试规则', en: 'Test rule' }, reason }]);
    expect(check).not.toHaveBeenCalled();
    expect(result.findings).toEqual([]);
    expect(result.passed).toEqual([]);
  });

  it('keeps a service-kind rule applicable while the service lists are unknown', () => {
    const form = makeForm('individual', (f) => void delete f.websites);
    const result = runOne(testRule({ scope: { serviceKinds: ['website', 'app'] } }), form);
    expect(result.notApplicable).toEqual([]);
  });

  it('applies a serviceKinds rule when any listed kind is present', () => {
    const form = makeForm('individual', (f) => void (f.apps = []));
    expect(runOne(testRule({ scope: { serviceKinds: ['app', 'website'] } }), form).notApplicable).toEqual([]);
  });

  it('reads the province after normalisation ("广东省" is GD)', () => {
    const form = makeForm('individual', (f) => void ((f as { province?: string }).province = '广东省'));
    expect(runOne(testRule({ scope: { provinces: ['GD'] } }), form).notApplicable).toEqual([]);
  });
});

describe('unknown inputs', () => {
  it('lists absent reads as missing but still runs the check when the scope is known', () => {
    const form = makeForm('individual', (f) => void delete f.subject!.principal!.mobile);
    const result = runOne(testRule({ reads: ['subject.principal.mobile', 'subject.name'] }), form);
    expect(result.unknown).toEqual([{ ruleId: 'national/test-rule', title: { 'zh-CN': '测试规则', en: 'Test rule' }, missing: ['subject.principal.mobile'] }]);
    expect(result.findings).toHaveLength(1);
    expect(result.passed).toEqual([]);
  });

  it('expands array patterns over the items present, and names the array when it is absent', () => {
    const twoSites = makeForm('individual', (f) => void f.websites!.push({ domains: ['b.cn'] }));
    expect(runOne(testRule({ reads: ['websites[].name'], check: () => [] }), twoSites).unknown[0]!.missing).toEqual(['websites[1].name']);
    const noSites = makeForm('individual', (f) => void delete f.websites);
    expect(runOne(testRule({ reads: ['websites[].name'], check: () => [] }), noSites).unknown[0]!.missing).toEqual(['websites']);
  });

  it('treats an empty string as a value, not as unknown', () => {
    const form = makeForm('individual', (f) => void (f.subject!.remark = ''));
    const result = runOne(testRule({ reads: ['subject.remark'], check: () => [] }), form);
    expect(result.unknown).toEqual([]);
    expect(result.passed.map((r) => r.ruleId)).toEqual(['national/test-rule']);
  });

  it.each([
    ['province', { provinces: ['GD'] }, (f: FilingForm & { province?: string }) => void delete f.province],
    ['subject.nature', { natures: ['individual'] }, (f: FilingForm) => void delete f.subject!.nature],
    ['filingType', { filingTypes: ['first'] }, (f: FilingForm & { filingType?: string }) => void delete f.filingType],
  ] as const)('does not let a rule speak when its scope input %s is absent', (field, scope, mutate) => {
    const check = vi.fn(() => [{ field: 'subject.name', message: 'plain' }]);
    const form = makeForm('individual', (f) => mutate(f as never));
    const result = runOne(testRule({ scope: scope as RuleScope, check }), form);
    expect(result.unknown.map((u) => u.missing)).toEqual([[field]]);
    expect(check).not.toHaveBeenCalled();
    expect(result.findings).toEqual([]);
    expect(result.notApplicable).toEqual([]);
  });

  it('does not need the province for a national rule', () => {
    const form = makeForm('individual', (f) => void delete f.province);
    const result = runOne(testRule(), form);
    expect(result.unknown).toEqual([]);
    expect(result.findings).toHaveLength(1);
  });

  it('drops a province it cannot recognise, so province rules become unknown rather than judged', () => {
    const form = makeForm('individual', (f) => void ((f as { province?: string }).province = '火星'));
    const result = runOne(testRule({ scope: { provinces: ['GD'] } }), form);
    expect(result.unknown.map((u) => u.missing)).toEqual([['province']]);
    expect(result.notApplicable).toEqual([]);
  });
});

describe('effective dates', () => {
  it('is not yet effective before effectiveFrom and applies on that day', () => {
    const rule = testRule({ effectiveFrom: '2027-01-01' });
    expect(runOne(rule, makeForm(), '2026-12-31').notApplicable.map((r) => r.reason)).toEqual(['not-yet-effective']);
    expect(runOne(rule, makeForm(), '2027-01-01').findings).toHaveLength(1);
  });

  it('expires on effectiveUntil (exclusive)', () => {
    const rule = testRule({ effectiveUntil: '2026-12-01' });
    expect(runOne(rule, makeForm(), '2026-11-30').findings).toHaveLength(1);
    expect(runOne(rule, makeForm(), '2026-12-01').notApplicable.map((r) => r.reason)).toEqual(['expired']);
  });

  it('passes ctx.today to the check and carries effectiveFrom on findings', () => {
    const rule = testRule({ effectiveFrom: '2026-01-01', check: (_form, ctx) => [{ field: 'subject.name', message: 'found', params: { what: ctx.today } }] });
    const [finding] = runOne(rule, makeForm(), '2026-06-15').findings;
    expect(finding!.message['zh-CN']).toBe('发现问题：2026-06-15');
    expect(finding!.effectiveFrom).toBe('2026-01-01');
    // …and when the rule was last reviewed, for the details' freshness mark.
    expect(finding!.reviewedAt).toBe('2026-11-29');
  });
});

describe('materials', () => {
  const need = (material: string, message = 'plain', forPath?: string): CheckResult => ({ material, message, ...(forPath ? { for: forPath } : {}) });

  it('describes a material item again when anything of it changes, and reuses it while nothing does', () => {
    // Rules are pure: what the reason says comes from the form (here, the subject's remark).
    const rule = testRule({
      id: 'national/reused-material',
      reads: ['subject.remark'],
      check: (f) => [{ ...need('subject-certificate', 'found'), params: { what: f.subject!.remark! } }],
    });
    const form = (remark: string, materials: Record<string, number> = {}) =>
      makeForm('enterprise', (f) => void ((f.subject!.remark = remark), (f.materials = materials)));
    const rules = [rule];
    const first = run(form('a'), { today: TODAY, rules }).materials[0]!;
    const again = run(form('a'), { today: TODAY, rules }).materials[0]!;
    expect(again).toBe(first);
    expect(Object.isFrozen(again) && Object.isFrozen(again.reasons)).toBe(true);
    const changed = run(form('b'), { today: TODAY, rules }).materials[0]!;
    expect(changed.reasons[0]!.message.en).toBe('Found: b');
    const uploaded = run(form('b', { 'subject-certificate': 1 }), { today: TODAY, rules }).materials[0]!;
    expect(uploaded.status).toBe('provided');
  });

  it('merges the same material from several rules into one item with every reason', () => {
    const a = testRule({ id: 'national/a', check: () => [need('subject-certificate')] });
    const b = testRule({ id: 'materials/b', check: () => [need('subject-certificate', 'found')] });
    const form = makeForm('enterprise', (f) => void (f.materials = {}));
    const { materials, findings } = run(form, { today: TODAY, rules: [a, b] });
    expect(findings).toEqual([]);
    expect(materials).toHaveLength(1);
    expect(materials[0]).toMatchObject({ key: 'subject-certificate', materialId: 'subject-certificate', name: { 'zh-CN': '主办单位证件' }, status: 'missing' });
    expect(materials[0]!.reasons.map((r) => [r.ruleId, r.messageId])).toEqual([
      ['national/a', 'plain'],
      ['materials/b', 'found'],
    ]);
    expect(materials[0]!.howTo?.en).toMatch(/original/);
  });

  it('keys per-service materials by service, and reads provided / missing from the upload counts', () => {
    const rule = testRule({
      check: () => [need('service-principal-id', 'plain', 'websites[0]'), need('service-principal-id', 'plain', 'websites[1]'), need('subject-principal-id')],
    });
    const form = makeForm(
      'individual',
      (f) => void (f.materials = { 'service-principal-id@websites[0]': 2, 'service-principal-id@websites[1]': 0, 'subject-principal-id': 1 }),
    );
    const items = runOne(rule, form).materials.map((m) => [m.key, m.for, m.status]);
    expect(items).toEqual([
      ['service-principal-id@websites[0]', 'websites[0]', 'provided'],
      ['service-principal-id@websites[1]', 'websites[1]', 'missing'],
      ['subject-principal-id', undefined, 'provided'],
    ]);
  });

  it('counts an upload recorded under the bare material id for a per-service slot', () => {
    const rule = testRule({ check: () => [need('app-icon', 'plain', 'apps[0]')] });
    const form = makeForm('individual', (f) => void (f.materials = { 'app-icon': 1 }));
    expect(runOne(rule, form).materials[0]!.status).toBe('provided');
  });

  it('treats absent materials as missing', () => {
    const form = makeForm('individual', (f) => void delete f.materials);
    expect(runOne(testRule({ check: () => [need('subject-principal-id')] }), form).materials[0]!.status).toBe('missing');
  });

  it('uses a material the rule declares itself, and refuses one nobody declares', () => {
    const local = testRule({ materials: { 'xx-local-form': { zh: '本地表格', en: 'Local form' } }, check: () => [need('xx-local-form')] });
    expect(runOne(local).materials[0]!.name).toEqual({ 'zh-CN': '本地表格', en: 'Local form' });
    expect(() => runOne(testRule({ check: () => [need('no-such-material')] }))).toThrow(/no-such-material/);
  });

  it('does not count a rule that only needs materials as having findings: it passes', () => {
    const result = runOne(testRule({ check: () => [need('subject-principal-id')] }));
    expect(result.findings).toEqual([]);
    expect(result.passed.map((r) => r.ruleId)).toEqual(['national/test-rule']);
  });
});

describe('findings', () => {
  it('sorts errors first, then warnings, then advice, keeping rule order within a severity', () => {
    const rules = [
      testRule({ id: 'national/i', severity: 'info' }),
      testRule({ id: 'national/w1', severity: 'warning' }),
      testRule({ id: 'national/e', severity: 'error' }),
      testRule({ id: 'national/w2', severity: 'warning' }),
    ];
    const { findings } = run(makeForm(), { today: TODAY, rules });
    expect(findings.map((f) => [f.severity, f.ruleId])).toEqual([
      ['error', 'national/e'],
      ['warning', 'national/w1'],
      ['warning', 'national/w2'],
      ['info', 'national/i'],
    ]);
  });

  it('fills placeholders per language from bilingual, plain and numeric params', () => {
    const rule = testRule({ check: () => [{ field: 'subject.name', message: 'found', params: { what: { 'zh-CN': '名称', en: 'the name' } } }] });
    const [finding] = runOne(rule).findings;
    expect(finding!.message).toEqual({ 'zh-CN': '发现问题：名称', en: 'Found: the name' });
    expect(finding!.title).toEqual({ 'zh-CN': '测试规则', en: 'Test rule' });
    expect(finding!.why).toEqual({ 'zh-CN': '原因', en: 'why' });
    expect(finding!.sources[0]!.url).toMatch(/^https:\/\//);
    const numeric = runOne(testRule({ check: () => [{ field: 'subject.name', message: 'found', params: { what: 3 } }] })).findings[0]!;
    expect(numeric.message.en).toBe('Found: 3');
  });

  it('reuses the described finding while a rule reports the same thing, and describes a changed one anew', () => {
    // Rules are pure: the field and the parameter come from the form (its subject's remark, as JSON).
    type Said = { field: string; what: string | { 'zh-CN': string; en: string } | number };
    const rule = testRule({
      id: 'national/reused',
      reads: ['subject.remark'],
      check: (f) => {
        const { field, what } = JSON.parse(f.subject!.remark!) as Said;
        return [{ field, message: 'found', params: { what } }];
      },
    });
    const rules = [rule];
    const once = (what: Said['what'], field = 'subject.name') =>
      run(
        makeForm('enterprise', (f) => void (f.subject!.remark = JSON.stringify({ field, what }))),
        { today: TODAY, rules },
      ).findings[0]!;
    const first = once('x');
    expect(once('x')).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.message)).toBe(true);
    expect(once('y').message.en).toBe('Found: y');
    const bilingual = once({ 'zh-CN': '名', en: 'n' });
    expect(bilingual.message).toEqual({ 'zh-CN': '发现问题：名', en: 'Found: n' });
    expect(once({ 'zh-CN': '名', en: 'm' }).message.en).toBe('Found: m');
    expect(once(2).message.en).toBe('Found: 2');
    expect(once('2').message.en).toBe('Found: 2');
    expect(once('2', 'subject.certNumber').field).toBe('subject.certNumber');
  });

  it('leaves an unfilled placeholder visible so tests notice it', () => {
    const [finding] = runOne(testRule({ check: () => [{ field: 'subject.name', message: 'found' }] })).findings;
    expect(finding!.message.en).toBe('Found: {what}');
  });

  it('normalises the form before rules read it (full-width digits, ideographic spaces)', () => {
    const seen: string[] = [];
    const rule = testRule({ check: (form) => (seen.push(form.subject!.principal!.mobile!), []) });
    runOne(
      rule,
      makeForm('individual', (f) => void (f.subject!.principal!.mobile = '１３８\u3000００１３\u3000８０００')),
    );
    expect(seen).toEqual(['138 0013 8000']);
  });

  it('reports passed, unknown, not applicable and findings for a mixed rule set', () => {
    const rules = [
      testRule({ id: 'national/finds' }),
      testRule({ id: 'national/quiet', check: () => [] }),
      testRule({ id: 'national/other-province', scope: { provinces: ['ZJ'] } }),
      testRule({ id: 'national/needs-office-phone', reads: ['subject.principal.officePhone'], check: () => [] }),
    ];
    const form = makeForm('individual', (f) => void delete f.subject!.principal!.officePhone);
    const result = run(form, { today: TODAY, rules });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['national/finds']);
    expect(result.passed.map((r) => r.ruleId)).toEqual(['national/quiet']);
    expect(result.notApplicable.map((r) => r.ruleId)).toEqual(['national/other-province']);
    expect(result.unknown.map((r) => r.ruleId)).toEqual(['national/needs-office-phone']);
  });
});

describe('a rule that throws', () => {
  const thrower = testRule({
    id: 'national/thrower',
    check: () => {
      throw new Error('broken rule 13800138000');
    },
  });
  const working = testRule({ id: 'national/working', severity: 'warning', check: () => [{ field: 'subject.name', message: 'found', params: { what: 'x' } }] });

  it('is unknown for that rule only; every other rule still speaks', () => {
    const result = run(makeForm(), { today: TODAY, rules: [thrower, working] });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['national/working']);
    expect(result.unknown).toEqual([{ ruleId: 'national/thrower', missing: [], failed: true, title: expect.anything() }]);
    expect(result.passed).toEqual([]);
    // Nothing of the error (which may quote the form) is kept.
    expect(JSON.stringify(result)).not.toContain('13800138000');
  });

  it('is judged again on the next run', () => {
    let fail = true;
    const flaky = testRule({
      id: 'national/flaky',
      check: () => {
        if (fail) throw new Error('once');
        return [];
      },
    });
    const rules = [flaky];
    const form = makeForm();
    expect(run(form, { today: TODAY, rules }).unknown.map((u) => u.ruleId)).toEqual(['national/flaky']);
    fail = false;
    const again = run(form, { today: TODAY, rules });
    expect(again.unknown).toEqual([]);
    expect(again.passed.map((r) => r.ruleId)).toEqual(['national/flaky']);
  });
});
