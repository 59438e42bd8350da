// @vitest-environment happy-dom
/**
 * The change-order question (declarations.changedFields): what a 变更 order edits, offered by
 * order type, and how the answer reaches the rules' helpers (rules/national/_filed.ts) and the
 * SMS section. Synthetic forms from test/support.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_RULES } from '../../rules/all-rules';
import { run } from '../../rules/engine/run';
import type { FilingForm } from '../../rules/model/filing-form';
import { makeApp } from '../../test/support/make-app';
import { makeChange } from '../../test/support/make-change';
import { makeForm, TODAY } from '../../test/support/make-form';
import { DEFAULT_SETTINGS, type TabState } from '../protocol';
import { PanelView, type PanelActions } from './panel-view';
import { changeOptions, toggleChanged } from './questions';

let container: HTMLElement;
let actions: { [K in keyof PanelActions]: ReturnType<typeof vi.fn> };

function show(form: FilingForm, lang: 'zh-CN' | 'en' = 'zh-CN') {
  const state: TabState = { console: 'huawei', step: 'subject', form, result: run(form, { today: TODAY, rules: ALL_RULES }), health: { expected: [], missing: [] }, updatedAt: 1 };
  act(() => {
    render(<PanelView state={state} settings={{ ...DEFAULT_SETTINGS, lang }} actions={actions as unknown as PanelActions} today={TODAY} />, container);
  });
}
const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(selector: string) => [...container.querySelectorAll<E>(selector)];
const boxes = () => $$<HTMLLabelElement>('.changed-fields label.check').map((l) => [l.dataset.field, l.querySelector('input')!.checked]);
function click(field: string) {
  act(() => {
    $<HTMLInputElement>(`.changed-fields label.check[data-field="${field}"] input`)!.click();
  });
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  actions = { focusField: vi.fn(), setLang: vi.fn(), setRuleEnabled: vi.fn(), print: vi.fn(), setDeclarations: vi.fn(), setPrincipalFlag: vi.fn() };
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('changeOptions / toggleChanged', () => {
  it('offers the editable subject fields and each website and app with its principal, by change type', () => {
    const withApp = (f: FilingForm) => void (f.apps = [makeApp()]);
    expect(changeOptions(makeChange('change-filing', 'enterprise', withApp), 'zh-CN').map((o) => o.field)).toEqual([
      'subject.name',
      'subject.certAddress',
      'subject.mailingAddress',
      'subject.investor',
      'subject.principal',
      'websites[0]',
      'websites[0].principal',
      'apps[0]',
      'apps[0].principal',
    ]);
    expect(changeOptions(makeChange('change-subject', 'enterprise'), 'zh-CN').every((o) => o.field.startsWith('subject.'))).toBe(true);
    expect(changeOptions(makeChange('change-service', 'enterprise'), 'zh-CN').map((o) => o.field)).toEqual(['websites[0]', 'websites[0].principal']);
    const labels = changeOptions(makeChange('change-filing', 'enterprise'), 'zh-CN').map((o) => o.label);
    expect(labels).toContain('主办单位名称');
    expect(labels).toContain('网站 1 的网站信息（名称、域名、IP、服务内容等）');
    expect(labels).toContain('网站 1 · 互联网信息服务负责人');
  });

  it('ticks and unticks one id, keeps ids it does not offer, and leaves the answer unset when nothing is ticked', () => {
    expect(toggleChanged(undefined, 'subject.name', true)).toEqual(['subject.name']);
    expect(toggleChanged(['websites[0].ipRanges[0].start'], 'subject.name', true)).toEqual(['websites[0].ipRanges[0].start', 'subject.name']);
    expect(toggleChanged(['subject.name', 'websites[0]'], 'subject.name', false)).toEqual(['websites[0]']);
    expect(toggleChanged(['subject.name'], 'subject.name', false)).toBeUndefined();
    expect(toggleChanged(['subject.name'], 'subject.name', true)).toEqual(['subject.name']);
  });
});

describe('the question in the panel', () => {
  it('asked in a change order, not in a first filing', () => {
    show(makeForm('enterprise'));
    expect($('.changed-fields')).toBeNull();
    show(makeChange('change-filing', 'enterprise'));
    expect($('.changed-fields legend')?.textContent).toBe('本次变更修改了哪些信息？');
    expect(boxes().every(([, checked]) => checked === false)).toBe(true);
  });

  it('sends the ticked ids with the other answers; unticking the last one clears the answer', () => {
    show(makeChange('change-filing', 'enterprise', (f) => void (f.declarations = { hasSeal: true })));
    click('websites[0]');
    expect(actions.setDeclarations).toHaveBeenLastCalledWith({ hasSeal: true, changedFields: ['websites[0]'] });
    show(makeChange('change-filing', 'enterprise', (f) => void (f.declarations = { hasSeal: true, changedFields: ['websites[0]'] })));
    expect(boxes()).toContainEqual(['websites[0]', true]);
    click('subject.name');
    expect(actions.setDeclarations).toHaveBeenLastCalledWith({ hasSeal: true, changedFields: ['websites[0]', 'subject.name'] });
    click('websites[0]');
    expect(actions.setDeclarations).toHaveBeenLastCalledWith({ hasSeal: true });
  });

  it('the answer decides who gets the SMS: an unchanged website’s principal drops out, a changed one is certain', () => {
    // Without an answer the website principal may have to verify (the form cannot tell).
    const base = (changed?: string[]) => makeChange('change-filing', 'enterprise', (f) => void (changed && (f.declarations = { changedFields: changed })));
    const recipients = () => $$('.sms-recipients > li').map((li) => [li.dataset.path, li.dataset.certainty]);
    show(base());
    expect(recipients()).toContainEqual(['websites[0].principal', 'possible']);
    show(base(['subject.name']));
    expect(recipients()).toEqual([['subject.principal', 'certain']]);
    show(base(['websites[0]']));
    expect(recipients()).toContainEqual(['websites[0].principal', 'certain']);
  });

  it('in English', () => {
    show(makeChange('change-service', 'enterprise'), 'en');
    expect($('.changed-fields legend')?.textContent).toBe('What does this change order edit?');
    expect($('.changed-fields label.check[data-field="websites[0]"]')?.textContent).toContain('Website 1: site details');
  });
});
