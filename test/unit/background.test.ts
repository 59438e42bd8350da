import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findingsReceiver } from '../../components/messaging/finding-refs';
import { ENGINE_PORT, preparedKey, tabStateKey, type EngineReply, type PageState, type TabState } from '../../components/messaging/protocol';
import type { Finding } from '../../rules/engine/run';
import { BADGE_COLOR, isConsoleUrl, serveEngine, STATE_WRITE_INTERVAL_MS, type HostPort } from '../../entrypoints/background';
import { HUAWEI_CONSOLE_MATCHES } from '../../entrypoints/huawei.content/hosts';
import emergencyPhoneDiffers from '../../rules/national/emergency-phone-differs';
import { makeForm } from '../support/make-form';

const CONSOLE = 'https://console.huaweicloud.com/beian/#/subject';

// The background takes the console pages from the manifest's content scripts, as WXT builds it.
fakeBrowser.runtime.getManifest = () => ({
  manifest_version: 3,
  name: 'test',
  version: '0',
  content_scripts: [{ matches: [...HUAWEI_CONSOLE_MATCHES], js: ['content-scripts/huawei.js'] }],
});

async function openConsoleTab(url = CONSOLE) {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

const stored = async (tabId: number) => (await fakeBrowser.storage.session.get(tabStateKey(tabId)))[tabStateKey(tabId)] as TabState | undefined;

let connectListener: ((port: HostPort) => void) | undefined;

/** WXT's fake browser has no tabs.onReplaced: a minimal one the tests can fire. */
const replacedListeners = new Set<(addedTabId: number, removedTabId: number) => void>();
(fakeBrowser.tabs as unknown as { onReplaced: unknown }).onReplaced = {
  addListener: (cb: (addedTabId: number, removedTabId: number) => void) => replacedListeners.add(cb),
  removeListener: (cb: (addedTabId: number, removedTabId: number) => void) => replacedListeners.delete(cb),
  hasListener: (cb: (addedTabId: number, removedTabId: number) => void) => replacedListeners.has(cb),
};
const replaceTab = (addedTabId: number, removedTabId: number) => {
  for (const cb of replacedListeners) cb(addedTabId, removedTabId);
};

beforeEach(() => {
  fakeBrowser.reset();
  replacedListeners.clear();
  connectListener = undefined;
  serveEngine([emergencyPhoneDiffers], { addListener: (cb) => (connectListener = cb) });
});

/** The findings of a reply, numbers resolved against the port's earlier replies (as the content script does). */
const receivers = new WeakMap<EngineReply[], ReturnType<typeof findingsReceiver>>();
const resolved = new WeakMap<EngineReply, Finding[]>();
function findingsOf(reply: EngineReply | undefined, replies?: EngineReply[]): Finding[] {
  if (reply?.type !== 'findings') return [];
  if (!replies) return reply.findings.filter((f): f is Finding => typeof f !== 'number');
  if (!receivers.has(replies)) receivers.set(replies, findingsReceiver());
  const receive = receivers.get(replies)!;
  for (const r of replies) if (r.type === 'findings' && !resolved.has(r)) resolved.set(r, receive(r.findings, r.restart));
  return resolved.get(reply) ?? [];
}

/** A content script's port as the background sees it. */
function openPort(tab: { id?: number; url?: string } | undefined, name = ENGINE_PORT) {
  const listeners: ((message: unknown) => void)[] = [];
  const replies: EngineReply[] = [];
  const port = {
    name,
    sender: { tab },
    postMessage: (reply: EngineReply) => void replies.push(reply),
    disconnect: vi.fn(),
    onMessage: { addListener: (cb: (message: unknown) => void) => void listeners.push(cb) },
  };
  connectListener!(port);
  return { port, replies, send: (message: unknown) => listeners.forEach((l) => l(message)) };
}

/** A read whose emergency phone equals the principal's mobile: one finding of the rule under test. */
const pageState = (emergencyPhone?: string): PageState => {
  const form = makeForm('individual');
  if (emergencyPhone) form.subject!.principal!.emergencyPhone = emergencyPhone;
  return {
    console: 'huawei',
    provider: 'huawei',
    step: 'subject',
    form,
    health: { expected: [], missing: [] },
    updatedAt: 1,
    today: '2026-11-29',
    disabledRules: [],
  };
};

/** A content script on `url` in tab `tabId` sends a read of `step` over its port (one port per tab). */
const ports = new Map<number, ReturnType<typeof openPort>>();
let seq = 0;
function report(tabId: number, url: string, step: PageState['step']) {
  let port = ports.get(tabId);
  if (!port) {
    port = openPort({ id: tabId, url });
    ports.set(tabId, port);
  }
  port.send({ type: 'evaluate', seq: ++seq, page: { ...pageState(), step } });
}

beforeEach(() => ports.clear());

describe('background state relay', () => {
  it('stores each tab’s state in session storage, never in local storage', async () => {
    const tabId = await openConsoleTab();
    report(tabId, CONSOLE, 'subject');
    await vi.waitFor(async () => expect((await stored(tabId))?.step).toBe('subject'));
    expect((await stored(tabId))?.form).toEqual(pageState().form);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keeps the latest state per tab, writing each tab at most once per interval', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const a = await openConsoleTab();
      const b = await openConsoleTab('https://beian.huaweicloud.com/');
      report(a, CONSOLE, 'subject');
      report(b, 'https://beian.huaweicloud.com/', 'verify');
      report(a, CONSOLE, 'website');
      report(a, CONSOLE, 'app');
      await vi.advanceTimersByTimeAsync(0);
      expect((await stored(a))?.step).toBe('subject'); // the later ones wait for the interval
      expect((await stored(b))?.step).toBe('verify');
      await vi.advanceTimersByTimeAsync(STATE_WRITE_INTERVAL_MS);
      expect((await stored(a))?.step).toBe('app'); // only the latest is written
    } finally {
      vi.useRealTimers();
    }
  });

  it('a write still waiting when the tab closes is dropped with it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const tabId = await openConsoleTab();
      report(tabId, CONSOLE, 'subject');
      report(tabId, CONSOLE, 'website');
      await fakeBrowser.tabs.onRemoved.trigger(tabId, { isWindowClosing: false, windowId: 0 });
      await vi.advanceTimersByTimeAsync(STATE_WRITE_INTERVAL_MS * 2);
      expect(await stored(tabId)).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes no state from other sites, pages without a tab, or plain messages', async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'state', state: { ...pageState(), result: {} } },
      { tab: { id: 7, url: CONSOLE } } as unknown as Browser.runtime.MessageSender,
      () => undefined,
    );
    report(7, 'https://example.com/', 'subject');
    openPort(undefined).send({ type: 'evaluate', seq: 1, page: pageState() });
    await new Promise((r) => setTimeout(r, 10));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('removes a tab’s state when the tab closes', async () => {
    const tabId = await openConsoleTab();
    report(tabId, CONSOLE, 'subject');
    await vi.waitFor(async () => expect(await stored(tabId)).toBeDefined());
    // (fakeBrowser.tabs.remove looks the window up by tab id; trigger the event as the browser does.)
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { isWindowClosing: false, windowId: 0 });
    await vi.waitFor(async () => expect(await stored(tabId)).toBeUndefined());
  });

  it('removes a tab’s state when another tab replaces it (prerendering, instant navigation)', async () => {
    const tabId = await openConsoleTab();
    report(tabId, CONSOLE, 'subject');
    await vi.waitFor(async () => expect(await stored(tabId)).toBeDefined());
    replaceTab(tabId + 1000, tabId);
    await vi.waitFor(async () => expect(await stored(tabId)).toBeUndefined());
  });

  it('removes it when the tab leaves the console, keeps it on console routes', async () => {
    const tabId = await openConsoleTab();
    report(tabId, CONSOLE, 'subject');
    await vi.waitFor(async () => expect(await stored(tabId)).toBeDefined());
    await fakeBrowser.tabs.update(tabId, { url: 'https://console.huaweicloud.com/beian/#/website' });
    expect(await stored(tabId)).toBeDefined();
    await fakeBrowser.tabs.update(tabId, { url: 'https://www.example.com/' });
    await vi.waitFor(async () => expect(await stored(tabId)).toBeUndefined());
  });

  it('relays panel messages to the tab’s content script', async () => {
    const send = vi.fn(async () => true);
    fakeBrowser.tabs.sendMessage = send as unknown as typeof fakeBrowser.tabs.sendMessage;
    const message = { type: 'focus-field', field: 'subject.name' } as const;
    const [result] = await fakeBrowser.runtime.onMessage.trigger({ type: 'to-tab', tabId: 3, message }, {}, () => undefined);
    expect(await result).toBe(true);
    expect(send).toHaveBeenCalledWith(3, message);
  });

  it('knows the console hosts from the content script’s match list', () => {
    expect(isConsoleUrl('https://console.huaweicloud.com/icp/#/order')).toBe(true);
    expect(isConsoleUrl('https://beian.huaweicloud.com/')).toBe(true);
    expect(isConsoleUrl('https://console.huaweicloud.com/ecm/')).toBe(false);
    expect(isConsoleUrl(undefined)).toBe(false);
  });
});

describe('background rules engine', () => {
  it('runs the rules on a console tab’s read, answers the findings and stores the state for the panel', async () => {
    const tabId = await openConsoleTab();
    const { replies, send } = openPort({ id: tabId, url: CONSOLE });
    const page = pageState();
    send({
      type: 'evaluate',
      seq: 1,
      page: {
        ...page,
        form: {
          ...page.form,
          subject: { ...page.form.subject, principal: { ...page.form.subject!.principal, emergencyPhone: page.form.subject!.principal!.mobile } },
        },
      },
    });
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ type: 'findings', seq: 1 });
    expect(findingsOf(replies[0]).map((f) => [f.ruleId, f.field])).toEqual([[emergencyPhoneDiffers.id, 'subject.principal.emergencyPhone']]);
    // The words come with the findings: the content script has none of its own.
    expect(findingsOf(replies[0])[0]!.message['zh-CN']).not.toBe('');
    await vi.waitFor(async () => expect((await stored(tabId))?.result.findings).toHaveLength(1));
    expect((await stored(tabId))?.form.province).toBe(page.form.province);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keeps one engine per tab: a read in another tab does not make this tab’s unchanged rules run again', async () => {
    let checks = 0;
    const counted = {
      ...emergencyPhoneDiffers,
      check: (...args: Parameters<typeof emergencyPhoneDiffers.check>) => (checks++, emergencyPhoneDiffers.check(...args)),
    };
    serveEngine([counted], { addListener: (cb) => (connectListener = cb) });
    const [tabA, tabB] = [await openConsoleTab(), await openConsoleTab()];
    const a = openPort({ id: tabA, url: CONSOLE });
    const b = openPort({ id: tabB, url: CONSOLE });
    a.send({ type: 'evaluate', seq: 1, page: pageState('13800000001') });
    b.send({ type: 'evaluate', seq: 1, page: pageState('13800000002') });
    expect(checks).toBe(2);
    // Tab A again with what it sent before: its engine still holds that read's outcome.
    a.send({ type: 'evaluate', seq: 2, page: pageState('13800000001') });
    expect(checks).toBe(2);
    expect(findingsOf(a.replies[1], a.replies)).toEqual(findingsOf(a.replies[0], a.replies));
  });

  it('leaves out the rules switched off in Settings', async () => {
    const tabId = await openConsoleTab();
    const { replies, send } = openPort({ id: tabId, url: CONSOLE });
    const form = makeForm('individual');
    form.subject!.principal!.emergencyPhone = form.subject!.principal!.mobile;
    send({ type: 'evaluate', seq: 1, page: { ...pageState(), form, disabledRules: [emergencyPhoneDiffers.id] } });
    expect(findingsOf(replies[0])).toEqual([]);
  });

  it('refuses ports from other sites, from pages without a tab and with another name', async () => {
    for (const tab of [{ id: 4, url: 'https://example.com/' }, undefined, { id: -1, url: CONSOLE }]) {
      const { port } = openPort(tab);
      expect(port.disconnect).toHaveBeenCalled();
    }
    const other = openPort({ id: 5, url: CONSOLE }, 'something-else');
    other.send({ type: 'evaluate', seq: 1, page: pageState() });
    expect(other.replies).toEqual([]);
  });

  it('answers even when a rule throws, so the page never waits for ever (and logs nothing of the read)', async () => {
    const throwing = {
      ...emergencyPhoneDiffers,
      id: 'national/throws',
      check: () => {
        throw new Error('boom 13800138000');
      },
    };
    fakeBrowser.reset();
    serveEngine([throwing], { addListener: (cb) => (connectListener = cb) });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { replies, send } = openPort({ id: 8, url: CONSOLE });
    send({ type: 'evaluate', seq: 1, page: pageState() });
    expect(replies).toEqual([{ type: 'findings', seq: 1, findings: [] }]);
    expect(JSON.stringify(error.mock.calls)).not.toMatch(/1\d{10}/);
    error.mockRestore();
  });

  it('judges the changes a later request sends against the port’s previous read', async () => {
    const tabId = await openConsoleTab();
    const { replies, send } = openPort({ id: tabId, url: CONSOLE });
    const page = pageState();
    send({ type: 'evaluate', seq: 1, page });
    expect(findingsOf(replies[0])).toEqual([]);
    const mobile = page.form.subject!.principal!.mobile;
    send({
      type: 'changes',
      seq: 2,
      changes: [
        { path: ['form', 'subject', 'principal', 'emergencyPhone'], value: mobile },
        { path: ['updatedAt'], value: 2 },
      ],
    });
    expect(replies[1]).toMatchObject({ type: 'findings', seq: 2 });
    expect(findingsOf(replies[1], replies).map((f) => f.field)).toEqual(['subject.principal.emergencyPhone']);
    await vi.waitFor(async () => expect((await stored(tabId))?.updatedAt).toBe(2));
    send({ type: 'changes', seq: 3, changes: [{ path: ['form', 'subject', 'principal', 'emergencyPhone'], removed: true }] });
    expect(findingsOf(replies[2], replies)).toEqual([]);
  });

  it('an answer repeating an earlier finding sends its number, not its words again', async () => {
    const tabId = await openConsoleTab();
    const { replies, send } = openPort({ id: tabId, url: CONSOLE });
    const page = pageState(makeForm('individual').subject!.principal!.mobile);
    send({ type: 'evaluate', seq: 1, page });
    send({ type: 'changes', seq: 2, changes: [{ path: ['updatedAt'], value: 2 }] });
    expect(replies[1]).toEqual({ type: 'findings', seq: 2, findings: [0] });
    expect(findingsOf(replies[1], replies)).toEqual(findingsOf(replies[0], replies));
    // Another port numbers afresh.
    const other = openPort({ id: tabId, url: CONSOLE });
    other.send({ type: 'evaluate', seq: 1, page });
    expect(findingsOf(other.replies[0])).toHaveLength(1);
  });

  it('asks for the whole read when it has none to apply changes to, or cannot apply them', async () => {
    const tabId = await openConsoleTab();
    const { replies, send } = openPort({ id: tabId, url: CONSOLE });
    send({ type: 'changes', seq: 1, changes: [{ path: ['updatedAt'], value: 2 }] });
    expect(replies).toEqual([{ type: 'resend', seq: 1 }]);
    send({ type: 'evaluate', seq: 2, page: pageState() });
    send({ type: 'changes', seq: 3, changes: [{ path: ['form', '__proto__', 'x'], value: 1 }] });
    expect(replies[2]).toEqual({ type: 'resend', seq: 3 });
    // The read it had is dropped with the changes it could not apply: the next changes need a whole read too.
    send({ type: 'changes', seq: 4, changes: [{ path: ['updatedAt'], value: 3 }] });
    expect(replies[3]).toEqual({ type: 'resend', seq: 4 });
    expect(await stored(tabId)).toMatchObject({ updatedAt: 1 });
  });

  it('ignores malformed requests', async () => {
    const { replies, send } = openPort({ id: 6, url: CONSOLE });
    for (const message of [
      undefined,
      null,
      'evaluate',
      { type: 'evaluate' },
      { type: 'evaluate', seq: '1', page: pageState() },
      { type: 'evaluate', seq: 2, page: {} },
    ])
      send(message);
    expect(replies).toEqual([]);
  });
});

describe('toolbar badge', () => {
  /** Every badge text set, per tab, in order (the fake browser has no action API). */
  let badges: Map<number, string[]>;
  let colours: string[];
  beforeEach(() => {
    badges = new Map();
    colours = [];
    const action = fakeBrowser.action as unknown as Record<string, unknown>;
    action.setBadgeText = vi.fn(async ({ tabId, text }: { tabId: number; text: string }) => void badges.set(tabId, [...(badges.get(tabId) ?? []), text]));
    action.setBadgeBackgroundColor = vi.fn(async ({ color }: { color: string }) => void colours.push(color));
  });

  /** A read of the subject step, its emergency phone the principal's mobile (one error) or not (none). */
  function read(tabId: number, withError: boolean, url = CONSOLE) {
    const form = makeForm('individual');
    if (withError) form.subject!.principal!.emergencyPhone = form.subject!.principal!.mobile;
    let port = ports.get(tabId);
    if (!port) {
      port = openPort({ id: tabId, url });
      ports.set(tabId, port);
    }
    port.send({ type: 'evaluate', seq: ++seq, page: { ...pageState(), form } });
  }

  it('shows the tab’s count of findings that will be rejected, in the verdict’s red', async () => {
    const tabId = await openConsoleTab();
    read(tabId, true);
    await vi.waitFor(() => expect(badges.get(tabId)).toEqual(['1']));
    expect(colours).toEqual([BADGE_COLOR]);
  });

  it('is per tab: a tab without errors shows none, the other keeps its count', async () => {
    const a = await openConsoleTab();
    const b = await openConsoleTab();
    read(a, true);
    read(b, false);
    await vi.waitFor(() => expect(badges.get(a)).toEqual(['1']));
    expect(badges.get(b)).toBeUndefined();
  });

  it('goes when the errors are fixed, and is not set again while the count stays', async () => {
    const tabId = await openConsoleTab();
    read(tabId, true);
    read(tabId, true);
    read(tabId, false);
    read(tabId, false);
    await vi.waitFor(() => expect(badges.get(tabId)).toEqual(['1', '']));
  });

  it('is cleared when the tab leaves the console, with the materials ticked in the panel', async () => {
    const tabId = await openConsoleTab();
    read(tabId, true);
    await fakeBrowser.storage.session.set({ [preparedKey(tabId)]: ['subject-certificate'] });
    await vi.waitFor(() => expect(badges.get(tabId)).toEqual(['1']));
    await fakeBrowser.tabs.update(tabId, { url: 'https://www.example.com/' });
    await vi.waitFor(() => expect(badges.get(tabId)).toEqual(['1', '']));
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(preparedKey(tabId))).toEqual({}));
  });

  it('leaves out the rules switched off in Settings', async () => {
    const tabId = await openConsoleTab();
    const form = makeForm('individual');
    form.subject!.principal!.emergencyPhone = form.subject!.principal!.mobile;
    openPort({ id: tabId, url: CONSOLE }).send({ type: 'evaluate', seq: 1, page: { ...pageState(), form, disabledRules: [emergencyPhoneDiffers.id] } });
    await vi.waitFor(async () => expect(await stored(tabId)).toBeDefined());
    expect(badges.get(tabId)).toBeUndefined();
  });
});
