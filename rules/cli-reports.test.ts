import { describe, expect, it } from 'vitest';
import { makeForm, TODAY } from '../test/support/make-form';
import { humanReport, jsonReport, freshnessOf, summaryLines } from './cli-reports';
import { run } from './engine/run';
import { defineRule, type Rule } from './engine/types';

const rule = (id: string, check: Rule['check'], reads: string[] = []): Rule =>
  defineRule({
    id,
    severity: 'warning',
    family: 'identity',
    scope: {},
    reads,
    texts: {
      'zh-CN': { title: '测试规则', messages: { found: '发现问题' }, why: '原因', fix: '改正' },
      en: { title: 'Test rule', messages: { found: 'Problem found' }, why: 'Why', fix: 'Fix' },
    },
    sources: ['S6'],
    reviewedAt: '2026-11-29',
    check,
  });

const thrower = rule('national/thrower', () => {
  throw new Error('broken');
});
const waiting = rule('national/waiting', () => [], ['declarations.registrarApproved']);
const rules = [thrower, waiting];
const result = run(makeForm('individual'), { today: TODAY, rules });
const freshness = freshnessOf(rules, TODAY);

describe('the check report of rules that could not decide', () => {
  it('tells a rule that failed apart from one waiting for input, in Chinese and in English', () => {
    const zh = humanReport('filing.json', result, 'zh-CN', freshness);
    expect(zh).toContain('2 条规则缺少输入，未能判断');
    expect(zh).toContain('national/thrower: 规则出错（请报告此问题）');
    expect(zh).toContain('national/waiting: declarations.registrarApproved');
    const en = humanReport('filing.json', result, 'en', freshness);
    expect(en).toContain('national/thrower: the rule failed (please report it)');
    expect(en).not.toContain('national/waiting: the rule failed');
  });

  it('marks the failed rule in the JSON document and counts both as unknown in the summary', () => {
    const document = jsonReport(result, 'en', 'huawei', freshness);
    expect(document.unknown).toEqual([
      { ruleId: 'national/thrower', missing: [], failed: true },
      { ruleId: 'national/waiting', missing: ['declarations.registrarApproved'] },
    ]);
    expect(summaryLines([['filing.json', result, 'huawei']], 'en')).toContain('unknown 2');
  });
});
