// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { huawei } from '../../entrypoints/huawei.content/console';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Settings, StateMessage, TabState } from '../messaging/protocol';
import emergencyPhoneDiffers from '../../rules/national/emergency-phone-differs';
import { loadFixture } from '../../test/fixtures/consoles/load';
import { remoteEngine } from '../engine-client/remote';
import { localEngine } from '../engine-client/local';
import { claimHost } from '../inline/host';
import { startConsole, type ConsoleRuntime, type InlineWarnings } from './runtime';

const RULE = emergencyPhoneDiffers.id;
let ctx: ContentScriptContext;
let posted: TabState[];
let inline: { update: ReturnType<typeof vi.fn>; destroy: ReturnType<typeof vi.fn> };
let adapter: ConsoleRuntime;

function start(post: (m: StateMessage) => Promise<unknown> | void = (m) => void posted.push(m.state), formMayBeElsewhere?: () => boolean) {
  adapter = startConsole(huawei, {
    formMayBeElsewhere,
    ctx,
    doc: document,
    engine: localEngine({ rules: [emergencyPhoneDiffers], post, frame: (cb) => cb() }),
    inline: inline as unknown as InlineWarnings,
    today: () => '2026-11-29',
    frame: (cb) => cb(),
    watch: { mutationDebounceMs: 200, pollMs: 1000, pollBudget: 5 },
  });
  adapter.evaluate();
}

const last = () => posted[posted.length - 1]!;
const mobileInput = () =>
  Array.from(document.querySelectorAll('td.ti3-form-label'))
    .find((c) => c.textContent === '手机号码')!
    .closest('tr')!
    .querySelector('input')!;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  document.body.innerHTML = '';
  history.replaceState(null, '', '/beian/#/subject');
  ctx = new ContentScriptContext('huawei-test');
  posted = [];
  inline = { update: vi.fn(), destroy: vi.fn() };
});

afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

describe('content-script loop', () => {
  it('posts the read state and hands findings with anchors to the inline warnings', () => {
    loadFixture('huawei/tiny3-subject');
    mobileInput().value = '13900139000';
    start();
    const state = last();
    expect(state).toMatchObject({ console: 'huawei', provider: 'huawei', step: 'subject', health: { missing: [] } });
    expect(state.result.findings.map((f) => [f.ruleId, f.field])).toEqual([[RULE, 'subject.principal.emergencyPhone']]);
    const call = inline.update.mock.calls.at(-1)![0];
    expect(call.lang).toBe('zh-CN');
    expect(call.findings).toHaveLength(1);
    expect((call.anchors.get('subject.principal.emergencyPhone') as HTMLInputElement).value).toBe('13900139000');
  });

  it('re-reads on an input event', () => {
    loadFixture('huawei/tiny3-subject');
    start();
    expect(last().result.findings).toEqual([]);
    const input = mobileInput();
    input.value = '13900139000';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(last().form.subject?.principal?.mobile).toBe('13900139000');
    expect(last().result.findings.map((f) => f.field)).toEqual(['subject.principal.emergencyPhone']);
  });

  it('a field the console removed is gone from the next typed read (the layout is not reused blindly)', async () => {
    loadFixture('huawei/tiny3-subject');
    start();
    const emergency = Array.from(document.querySelectorAll('td.ti3-form-label'))
      .find((c) => c.textContent === '应急联系方式')!
      .closest('tr')!;
    expect(last().form.subject?.principal?.emergencyPhone).toBeDefined();
    emergency.remove();
    await Promise.resolve(); // the MutationObserver reports before the next key press
    const input = mobileInput();
    input.value = '13900139000';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(last().form.subject?.principal?.mobile).toBe('13900139000');
    expect(last().form.subject?.principal?.emergencyPhone).toBeUndefined();
  });

  it('follows a route change (hash and pushState) and keeps earlier steps in the order model', async () => {
    loadFixture('huawei/tiny3-subject');
    start();
    loadFixture('huawei/tiny3-website');
    location.hash = '#/website';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(last().step).toBe('website');
    expect(last().form.subject?.principal?.name).toBe('王五');
    expect(last().form.websites).toHaveLength(2);

    loadFixture('huawei/tiny3-upload');
    history.pushState(null, '', '#/upload');
    await Promise.resolve();
    expect(last().step).toBe('upload');
    expect(last().form.websites?.[1]?.name).toBe('示例科技学堂');
  });

  it("materials handed to the app stay so on the order's other steps, until its upload step shows slots or another order starts", async () => {
    const go = async (page: Parameters<typeof loadFixture>[0], hash: string) => {
      loadFixture(page);
      history.pushState(null, '', hash);
      await Promise.resolve();
      return last().health.materialsElsewhere ?? false;
    };
    history.replaceState(null, '', '/beian/#/subject?orderId=A1');
    loadFixture('huawei/tiny3-subject');
    start();
    expect(last().health.materialsElsewhere).toBeUndefined();
    expect(await go('huawei/tiny3-upload-in-app', '#/upload?orderId=A1')).toBe(true);
    expect(last().health.missing).toEqual([]);
    expect(await go('huawei/tiny3-website', '#/website?orderId=A1')).toBe(true);
    expect(await go('huawei/tiny3-upload', '#/upload?orderId=A1')).toBe(false);
    expect(await go('huawei/tiny3-upload-in-app', '#/upload?orderId=A1')).toBe(true);
    expect(await go('huawei/tiny3-subject', '#/subject?orderId=B2')).toBe(false);
  });

  it('a frame without the form says nothing while the form may be in another frame; once it has spoken, it reports as usual', async () => {
    let elsewhere = true;
    // The embedding page's crumb names the order type: still no form.
    document.body.innerHTML = '<ti-crumb><span class="ti3-crumb-nohref-label">首次备案</span></ti-crumb><div class="cti-header">ICP备案</div>';
    start(undefined, () => elsewhere);
    expect(adapter.lastRead()?.found).toEqual(new Set(['filingType']));
    adapter.handle({ type: 'set-declarations', declarations: {} });
    expect(posted).toEqual([]);
    // The frame's own page shows the form: it speaks, and keeps speaking when the form goes.
    loadFixture('huawei/tiny3-subject');
    adapter.evaluate();
    expect(last().step).toBe('subject');
    document.body.innerHTML = '<p>备案订单</p>';
    adapter.evaluate();
    expect(last().step).toBe('unknown');
    // A lone top page with nothing on it still reports (the panel says the step is unknown).
    elsewhere = false;
    posted = [];
    adapter.stop();
    document.body.innerHTML = '<p>备案订单</p>';
    start(undefined, () => elsewhere);
    expect(last().step).toBe('unknown');
  });

  it('picks up a value filled without events (OCR) on the bounded re-read, and only then', () => {
    loadFixture('huawei/tiny3-subject');
    start();
    const count = posted.length;
    vi.advanceTimersByTime(1000);
    expect(posted.length).toBe(count); // nothing changed: no new state
    mobileInput().value = '13900139000'; // programmatic fill, no event
    vi.advanceTimersByTime(1000);
    expect(last().form.subject?.principal?.mobile).toBe('13900139000');
    expect(last().result.findings).toHaveLength(1);
  });

  it('does not poll while the user types (typed changes are read as they happen); polls again once typing stops', () => {
    loadFixture('huawei/tiny3-subject');
    start();
    const emergency = Array.from(document.querySelectorAll('td.ti3-form-label'))
      .find((c) => c.textContent === '应急联系方式')!
      .closest('tr')!
      .querySelector('input')!;
    emergency.value = '13900139001'; // filled without an event
    const input = mobileInput();
    for (let i = 0; i < 6; i++) {
      input.value = i % 2 ? '13900139000' : '1390013900';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      vi.advanceTimersByTime(500);
    }
    // Six poll periods of typing: the typed field is current, the other one not yet.
    expect(last().form.subject?.principal?.mobile).toBe('13900139000');
    expect(last().form.subject?.principal?.emergencyPhone).not.toBe('13900139001');
    vi.advanceTimersByTime(2000);
    expect(last().form.subject?.principal?.emergencyPhone).toBe('13900139001');
  });

  it('an upload followed by a delayed OCR fill (no events) is read once the fill lands', () => {
    loadFixture('huawei/tiny3-subject');
    start();
    vi.advanceTimersByTime(10_000); // idle: the re-read has gone to sleep
    const file = document.getElementById('subject_cert_select')!;
    file.dispatchEvent(new Event('change', { bubbles: true })); // the user picks a file: re-read armed
    setTimeout(() => {
      // The console's OCR writes the recognised values straight into the inputs.
      (document.querySelector('input[disabled]') as HTMLInputElement).value = '深圳市示例科技股份有限公司';
    }, 2500);
    vi.advanceTimersByTime(2000);
    expect(last().form.subject?.name).toBe('深圳市示例科技有限公司');
    vi.advanceTimersByTime(1000);
    expect(last().form.subject?.name).toBe('深圳市示例科技股份有限公司');
  });

  it('the re-read sleeps after its budget and while the tab is hidden; activity wakes it', () => {
    loadFixture('huawei/tiny3-subject');
    start();
    vi.advanceTimersByTime(10_000); // budget of 5 re-reads spent
    mobileInput().value = '13900139000';
    vi.advanceTimersByTime(10_000);
    expect(last().form.subject?.principal?.mobile).toBe('13800138000');
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(last().form.subject?.principal?.mobile).toBe('13900139000');

    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    mobileInput().value = '13800138000';
    vi.advanceTimersByTime(5000);
    expect(last().form.subject?.principal?.mobile).toBe('13900139000');
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(last().form.subject?.principal?.mobile).toBe('13800138000');
  });

  it('re-reads after DOM mutations (debounced) but ignores its own inline-warning hosts', async () => {
    loadFixture('huawei/tiny3-subject');
    start();
    vi.advanceTimersByTime(10_000); // let the re-read budget run out, so only mutations can wake it
    const host = document.createElement('span');
    claimHost(host);
    mobileInput().after(host);
    mobileInput().value = '13900139000';
    await Promise.resolve();
    vi.advanceTimersByTime(500);
    expect(last().form.subject?.principal?.mobile).toBe('13800138000');

    // The console re-renders a row: that is a page change.
    const row = mobileInput().closest('tr')!;
    row.querySelector('td.ti3-form-content')!.append(document.createElement('span'));
    await Promise.resolve();
    vi.advanceTimersByTime(199);
    expect(last().form.subject?.principal?.mobile).toBe('13800138000');
    vi.advanceTimersByTime(1);
    expect(last().form.subject?.principal?.mobile).toBe('13900139000');
  });

  it('reads a form the console draws after the script started at the next frame, without waiting for the mutation debounce', async () => {
    start();
    expect(last().form.subject?.principal?.mobile).toBeUndefined();
    loadFixture('huawei/tiny3-subject');
    await Promise.resolve(); // the MutationObserver reports; no timer has run
    expect(last().form.subject?.principal?.mobile).toBe('13800138000');
    expect(last().step).toBe('subject');
  });

  it('once the form is shown, mutations wait for the debounce again', async () => {
    loadFixture('huawei/tiny3-subject');
    start();
    vi.advanceTimersByTime(10_000);
    const reads = posted.length;
    mobileInput().value = '13900139000';
    mobileInput().closest('tr')!.append(document.createElement('td'));
    await Promise.resolve();
    expect(posted.length).toBe(reads);
    vi.advanceTimersByTime(200);
    expect(last().form.subject?.principal?.mobile).toBe('13900139000');
  });

  it('stops with the content-script context: no more reads, inline warnings destroyed', () => {
    loadFixture('huawei/tiny3-subject');
    start();
    const count = posted.length;
    ctx.abort();
    expect(inline.destroy).toHaveBeenCalled();
    mobileInput().dispatchEvent(new Event('input', { bubbles: true }));
    vi.advanceTimersByTime(5000);
    expect(posted.length).toBe(count);
  });

  it('stops quietly when the extension context is invalidated under the page', () => {
    loadFixture('huawei/tiny3-subject');
    const connect = vi.fn((): never => {
      throw new Error('Extension context invalidated.');
    });
    adapter = startConsole(huawei, {
      ctx,
      doc: document,
      engine: remoteEngine(connect, () => adapter.stop()),
      inline: inline as unknown as InlineWarnings,
      today: () => '2026-11-29',
      frame: (cb) => cb(),
      watch: { pollBudget: 0 },
    });
    adapter.evaluate();
    expect(connect).toHaveBeenCalledTimes(1);
    expect(inline.destroy).toHaveBeenCalled();
    mobileInput().dispatchEvent(new Event('input', { bubbles: true }));
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('posts at most once per frame', () => {
    loadFixture('huawei/tiny3-subject');
    const frames: (() => void)[] = [];
    const post = vi.fn();
    adapter = startConsole(huawei, {
      ctx,
      doc: document,
      engine: localEngine({ rules: [emergencyPhoneDiffers], post, frame: (cb) => frames.push(cb) }),
      today: () => '2026-11-29',
      frame: (cb) => frames.push(cb),
      watch: false,
    });
    adapter.evaluate();
    mobileInput().value = '13900139000';
    adapter.evaluate();
    expect(post).not.toHaveBeenCalled();
    frames.forEach((f) => f());
    expect(post).toHaveBeenCalledTimes(1);
    expect((post.mock.calls[0] as unknown as [StateMessage])[0].state.form.subject?.principal?.mobile).toBe('13900139000');
  });
});

describe('coalescing', () => {
  it('reads once per frame however many events arrive', () => {
    loadFixture('huawei/tiny3-subject');
    const frames: (() => void)[] = [];
    const flush = () => frames.splice(0).forEach((f) => f());
    const post = vi.fn();
    adapter = startConsole(huawei, {
      ctx,
      doc: document,
      engine: localEngine({ rules: [emergencyPhoneDiffers], post, frame: (cb) => frames.push(cb) }),
      today: () => '2026-11-29',
      frame: (cb) => frames.push(cb),
      watch: { pollBudget: 0 },
    });
    const input = mobileInput();
    for (const digit of ['1', '2', '3']) {
      input.value += digit;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    expect(frames).toHaveLength(1); // one read queued
    flush(); // read + run, queues the post
    flush(); // post
    expect(post).toHaveBeenCalledTimes(1);
    expect((post.mock.calls[0] as unknown as [StateMessage])[0].state.form.subject?.principal?.mobile).toBe('13800138000123');
  });
});

describe('panel messages and settings', () => {
  it('focus-field scrolls to, focuses and briefly highlights the field', () => {
    loadFixture('huawei/tiny3-subject');
    start();
    const input = mobileInput();
    const scroll = vi.fn();
    (input as HTMLElement & { scrollIntoView: unknown }).scrollIntoView = scroll;
    adapter.handle({ type: 'focus-field', field: 'subject.principal.mobile' });
    expect(scroll).toHaveBeenCalled();
    expect(document.activeElement).toBe(input);
    expect(input.style.outline).not.toBe('');
    vi.advanceTimersByTime(2000);
    expect(input.style.outline).toBe('');
  });

  it('focus-field on a finer id than the page has falls back to the closest field', () => {
    loadFixture('huawei/tiny3-website');
    start();
    adapter.handle({ type: 'focus-field', field: 'websites[1].domains[3]' });
    expect((document.activeElement as HTMLInputElement).value).toBe('example-edu.cn');
  });

  it('set-declarations and set-principal-flags merge the answers and re-run', () => {
    loadFixture('huawei/tiny3-subject');
    start();
    adapter.handle({ type: 'set-declarations', declarations: { hasSeal: true } });
    expect(last().form.declarations).toEqual({ hasSeal: true });
    adapter.handle({ type: 'set-principal-flags', field: 'subject.principal', isLegalRepresentative: false });
    expect(last().form.subject?.principal?.isLegalRepresentative).toBe(false);
    expect(last().form.declarations).toEqual({ hasSeal: true });
  });

  it('skips rules disabled in settings and renders in the chosen language', () => {
    loadFixture('huawei/tiny3-subject');
    mobileInput().value = '13900139000';
    start();
    expect(last().result.findings).toHaveLength(1);
    adapter.setSettings({ version: 1, lang: 'en', disabledRules: [RULE] });
    expect(last().result.findings).toEqual([]);
    expect(inline.update.mock.calls.at(-1)![0].lang).toBe('en');
  });

  it('reads and judges before the settings are known, shows warnings only once they are, never for a rule switched off', async () => {
    loadFixture('huawei/tiny3-subject');
    mobileInput().value = '13900139000'; // the emergency phone's value in this fixture: one finding
    let resolve!: (s: Settings) => void;
    const settings = new Promise<Settings>((r) => (resolve = r));
    adapter = startConsole(huawei, {
      ctx,
      doc: document,
      engine: localEngine({ rules: [emergencyPhoneDiffers], post: (m) => void posted.push(m.state), frame: (cb) => cb() }),
      inline: inline as unknown as InlineWarnings,
      today: () => '2026-11-29',
      frame: (cb) => cb(),
      watch: false,
      settings,
    });
    adapter.evaluate();
    expect(last().result.findings).toHaveLength(1); // judged already
    expect(inline.update).not.toHaveBeenCalled(); // but not shown: the language is not known yet
    resolve({ version: 1, lang: 'en', disabledRules: [RULE] });
    await settings;
    await Promise.resolve();
    expect(inline.update).toHaveBeenCalled();
    for (const [call] of inline.update.mock.calls) {
      expect(call.lang).toBe('en');
      expect(call.findings).toEqual([]);
    }
    expect(last().result.findings).toEqual([]); // judged again without the rule
  });
});
