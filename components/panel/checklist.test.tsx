// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../rules/engine/run';
import preApprovalWords from '../../rules/national/site-name-pre-approval-words';
import { makeForm, TODAY, withSiteName } from '../../test/support/make-form';
import { Checklist } from './checklist';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

function show(lang: 'zh-CN' | 'en', form = withSiteName('示例医院官网', 'enterprise'), materialsElsewhere?: boolean) {
  const result = run(form, { today: TODAY, rules: [preApprovalWords] });
  act(() => render(<Checklist result={result} lang={lang} disabledRules={[]} titles={new Map()} materialsElsewhere={materialsElsewhere} />, container));
}

describe('materials the console has uploaded in its app', () => {
  it('are done in the app and not readable here, never missing', () => {
    show('zh-CN', withSiteName('示例医院官网', 'enterprise'), true);
    const item = container.querySelector<HTMLElement>('.material[data-material="pre-approval-document@websites[0]"]')!;
    expect(item.dataset.status).toBe('elsewhere');
    expect(item.querySelector('.status')!.textContent).toBe('在App中完成：此处无法读取');
    expect(container.querySelector('.summary')!.textContent).toBe('共 1 项，缺 0 项，1 项在App中完成');
    expect(container.querySelector('.status.missing')).toBeNull();
  });

  it('in English', () => {
    show('en', withSiteName('示例医院官网', 'enterprise'), true);
    expect(container.querySelector('.material .status')!.textContent).toBe('Done in the app: not readable here');
  });

  it('a material with a file counted on a page stays provided', () => {
    const form = { ...withSiteName('示例医院官网', 'enterprise'), materials: { 'pre-approval-document@websites[0]': 1 } };
    show('zh-CN', form, true);
    expect(container.querySelector<HTMLElement>('.material')!.dataset.status).toBe('provided');
  });
});

describe('a material a finding implies', () => {
  it('shows as "needed if" the finding, with its field and the alternative', () => {
    show('zh-CN');
    const item = container.querySelector<HTMLElement>('.material[data-material="pre-approval-document@websites[0]"]')!;
    const condition = item.querySelector<HTMLElement>('.needed-if li')!;
    expect(condition.dataset.rule).toBe('national/site-name-pre-approval-words');
    expect(condition.dataset.field).toBe('websites[0].name');
    expect(condition.textContent).toContain('需要，如果：');
    expect(condition.textContent).toContain('网站名称“示例医院官网”含有“医院”');
    expect(condition.textContent).toContain('或提供：不涉及前置审批承诺书');
  });

  it('reads "needed if" in English', () => {
    show('en');
    expect(container.querySelector('.needed-if')!.textContent).toContain('Needed if: ');
  });

  it('leaves with the finding', () => {
    show('zh-CN', makeForm('enterprise'));
    expect(container.querySelector('.material')).toBeNull();
    expect(container.querySelector('.needed-if')).toBeNull();
  });
});
