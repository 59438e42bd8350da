import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { tabStateKey, type ContentToBackground, type PanelToContent, type StateMessage } from '../components/protocol';
import { ALL_RULES } from '../rules/all-rules';
import { describeRules, type RuleCatalog } from '../rules/engine/run';
import { HUAWEI_CONSOLE_MATCHES } from './huawei.content/hosts';

/** A message the side panel may send through the background to a tab's content script. */
export type PanelRelay = { readonly type: 'to-tab'; readonly tabId: number; readonly message: PanelToContent };

const CONSOLE_PATTERNS = HUAWEI_CONSOLE_MATCHES.map((p) => new MatchPattern(p));

export function isConsoleUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return CONSOLE_PATTERNS.some((p) => p.includes(url));
  } catch {
    return false;
  }
}

const dropState = (tabId: number) => browser.storage.session.remove(tabStateKey(tabId)).catch(() => undefined);

/**
 * Per-tab state relay. Each tab's latest TabState lives in storage.session (memory
 * only, cleared with the browser session; never storage.local) and is dropped when the
 * tab closes or leaves the console.
 */
export function setupStateRelay(rules = ALL_RULES): void {
  let catalog: RuleCatalog | undefined;
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const msg = message as Partial<ContentToBackground> | Partial<PanelRelay> | undefined;
    if (msg?.type === 'get-catalog') return Promise.resolve((catalog ??= describeRules(rules)));
    if (msg?.type === 'state') {
      const tabId = sender.tab?.id;
      // Only content scripts (senders with a tab) on a console page report state.
      if (tabId === undefined || tabId < 0 || (sender.tab?.url !== undefined && !isConsoleUrl(sender.tab.url))) return undefined;
      return browser.storage.session.set({ [tabStateKey(tabId)]: (msg as StateMessage).state }).then(() => true);
    }
    if (msg?.type === 'to-tab') {
      const relay = msg as PanelRelay;
      if (sender.tab || typeof relay.tabId !== 'number') return undefined; // only extension pages relay
      return browser.tabs.sendMessage(relay.tabId, relay.message).catch(() => undefined);
    }
    return undefined;
  });

  browser.tabs.onRemoved.addListener((tabId) => void dropState(tabId));
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    // Without the tabs permission the URL is visible only on console pages, so an
    // unknown URL also means the tab left the console.
    if (changeInfo.url === undefined && changeInfo.status !== 'loading') return;
    const url = changeInfo.url ?? tab.url;
    if (!isConsoleUrl(url)) void dropState(tabId);
  });
}

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel. Firefox has sidebar_action instead.
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome?.sidePanel;
  void chromeSidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  if (import.meta.env.FIREFOX) {
    // Firefox MV2 names it browserAction; the toolbar button toggles the sidebar.
    const firefox = browser as unknown as { browserAction?: typeof browser.action; sidebarAction: { toggle(): Promise<void> } };
    (firefox.browserAction ?? browser.action).onClicked.addListener(() => void firefox.sidebarAction.toggle());
  }
  setupStateRelay();
});
