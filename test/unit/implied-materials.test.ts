/**
 * A finding that implies a document (Issue.materials) puts it on the checklist as a
 * conditional item: "needed if" that finding applies, carrying the finding's rule, field and
 * message; it leaves with the finding, and an incremental run that reuses the finding
 * reuses its materials.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, run } from '../../rules/engine/run';
import { defineRule, type CheckResult, type Rule } from '../../rules/engine/types';
import type { FilingForm } from '../../rules/model/filing-form';
import { makeForm, TODAY } from '../support/make-form';

const texts = {
  'zh-CN': { title: '测试规则', messages: { word: '名称“{name}”含有行业词语。', plain: '需要方案书。' }, why: '原因', fix: '修改' },
  en: { title: 'Test rule', messages: { word: 'The name "{name}" has an industry word.', plain: 'A plan is needed.' }, why: 'why', fix: 'fix' },
} as const;

/** Reports a finding on the subject's name when it contains 医院, implying the approval or the pledge. */
function impliedRule(extra: (form: FilingForm) => readonly CheckResult<'word' | 'plain'>[] = () => [], calls = { count: 0 }): Rule<'word' | 'plain'> {
  return defineRule({
    id: 'national/implied-test',
    severity: 'warning',
    family: 'pre-approval',
    scope: {},
    reads: ['subject.name'],
    texts,
    sources: ['K-材料'],
    reviewedAt: '2026-12-07',
    check(form) {
      calls.count++;
      const name = form.subject?.name ?? '';
      const found: CheckResult<'word' | 'plain'>[] = name.includes('医院')
        ? [
            {
              field: 'subject.name',
              message: 'word',
              params: { name },
              materials: [{ material: 'pre-approval-document', for: 'websites[0]', or: 'no-pre-approval-pledge' }],
            },
          ]
        : [];
      return [...found, ...extra(form)];
    },
  });
}

const named = (name: string): FilingForm => makeForm('enterprise', (f) => void (f.subject!.name = name));

describe('materials a finding implies', () => {
  it('appear on the checklist with the finding, as "needed if" items naming it', () => {
    const result = run(named('示例医院有限公司'), { today: TODAY, rules: [impliedRule()] });
    expect(result.findings).toHaveLength(1);
    expect(result.materials).toHaveLength(1);
    const [item] = result.materials;
    expect(item).toMatchObject({
      key: 'pre-approval-document@websites[0]',
      materialId: 'pre-approval-document',
      for: 'websites[0]',
      status: 'missing',
      conditional: true,
    });
    const [reason] = item!.reasons;
    expect(reason).toMatchObject({ ruleId: 'national/implied-test', messageId: 'word', finding: { field: 'subject.name' } });
    expect(reason!.message).toEqual(result.findings[0]!.message);
    expect(reason!.alternative).toEqual({
      materialId: 'no-pre-approval-pledge',
      name: { 'zh-CN': '不涉及前置审批承诺书', en: 'Pledge that the site involves no pre-approval content' },
    });
  });

  it('leave when the finding does', () => {
    const engine = createEngine([impliedRule()]);
    expect(engine.run(named('示例医院有限公司'), { today: TODAY }).materials).toHaveLength(1);
    const after = engine.run(named('示例科技有限公司'), { today: TODAY });
    expect(after.findings).toEqual([]);
    expect(after.materials).toEqual([]);
  });

  it('are kept with a finding an incremental run reuses, and follow a changed finding', () => {
    const calls = { count: 0 };
    const engine = createEngine([impliedRule(undefined, calls)]);
    const form = named('示例医院有限公司');
    const first = engine.run(form, { today: TODAY });
    const again = engine.run({ ...form, websites: [{ ...form.websites![0]!, name: '另一个名字' }] }, { today: TODAY });
    expect(calls.count).toBe(1);
    expect(again.materials).toEqual(first.materials);
    const renamed = engine.run(named('另一医院有限公司'), { today: TODAY });
    expect(calls.count).toBe(2);
    expect(renamed.materials[0]!.reasons[0]!.message['zh-CN']).toContain('另一医院有限公司');
  });

  it('merge with a plain need of the same material, which makes the item unconditional', () => {
    const plain = () => [{ material: 'pre-approval-document' as const, for: 'websites[0]', message: 'plain' as const }];
    const result = run(named('示例医院有限公司'), { today: TODAY, rules: [impliedRule(plain)] });
    expect(result.materials).toHaveLength(1);
    const [item] = result.materials;
    expect(item!.conditional).toBeUndefined();
    expect(item!.reasons.map((r) => [r.messageId, r.finding?.field])).toEqual([
      ['word', 'subject.name'],
      ['plain', undefined],
    ]);
  });

  it('count as provided when uploaded', () => {
    const form = { ...named('示例医院有限公司'), materials: { 'pre-approval-document@websites[0]': 1 } };
    expect(run(form, { today: TODAY, rules: [impliedRule()] }).materials[0]!.status).toBe('provided');
  });
});
