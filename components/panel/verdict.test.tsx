// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeForm } from '../../test/support/make-form';
import { messyForm, tabStateFor } from '../../test/support/ui-results';
import { DEFAULT_SETTINGS, type Settings, type TabState } from '../messaging/protocol';
import { toFix } from './model';
import { PanelView, type PanelActions } from './panel-view';
import { mockPanelActions, type MockPanelActions } from '../../test/support/panel-actions';

let container: HTMLElement;
let actions: MockPanelActions;

function show(state: TabState | null | undefined, settings: Partial<Settings> = {}) {
  act(() => {
    render(<PanelView state={state} settings={{ ...DEFAULT_SETTINGS, ...settings }} actions={actions as unknown as PanelActions} />, container);
  });
}
const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(selector: string) => [...container.querySelectorAll<E>(selector)];
const text = (selector: string) => $(selector)?.textContent ?? '';
const chip = (kind: string) => $<HTMLButtonElement>(`.verdict button.chip[data-chip="${kind}"]`);
const chipCounts = () => Object.fromEntries($$('.verdict button.chip').map((b) => [b.dataset.chip, Number(b.dataset.count)]));
const fold = (id: string) => $<HTMLDetailsElement>(`details.fold[data-fold="${id}"]`);

/** An enterprise whose subject principal's legal-representative flag is unknown: one rule waits for the panel's question. */
const waitingForm = () =>
  makeForm('enterprise', (f) => {
    delete f.subject!.principal!.isLegalRepresentative;
  });

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  actions = mockPanelActions();
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('the verdict', () => {
  it('is a status region at the top of main with a chip per count, read from the result', () => {
    const state = tabStateFor(messyForm());
    show(state);
    const verdict = $('.verdict')!;
    expect(verdict.getAttribute('role')).toBe('status');
    expect(verdict.getAttribute('aria-label')).toBe('检查结论');
    expect($('main')!.firstElementChild).toBe(verdict);
    const off = (severity: string) => state.result.findings.filter((f) => f.severity === severity).length;
    expect(chipCounts()).toEqual({ error: off('error'), warning: off('warning'), info: off('info'), materials: 1, questions: 0 });
    expect(chipCounts()).toEqual({ error: 2, warning: 1, info: 2, materials: 1, questions: 0 });
    // Icon shape and words, not colour alone.
    expect(chip('error')!.textContent).toBe('会被驳回 2');
    expect(chip('warning')!.textContent).toBe('可能被驳回 1');
    expect(chip('info')!.textContent).toBe('提示 2');
    expect(chip('materials')!.textContent).toBe('缺资料 1');
    expect(chip('questions')!.textContent).toBe('待回答 0');
    for (const kind of ['error', 'warning', 'info', 'materials', 'questions']) {
      const icon = chip(kind)!.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).toBe('true');
      expect(icon.classList.contains(`icon-${kind}`)).toBe(true);
    }
    expect(new Set($$('.verdict svg path').map((p) => p.getAttribute('d'))).size).toBe(5);
  });

  it('stays in view: the panel stylesheet makes it sticky', () => {
    const css = readFileSync(resolve(__dirname, '../../assets/ui/panel.css'), 'utf8');
    expect(css).toMatch(/\.verdict\s*\{[^}]*position:\s*sticky;[^}]*top:\s*0/);
  });

  it('counts questions the rules wait for and switched-off rules, and leaves switched-off rules out of the other counts', () => {
    show(tabStateFor(waitingForm()));
    expect(chipCounts().questions).toBe(1);
    expect(chip('questions')!.textContent).toBe('待回答 1');
    expect(chip('disabled')).toBeNull();

    show(tabStateFor(messyForm()), { disabledRules: ['test/subject-name-short', 'test/documents-needed'] });
    expect(chipCounts()).toMatchObject({ warning: 0, disabled: 2 });
    expect(chip('disabled')!.textContent).toBe('已关闭 2');
  });

  it('says what to do next: the problems on this step, those on earlier steps (上一步), those on later ones', () => {
    show(tabStateFor(messyForm()));
    expect(text('.verdict .next')).toBe(
      '下一步：先改本步（主体信息）的 1 项问题。“验证备案类型”还有 1 项，请点控制台的“上一步”返回修改。后面的“网站信息”还有 1 项，到那一步再改。',
    );
    show(tabStateFor(messyForm(), { step: 'website' }));
    expect(text('.verdict .next')).toBe('下一步：先改本步（网站信息）的 1 项问题。“验证备案类型”、“主体信息”还有 2 项，请点控制台的“上一步”返回修改。');
    show(tabStateFor(messyForm(), { step: 'unknown' }));
    expect(text('.verdict .next')).toBe('下一步：共 3 项问题需要修改，见下方检查结果。');
    expect($('.verdict .step-now')).toBeNull();
    // Only a note left: nothing blocks the filing.
    show(tabStateFor(waitingForm()));
    expect(text('.verdict .next')).toBe('下一步：本步（主体信息）没有需要修改的问题。只有提示，不影响提交；看一眼即可。');
  });

  it('splits errors and warnings (not notes) by step relative to the step on screen', () => {
    const { findings } = tabStateFor(messyForm()).result;
    expect(toFix(findings, 'subject')).toEqual({ here: 1, earlier: 1, earlierSteps: ['verify'], later: 1, laterSteps: ['website'] });
    expect(toFix(findings, 'upload')).toEqual({ here: 0, earlier: 3, earlierSteps: ['verify', 'subject', 'website'], later: 0, laterSteps: [] });
    expect(toFix(findings, 'unknown').here).toBe(3);
    expect(toFix(findings, 'subject', ['test/subject-name-short']).earlier).toBe(0);
  });

  it('in the zero state says what was checked and found fine, what could not decide, and what is left', () => {
    show(tabStateFor(makeForm()));
    expect(chipCounts()).toMatchObject({ error: 0, warning: 0, info: 0 });
    expect($('.verdict .next')).toBeNull();
    expect(text('.verdict .zero-checked')).toMatch(/^ 已检查“验证备案类型”、“主体信息”（广东）：\d+ 条规则通过，没有发现问题。$/);
    expect(text('.verdict .zero-unknown')).toBe('另有 1 条规则缺少信息，暂时无法判断。');
    expect(text('.verdict .zero-left')).toBe('还需要：提交后完成工信部短信核验。');
    // Missing materials are named among what is left.
    show(
      tabStateFor(
        makeForm('individual', (f) => {
          delete f.materials!['service-principal-id@websites[0]'];
        }),
      ),
    );
    expect(text('.verdict .zero-left')).toBe('还需要：准备 1 项资料；提交后完成工信部短信核验。');
  });

  it('is bilingual and switches with the settings', () => {
    show(tabStateFor(messyForm()), { lang: 'en' });
    expect($('.verdict')!.getAttribute('aria-label')).toBe('Verdict');
    expect(chip('error')!.textContent).toBe('Will be rejected 2');
    expect(chip('warning')!.textContent).toBe('May be rejected 1');
    expect(chip('materials')!.textContent).toBe('Missing materials 1');
    expect(text('.verdict .next')).toContain('Next: fix the 1 problems on this step (Subject information).');
    expect(text('.verdict .next')).toContain('use the console’s 上一步 (Back)');
    show(tabStateFor(makeForm()), { lang: 'en' });
    expect(text('.verdict .zero-checked')).toMatch(/Checked “Filing type check”, “Subject information” \(Guangdong\): \d+ rules passed, nothing found\./);
    expect(text('.verdict .zero-left')).toBe('Still to do: after submitting, complete the MIIT SMS verification.');
  });

  it('jumps to a section from its chip: opens it, focuses its summary and scrolls it into view', () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    show(tabStateFor(waitingForm()), { disabledRules: ['test/site-name-long'] });
    expect(fold('questions')!.open).toBe(true);
    act(() => {
      fold('questions')!.open = false;
      fold('questions')!.dispatchEvent(new Event('toggle'));
    });
    const cases: [string, string][] = [
      ['error', 'findings'],
      ['warning', 'findings'],
      ['info', 'findings'],
      ['materials', 'materials'],
      ['questions', 'questions'],
      ['disabled', 'disabled'],
    ];
    for (const [kind, target] of cases) {
      scrollTo.mockClear();
      act(() => chip(kind)!.click());
      expect(fold(target)!.open, kind).toBe(true);
      expect(document.activeElement, kind).toBe(fold(target)!.querySelector('summary'));
      expect(scrollTo, kind).toHaveBeenCalled();
    }
    scrollTo.mockRestore();
  });
});

describe('sections that open and close', () => {
  it('show name and count in the summary; actionable ones open, reference ones closed', () => {
    show(tabStateFor(messyForm()), { disabledRules: ['test/site-name-long'] });
    const summaries = Object.fromEntries(
      $$('details.fold').map((d) => [d.dataset.fold, [d.querySelector('summary')!.textContent, (d as HTMLDetailsElement).open]]),
    );
    expect(summaries).toEqual({
      findings: ['检查结果4', true],
      read: ['读取情况', false],
      materials: ['资料清单缺 1 / 共 2', true],
      questions: ['控制台没有询问的问题', false],
      unknown: ['无法判断的规则1', false],
      sms: ['工信部短信核验', false],
      video: ['视频核验预约', false],
      coverage: ['规则覆盖情况', false],
      disabled: ['已关闭的规则1', false],
      taught: ['已指定的字段', false],
    });
    expect($('details.fold[data-fold="findings"] summary .fold-count')!.textContent).toBe('4');
    // The questions open while a rule waits for an answer.
    show(tabStateFor(waitingForm()));
    expect(fold('questions')!.open).toBe(true);
    expect(fold('questions')!.querySelector('summary')!.textContent).toBe('控制台没有询问的问题待回答 1');
  });

  it('keep what the user opened or closed across new states of the tab', () => {
    show(tabStateFor(messyForm()));
    act(() => {
      fold('coverage')!.open = true;
      fold('coverage')!.dispatchEvent(new Event('toggle'));
    });
    act(() => {
      fold('findings')!.open = false;
      fold('findings')!.dispatchEvent(new Event('toggle'));
    });
    show(tabStateFor(messyForm(), { step: 'website' }));
    expect(fold('coverage')!.open).toBe(true);
    expect(fold('findings')!.open).toBe(false);
  });

  it('keep each section and its heading inside, so the sections’ selectors still work', () => {
    show(tabStateFor(messyForm()));
    for (const [id, section] of [
      ['findings', 'section.findings'],
      ['materials', 'section.materials'],
      ['questions', 'section.questions'],
      ['unknown', 'section.unknown'],
      ['sms', 'section.sms'],
      ['coverage', 'section.coverage'],
    ] as [string, string][]) {
      expect(fold(id)!.querySelector(`${section} > h2`), id).not.toBeNull();
    }
  });
});

describe('finding cards: no dead ends', () => {
  it('every card has a visible 定位 button that asks the page to focus the field', () => {
    show(tabStateFor(messyForm()));
    const cards = $$('li.finding');
    expect(cards.length).toBe(5);
    for (const card of cards) {
      const locate = card.querySelector<HTMLButtonElement>('button.locate')!;
      expect(locate.textContent).toBe('定位');
      expect(locate.getAttribute('aria-label')).toMatch(/^定位：/);
    }
    act(() => $<HTMLButtonElement>('.field[data-field="subject.name"] button.locate')!.click());
    expect(actions.focusField).toHaveBeenCalledWith('subject.name');
  });

  it('shows the severity as a word on each card', () => {
    show(tabStateFor(messyForm()));
    expect($$('.field[data-field="websites[0].name"] .sev-tag').map((s) => s.textContent)).toEqual(['会被驳回', '提示']);
  });

  it('says which step holds a field on another step, and that 上一步 gets there', () => {
    show(tabStateFor(messyForm()));
    expect(text('.field[data-field="subject.name"] .step-note')).toBe('此字段在“验证备案类型”步骤：请点控制台的“上一步”返回后修改。');
    expect(text('.field[data-field="websites[0].name"] .step-note')).toBe('此字段在后面的“网站信息”步骤，到那一步再修改。');
    expect($('.field[data-field="subject.principal.emergencyPhone"] .step-note')).toBeNull();
    show(tabStateFor(messyForm()), { lang: 'en' });
    expect(text('.field[data-field="subject.name"] .step-note')).toBe(
      'This field is on the “Filing type check” step: use the console’s 上一步 (Back) to get there.',
    );
    show(tabStateFor(messyForm(), { step: 'unknown' }));
    expect($('.step-note')).toBeNull();
  });
});
