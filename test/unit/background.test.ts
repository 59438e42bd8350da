import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabStateKey, type TabState } from '../../components/protocol';
import { isConsoleUrl, setupStateRelay } from '../../entrypoints/background';

const CONSOLE = 'https://console.huaweicloud.com/beian/#/subject';

/** A minimal TabState: the background stores it as is and never looks inside. */
const state = (step: TabState['step']): TabState => ({
  console: 'huawei',
  step,
  form: { province: 'GD' },
  result: { findings: [], notApplicable: [], unknown: [], passed: [], materials: [] },
  health: { expected: [], missing: [] },
  updatedAt: 1,
});

async function openConsoleTab(url = CONSOLE) {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

async function report(tabId: number, url: string, s: TabState) {
  const sender = { tab: { id: tabId, url } } as unknown as Browser.runtime.MessageSender;
  await fakeBrowser.runtime.onMessage.trigger({ type: 'state', state: s }, sender, () => undefined);
}

const stored = async (tabId: number) => (await fakeBrowser.storage.session.get(tabStateKey(tabId)))[tabStateKey(tabId)] as TabState | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  setupStateRelay();
});

describe('background state relay', () => {
  it('stores each tab’s state in session storage, never in local storage', async () => {
    const tabId = await openConsoleTab();
    await report(tabId, CONSOLE, state('subject'));
    expect(await stored(tabId)).toEqual(state('subject'));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keeps the latest state per tab', async () => {
    const a = await openConsoleTab();
    const b = await openConsoleTab('https://beian.huaweicloud.com/');
    await report(a, CONSOLE, state('subject'));
    await report(b, 'https://beian.huaweicloud.com/', state('verify'));
    await report(a, CONSOLE, state('website'));
    expect((await stored(a))?.step).toBe('website');
    expect((await stored(b))?.step).toBe('verify');
  });

  it('ignores state from senders without a tab or from other sites', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'state', state: state('subject') }, {}, () => undefined);
    await report(7, 'https://example.com/', state('subject'));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('removes a tab’s state when the tab closes', async () => {
    const tabId = await openConsoleTab();
    await report(tabId, CONSOLE, state('subject'));
    // (fakeBrowser.tabs.remove looks the window up by tab id; trigger the event as the browser does.)
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { isWindowClosing: false, windowId: 0 });
    await vi.waitFor(async () => expect(await stored(tabId)).toBeUndefined());
  });

  it('removes it when the tab leaves the console, keeps it on console routes', async () => {
    const tabId = await openConsoleTab();
    await report(tabId, CONSOLE, state('subject'));
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
