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

function show(lang: 'zh-CN' | 'en', form = withSiteName('示例医院官网', 'enterprise')) {
  const result = run(form, { today: TODAY, rules: [preApprovalWords] });
  act(() => render(<Checklist result={result} lang={lang} disabledRules={[]} titles={new Map()} />, container));
}

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
