// @vitest-environment happy-dom
/**
 * When the content script answers (not how fast): typed changes update the inline
 * warnings in the same task, other changes wait for a frame, and the panel is posted
 * to at most once per postIntervalMs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { huawei } from '../../entrypoints/huawei.content/console';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { StateMessage } from '../messaging/protocol';
import emergencyPhoneDiffers from '../../rules/national/emergency-phone-differs';
import { loadFixture } from '../../test/fixtures/consoles/load';
import { localEngine } from '../engine-client/local';
import { startConsole, type ConsoleRuntime, type InlineWarnings } from './runtime';

let ctx: ContentScriptContext;
let adapter: ConsoleRuntime;
let frames: (() => void)[];
let inline: { update: ReturnType<typeof vi.fn>; destroy: ReturnType<typeof vi.fn> };
let post: ReturnType<typeof vi.fn<(message: StateMessage) => void>>;

const inputOf = (label: string) =>
  Array.from(document.querySelectorAll('td.ti3-form-label'))
    .find((c) => c.textContent === label)!
    .closest('tr')!
    .querySelector('input')!;
const flush = () => frames.splice(0).forEach((f) => f());
const inlineFields = () => (inline.update.mock.calls.at(-1)![0] as { findings: { field: string }[] }).findings.map((f) => f.field);

function start(postIntervalMs?: number) {
  adapter = startConsole(huawei, {
    ctx,
    doc: document,
    engine: localEngine({ rules: [emergencyPhoneDiffers], post, frame: (cb) => frames.push(cb), postIntervalMs }),
    inline: inline as unknown as InlineWarnings,
    today: () => '2026-11-29',
    frame: (cb) => frames.push(cb),
    watch: { pollBudget: 0 },
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
  document.body.innerHTML = '';
  history.replaceState(null, '', '/beian/#/subject');
  ctx = new ContentScriptContext('huawei-test');
  frames = [];
  inline = { update: vi.fn(), destroy: vi.fn() };
  post = vi.fn();
  loadFixture('huawei/tiny3-subject');
});

afterEach(() => {
  adapter?.stop();
  ctx.abort();
  vi.useRealTimers();
});

describe('content-script timing', () => {
  it('updates the inline warnings inside the input event, before any frame', () => {
    start();
    const mobile = inputOf('手机号码').value;
    const emergency = inputOf('应急联系方式');
    emergency.value = mobile;
    emergency.dispatchEvent(new Event('input', { bubbles: true }));
    expect(inlineFields()).toContain('subject.principal.emergencyPhone');
    emergency.value = '13900000002';
    emergency.dispatchEvent(new Event('change', { bubbles: true }));
    expect(inlineFields()).not.toContain('subject.principal.emergencyPhone');
    // The frame queued for the post carries the latest state, once.
    flush();
    expect(post).toHaveBeenCalledTimes(1);
  });

  it('leaves clicks to the next frame, and skips that read when typing has read the page since', () => {
    start();
    const emergency = inputOf('应急联系方式');
    emergency.dispatchEvent(new Event('click', { bubbles: true }));
    expect(inline.update).not.toHaveBeenCalled();
    emergency.dispatchEvent(new Event('input', { bubbles: true }));
    expect(inline.update).toHaveBeenCalledTimes(1);
    flush();
    expect(inline.update).toHaveBeenCalledTimes(1);
  });

  it('posts to the panel at most once per postIntervalMs, the latest state last', () => {
    start(200);
    const emergency = inputOf('应急联系方式');
    const type = (value: string) => {
      emergency.value = value;
      emergency.dispatchEvent(new Event('input', { bubbles: true }));
      flush();
    };
    type('13900000001');
    expect(post).toHaveBeenCalledTimes(1);
    type('13900000002');
    type('13900000003');
    expect(post).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    flush();
    expect(post).toHaveBeenCalledTimes(2);
    expect(post.mock.calls[1]![0].state.form.subject?.principal?.emergencyPhone).toBe('13900000003');
  });
});
