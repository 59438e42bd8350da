// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../rules/engine/run';
import type { FilingForm } from '../../rules/model/filing-form';
import registrarApproved from '../../rules/national/domain-registrar-approved';
import { makeForm, TODAY } from '../../test/support/make-form';
import { Questions, type QuestionActions } from './questions';

let container: HTMLElement;
let actions: { [K in keyof QuestionActions]: ReturnType<typeof vi.fn> };

function show(form: FilingForm, waitingFor: readonly string[] = [], lang: 'zh-CN' | 'en' = 'zh-CN') {
  act(() => {
    render(<Questions form={form} lang={lang} actions={actions as unknown as QuestionActions} waitingFor={waitingFor} />, container);
  });
}
const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
/** What the panel passes as waitingFor: the missing fields of the rules that could not decide. */
const waitingFor = (form: FilingForm) => run(form, { today: TODAY, rules: [registrarApproved] }).unknown.flatMap((entry) => entry.missing);

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  actions = { setDeclarations: vi.fn(), setPrincipalFlag: vi.fn() };
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('the registrar question', () => {
  it('is asked, marked as needed, while the registrar rule waits for it on a first filing', () => {
    const form = makeForm('enterprise');
    expect(waitingFor(form)).toEqual(['declarations.registrarApproved']);
    show(form, waitingFor(form));
    const select = $<HTMLSelectElement>('#q-registrarApproved')!;
    expect(select.closest('.question')!.className).toContain('needed');
    expect(select.closest('.question')!.textContent).toContain('工信部批复的境内注册商');
    show(form, waitingFor(form), 'en');
    expect($('#q-registrarApproved')!.closest('.question')!.textContent).toContain('registrar approved by MIIT');
  });

  it('is not asked when no rule waits for it (a change order) and it was never answered', () => {
    const form = makeForm('enterprise', (f) => void (f.filingType = 'change-service'));
    expect(waitingFor(form)).toEqual([]);
    show(form, waitingFor(form));
    expect($('#q-registrarApproved')).toBeNull();
  });

  it('stores the answer with the earlier ones, and the rule then reports a "no"', () => {
    const form = makeForm('individual', (f) => void (f.declarations = { filedServiceCount: 0 }));
    show(form, waitingFor(form));
    choose($<HTMLSelectElement>('#q-registrarApproved')!, 'no');
    expect(actions.setDeclarations).toHaveBeenLastCalledWith({ filedServiceCount: 0, registrarApproved: false });
    const answered = makeForm('individual', (f) => void (f.declarations = { filedServiceCount: 0, registrarApproved: false }));
    const result = run(answered, { today: TODAY, rules: [registrarApproved] });
    expect(result.unknown).toEqual([]);
    expect(result.findings.map((f) => [f.field, f.messageId])).toEqual([['declarations.registrarApproved', 'notApproved']]);
  });

  it('stays once answered, so a "no" can be changed after the domain is transferred, or cleared', () => {
    const form = makeForm('individual', (f) => void (f.declarations = { registrarApproved: false, filedServiceCount: 1 }));
    expect(waitingFor(form)).toEqual([]);
    show(form, waitingFor(form));
    const select = $<HTMLSelectElement>('#q-registrarApproved')!;
    expect(select.value).toBe('no');
    expect(select.closest('.question')!.className).not.toContain('needed');
    choose(select, 'yes');
    expect(actions.setDeclarations).toHaveBeenLastCalledWith({ registrarApproved: true, filedServiceCount: 1 });
    choose(select, '');
    expect(actions.setDeclarations).toHaveBeenLastCalledWith({ filedServiceCount: 1 });
  });
});
