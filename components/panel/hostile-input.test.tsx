// @vitest-environment happy-dom
/**
 * Text read from the console reaches the panel as it is, malformed or not: a lone surrogate
 * in the subject name (a string no URL can encode) leaves every section working.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_RULES } from '../../rules/all-rules';
import { run } from '../../rules/engine/run';
import type { FilingForm } from '../../rules/model/filing-form';
import { videoCheckEmail } from '../../rules/verification';
import { makeForm, TODAY } from '../../test/support/make-form';
import { DEFAULT_SETTINGS, type TabState } from '../messaging/protocol';
import { PanelView, type PanelActions } from './panel-view';

let container: HTMLElement;
const actions = { focusField: vi.fn(), setLang: vi.fn(), setRuleEnabled: vi.fn(), print: vi.fn(), setDeclarations: vi.fn(), setPrincipalFlag: vi.fn() };

function stateFor(form: FilingForm): TabState {
  return {
    console: 'huawei',
    provider: 'huawei',
    step: 'subject',
    form,
    result: run(form, { today: TODAY, rules: ALL_RULES }),
    health: { expected: [], missing: [] },
    updatedAt: 1,
  };
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const LONE = ['ab\uD800', '\uDC00示例', '示例\uD83D', '\uDFFF\uD800'];

describe('a lone surrogate in page text', () => {
  it('the video-check mail is still drafted, with the character replaced', () => {
    for (const name of LONE) {
      const form = makeForm('enterprise', (f) => void (f.subject!.name = name));
      const mail = videoCheckEmail(form, { provider: 'huawei', orderNumber: `HWBA\uD800`, date: '2026-12-02', time: '14:30' });
      expect(() => decodeURIComponent(mail.mailto.slice(mail.mailto.indexOf('body=') + 5))).not.toThrow();
      expect(mail.mailto).toContain('%EF%BF%BD'); // U+FFFD
    }
  });

  it('the panel shows the video check and every other section', () => {
    for (const name of LONE) {
      const form = makeForm('enterprise', (f) => {
        f.subject!.name = name;
        f.declarations = { filedServiceCount: 0, videoCheckRequested: true };
      });
      act(() => {
        render(<PanelView state={stateFor(form)} settings={DEFAULT_SETTINGS} actions={actions as unknown as PanelActions} today={TODAY} />, container);
      });
      expect(container.querySelector('section.video-check'), name).not.toBeNull();
      expect(container.querySelector('a.mailto')?.getAttribute('href'), name).toMatch(/^mailto:/);
      expect(container.querySelector('.section-failed'), name).toBeNull();
    }
  });
});

describe('a rule whose check threw', () => {
  it('is listed as not finished, not as missing inputs', () => {
    const state = stateFor(makeForm());
    const failed = {
      ...state,
      result: {
        ...state.result,
        unknown: [{ ruleId: 'national/thrower', missing: [], failed: true as const, title: { 'zh-CN': '测试规则', en: 'Test rule' } }],
      },
    };
    act(() => {
      render(<PanelView state={failed} settings={DEFAULT_SETTINGS} actions={actions as unknown as PanelActions} today={TODAY} />, container);
    });
    const item = container.querySelector('section.unknown li[data-rule="national/thrower"]');
    expect(item?.textContent).toContain('未能完成检查');
    expect(item?.textContent).not.toContain('缺少');
  });
});
