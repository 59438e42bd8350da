// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../rules/engine/run';
import { SOURCES } from '../../rules/sources';
import { FindingDetails } from './finding-details';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const text = { 'zh-CN': '文本', en: 'text' };
const finding = (reviewedAt?: string): Finding => ({
  ruleId: 'national/example',
  field: 'subject.name',
  severity: 'warning',
  messageId: 'm',
  message: text,
  title: text,
  why: text,
  fix: text,
  sources: [],
  ...(reviewedAt ? { reviewedAt } : {}),
});

describe('finding details: rule freshness', () => {
  it('shows when the rule was last checked, and no outdated mark within a year', () => {
    render(<FindingDetails finding={finding('2026-11-29')} lang="zh-CN" today="2027-11-29" />, container);
    expect(container.querySelector('.reviewed')?.textContent).toBe('本规则核对于 2026-11-29');
    expect(container.querySelector('.outdated')).toBeNull();
  });

  it('marks a rule reviewed more than a year before today as possibly outdated, in either language', () => {
    render(<FindingDetails finding={finding('2026-11-29')} lang="zh-CN" today="2027-11-30" />, container);
    expect(container.querySelector('.outdated')?.textContent).toContain('可能已过时');
    render(<FindingDetails finding={finding('2026-11-29')} lang="en" today="2027-11-30" />, container);
    expect(container.querySelector('.outdated')?.textContent).toContain('may be outdated');
  });

  it('says nothing of freshness for a finding without a review date', () => {
    render(<FindingDetails finding={finding()} lang="zh-CN" today="2030-01-01" />, container);
    expect(container.querySelector('.reviewed, .outdated')).toBeNull();
  });
});

describe('finding details: sources in the UI language', () => {
  const cited = (): Finding => ({ ...finding(), sources: [SOURCES.P25!, SOURCES['K-材料']!, SOURCES.S7!] });

  it('shows each source’s Chinese title and publisher in the Chinese UI, where it has them', () => {
    render(<FindingDetails finding={cited()} lang="zh-CN" />, container);
    const items = [...container.querySelectorAll('.sources li')].map((li) => li.textContent);
    expect(items).toEqual([
      '华为云站内搜索页（引用ICP备案帮助文档，P25） — 华为云',
      '华为云备案知识库：备案材料咨询 — 华为云（huaweicloud-skills）',
      // No Chinese title: its own.
      'Constraints (English) — 华为云',
    ]);
  });

  it('keeps the sources’ own titles in the English UI', () => {
    render(<FindingDetails finding={cited()} lang="en" />, container);
    expect(container.querySelector('.sources li')!.textContent).toBe('Huawei Cloud site-search page quoting ICP help pages (P25) — Huawei Cloud');
  });
});
