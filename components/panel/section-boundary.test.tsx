// @vitest-environment happy-dom
/** One panel section that throws while rendering leaves the rest of the panel on screen. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_RULES } from '../../rules/all-rules';
import { run } from '../../rules/engine/run';
import type { FilingForm } from '../../rules/model/filing-form';
import { makeForm, TODAY } from '../../test/support/make-form';
import { DEFAULT_SETTINGS, type TabState } from '../messaging/protocol';
import { PanelView, type PanelActions } from './panel-view';

const failing = vi.hoisted(() => ({ sms: true }));
vi.mock('./sms', async (importOriginal) => {
  const real = await importOriginal<typeof import('./sms')>();
  return {
    ...real,
    SmsSection: (props: Parameters<typeof real.SmsSection>[0]) => {
      if (failing.sms) throw new URIError('URI malformed');
      return real.SmsSection(props);
    },
  };
});

let container: HTMLElement;
const actions = { focusField: vi.fn(), setLang: vi.fn(), setRuleEnabled: vi.fn(), print: vi.fn(), setDeclarations: vi.fn(), setPrincipalFlag: vi.fn() };

function show(form: FilingForm, updatedAt: number) {
  const state: TabState = {
    console: 'huawei',
    provider: 'huawei',
    step: 'subject',
    form,
    result: run(form, { today: TODAY, rules: ALL_RULES }),
    health: { expected: [], missing: [] },
    updatedAt,
  };
  act(() => {
    render(<PanelView state={state} settings={DEFAULT_SETTINGS} actions={actions as unknown as PanelActions} today={TODAY} />, container);
  });
}

beforeEach(() => {
  failing.sms = true;
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('a section that throws', () => {
  it('is replaced by a short note; the other sections stay', () => {
    show(
      makeForm('enterprise', (f) => void (f.subject!.name = '深')),
      1,
    );
    expect(container.querySelector('.panel')).not.toBeNull();
    expect(container.querySelector('.findings')).not.toBeNull();
    expect(container.querySelector('section.video-check')).not.toBeNull();
    expect(container.querySelector('.sms')).toBeNull();
    const notes = [...container.querySelectorAll('.section-failed')];
    expect(notes).toHaveLength(1);
    expect(notes[0]!.textContent).not.toContain('URI malformed');
  });

  it('is tried again with the next state of the tab', () => {
    show(makeForm(), 1);
    expect(container.querySelectorAll('.section-failed')).toHaveLength(1);
    failing.sms = false;
    show(makeForm(), 2);
    expect(container.querySelectorAll('.section-failed')).toHaveLength(0);
  });
});
