// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeForm } from '../../test/support/make-form';
import { tabStateFor } from '../../test/support/ui-results';
import { DEFAULT_SETTINGS, type AdapterHealth, type TabState } from '../messaging/protocol';
import type { TaughtFields } from '../messaging/taught';
import { PanelView, type PanelActions } from './panel-view';
import { mockPanelActions, type MockPanelActions } from '../../test/support/panel-actions';

let container: HTMLElement;
let actions: MockPanelActions;

function show(state: TabState, taught: Readonly<Record<string, TaughtFields>> = {}, lang: 'zh-CN' | 'en' = 'zh-CN') {
  act(() => {
    render(<PanelView state={state} settings={{ ...DEFAULT_SETTINGS, lang }} taught={taught} actions={actions as unknown as PanelActions} />, container);
  });
}
const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(selector: string) => [...container.querySelectorAll<E>(selector)];
const fold = (id: string) => $<HTMLDetailsElement>(`details.fold[data-fold="${id}"]`)!;

const form = makeForm('individual');
const HEALTH: AdapterHealth = {
  expected: ['subject.principal.name', 'subject.principal.idNumber', 'subject.principal.mobile', 'subject.principal.email'],
  missing: ['subject.principal.email'],
};
const LOCATOR = { label: '联系人邮箱', path: ['input.tiny-input__inner'] };

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  actions = mockPanelActions();
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('what was read', () => {
  it('opens when a field is missing, counts what was read and masks personal values', () => {
    show(tabStateFor(form, { health: HEALTH }));
    expect(fold('read').open).toBe(true);
    expect($('.read-count')!.textContent).toBe('已读取 3 / 4 个字段');
    expect(fold('read').querySelector('summary .fold-count')!.textContent).toBe('3 / 4');
    const person = form.subject!.principal!;
    const html = fold('read').innerHTML;
    for (const value of [person.name, person.idNumber, person.mobile]) expect(html).not.toContain(value!);
    expect($('li.read-row[data-field="subject.principal.mobile"] .read-value')!.textContent).toBe(`*******${person.mobile!.slice(-4)}`);
    expect($('li.read-row[data-field="subject.principal.email"]')!.dataset.state).toBe('missing');
  });

  it('stays closed when every field was found, and says so in English too', () => {
    show(tabStateFor(form, { health: { ...HEALTH, missing: [] } }), {}, 'en');
    expect(fold('read').open).toBe(false);
    expect($('.read-count')!.textContent).toBe('4 of 4 fields read');
  });

  it('「在页面上指定」 on a field not found asks the page to start picking, naming the field', () => {
    show(tabStateFor(form, { health: HEALTH }));
    const buttons = $$<HTMLButtonElement>('li.read-row button.teach');
    expect(buttons.map((b) => b.closest('li')!.dataset.field)).toEqual(['subject.principal.email']);
    expect(buttons[0]!.getAttribute('aria-label')).toBe('在页面上指定：主体负责人电子邮箱');
    act(() => buttons[0]!.click());
    expect(actions.teachField).toHaveBeenCalledWith('subject.principal.email', '主体负责人电子邮箱');
    expect($('.teach-status')!.textContent).toContain('主体负责人电子邮箱');
  });

  it('says when a taught locator no longer matches, with the button to teach it again', () => {
    show(tabStateFor(form, { health: { ...HEALTH, staleTaught: ['subject.principal.email'] } }));
    const row = $('li.read-row[data-field="subject.principal.email"]')!;
    expect(row.dataset.state).toBe('stale');
    expect(row.querySelector('button.teach')).not.toBeNull();
  });

  it('the health banner links to the view', () => {
    show(tabStateFor(form, { health: HEALTH }));
    act(() => fold('read').removeAttribute('open'));
    act(() => $<HTMLButtonElement>('.banner.health button.show-read')!.click());
    expect(fold('read').open).toBe(true);
  });
});

describe('fields you showed (settings)', () => {
  it('lists each taught field with a delete button, and exports', () => {
    show(tabStateFor(form, { health: HEALTH }), { huawei: { subject: { 'subject.principal.email': LOCATOR } } });
    const item = $('section.taught li[data-field="subject.principal.email"]')!;
    expect(item.textContent).toContain('华为云 · 主体信息 · 主体负责人电子邮箱');
    act(() => item.querySelector<HTMLButtonElement>('button.forget')!.click());
    expect(actions.forgetTaught).toHaveBeenCalledWith('huawei', 'subject', 'subject.principal.email');
    act(() => $<HTMLButtonElement>('button.taught-export')!.click());
    expect(actions.exportTaught).toHaveBeenCalled();
  });

  it('says clearly when an imported file is refused', async () => {
    actions.importTaught.mockResolvedValue(undefined);
    show(tabStateFor(form, { health: HEALTH }));
    const input = $<HTMLInputElement>('input.taught-file')!;
    Object.defineProperty(input, 'files', { value: [new File(['not ours'], 'x.json', { type: 'application/json' })], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await vi.waitFor(() => expect($('.taught-status')!.textContent).toContain('无法导入'));
  });
});
