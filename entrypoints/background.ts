import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { findingsSender } from '../components/messaging/finding-refs';
import { applyChanges } from '../components/messaging/page-changes';
import {
  ENGINE_PORT,
  preparedKey,
  tabStateKey,
  type EngineReply,
  type EngineRequest,
  type PageState,
  type PanelToContent,
  type TabState,
} from '../components/messaging/protocol';
import { ALL_RULES } from '../rules/all-rules';
import { describeRules, type RuleCatalog } from '../rules/engine/run';
import type { Rule } from '../rules/engine/types';
import { judgePage } from '../components/engine-client/local';

/** A message the side panel may send through the background to a tab's content script. */
export type PanelRelay = { readonly type: 'to-tab'; readonly tabId: number; readonly message: PanelToContent };

/** The console pages: the match patterns of the manifest's content scripts (one per console), read once. */
let consolePatterns: readonly MatchPattern[] | undefined;
function consolePatternsOfManifest(): readonly MatchPattern[] {
  consolePatterns ??= (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []).map((p) => new MatchPattern(p));
  return consolePatterns;
}

export function isConsoleUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return consolePatternsOfManifest().some((p) => p.includes(url));
  } catch {
    return false;
  }
}

/** Least time between two writes of one tab's state: the panel needs no more, the page is never waited on. */
export const STATE_WRITE_INTERVAL_MS = 150;

/**
 * Each tab's latest TabState lives in storage.session (memory only, cleared with the
 * browser session; never storage.local). Writes are coalesced per tab (the latest state
 * wins, at most one write per STATE_WRITE_INTERVAL_MS) and dropping a tab cancels its
 * pending write, so a closed tab's state cannot come back.
 */
function stateStore() {
  const pending = new Map<number, { state: TabState; timer: ReturnType<typeof setTimeout> }>();
  const lastWrite = new Map<number, number>();
  const write = (tabId: number, state: TabState) => {
    lastWrite.set(tabId, Date.now());
    return browser.storage.session.set({ [tabStateKey(tabId)]: state });
  };
  return {
    /** Writes now when the tab was not written lately, else once the interval has passed. */
    put(tabId: number, state: TabState): Promise<void> {
      const entry = pending.get(tabId);
      if (entry) {
        entry.state = state;
        return Promise.resolve();
      }
      const wait = (lastWrite.get(tabId) ?? Number.NEGATIVE_INFINITY) + STATE_WRITE_INTERVAL_MS - Date.now();
      if (wait <= 0) return write(tabId, state);
      const timer = setTimeout(() => {
        const due = pending.get(tabId);
        pending.delete(tabId);
        if (due) void write(tabId, due.state).catch(() => undefined);
      }, wait);
      pending.set(tabId, { state, timer });
      return Promise.resolve();
    },
    drop(tabId: number): Promise<void> {
      const entry = pending.get(tabId);
      if (entry) clearTimeout(entry.timer);
      pending.delete(tabId);
      lastWrite.delete(tabId);
      // The materials ticked as prepared in the panel go with the state (components/panel/prepared.ts).
      return browser.storage.session.remove([tabStateKey(tabId), preparedKey(tabId)]).catch(() => undefined);
    },
  };
}

/** The toolbar button's API: `action` in Manifest V3 (Chrome), `browserAction` in Firefox's Manifest V2 (WXT's `browser` names them as the browser does). */
type BadgeApi = {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor?(details: { color: string }): Promise<void> | void;
};
function badgeApi(): BadgeApi | undefined {
  const apis = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return apis.action ?? apis.browserAction;
}

/** The badge colour: the panel's 会被驳回 red (assets/ui/panel.css --error). */
export const BADGE_COLOR = '#d92d20';

/**
 * The toolbar badge, per tab: how many findings will get the filing rejected (会被驳回,
 * errors) in that tab's console, nothing when there are none or the tab left the console.
 * Set only when the text changes; a browser without the API (or a failing call) shows none.
 */
export function toolbarBadge() {
  const shown = new Map<number, string>();
  let coloured = false;
  const set = (tabId: number, text: string) => {
    const api = badgeApi();
    try {
      if (!coloured && text) {
        coloured = true;
        void Promise.resolve(api?.setBadgeBackgroundColor?.({ color: BADGE_COLOR })).catch(() => undefined);
      }
      void Promise.resolve(api?.setBadgeText({ tabId, text })).catch(() => undefined);
    } catch {
      // No badge in this browser.
    }
  };
  return {
    show(tabId: number, state: TabState): void {
      const errors = state.result.findings.filter((finding) => finding.severity === 'error').length;
      const text = errors > 0 ? String(errors) : '';
      if ((shown.get(tabId) ?? '') === text) return;
      shown.set(tabId, text);
      set(tabId, text);
    },
    clear(tabId: number): void {
      if (!shown.has(tabId)) return;
      const text = shown.get(tabId);
      shown.delete(tabId);
      if (text) set(tabId, '');
    },
  };
}

/** The parts of runtime.Port the engine host uses. */
export interface HostPort {
  readonly name: string;
  readonly sender?: { readonly tab?: { readonly id?: number; readonly url?: string } };
  postMessage(message: EngineReply): void;
  disconnect(): void;
  readonly onMessage: { addListener(cb: (message: unknown) => void): void };
}

/**
 * The background's two jobs: the rules engine for the content scripts (over ENGINE_PORT),
 * and the per-tab state for the side panel, which comes from the engine's own runs.
 */
export function serveEngine(
  rules: readonly Rule[] = ALL_RULES,
  // Injectable for tests: WXT's fake browser has no ports.
  connections: { addListener(cb: (port: HostPort) => void): void } = browser.runtime.onConnect as unknown as {
    addListener(cb: (port: HostPort) => void): void;
  },
): void {
  const store = stateStore();
  const badge = toolbarBadge();
  /** The tab closed or left the console: its state, its ticks and its badge go. */
  const leave = (tabId: number) => {
    badge.clear(tabId);
    void store.drop(tabId);
  };
  /** The rules' words, made once at the first read and shared by every tab's engine. */
  let catalog: RuleCatalog | undefined;
  /** Only content scripts on a console page (senders with a tab) report state. */
  const consoleTab = (tab: { id?: number; url?: string } | undefined) =>
    tab?.id !== undefined && tab.id >= 0 && (tab.url === undefined || isConsoleUrl(tab.url)) ? tab.id : undefined;

  connections.addListener((port) => {
    if (port.name !== ENGINE_PORT) return;
    const tabId = consoleTab(port.sender?.tab);
    if (tabId === undefined) {
      port.disconnect();
      return;
    }
    // One engine per port, i.e. per console tab: what it keeps between runs is this form's alone.
    const judge = judgePage(rules, (catalog ??= describeRules(rules)));
    /** The read of the latest request on this port: later requests say only what changed. */
    let page: PageState | undefined;
    const sendFindings = findingsSender();
    port.onMessage.addListener((message) => {
      const request = message as Partial<EngineRequest> | undefined;
      if (typeof request?.seq !== 'number') return;
      if (request.type === 'evaluate' && request.page?.form) page = request.page;
      else if (request.type === 'changes' && Array.isArray(request.changes)) {
        try {
          page = page && applyChanges(page, request.changes);
        } catch {
          page = undefined;
        }
        if (!page?.form) {
          page = undefined;
          try {
            port.postMessage({ type: 'resend', seq: request.seq });
          } catch {
            // The tab went away.
          }
          return;
        }
      } else return;
      let state: TabState | undefined;
      try {
        state = judge(page);
      } catch {
        // A rule that throws must not leave the page waiting for an answer that never comes.
        // Nothing of the read is logged: it holds personal data.
        console.error('Beian Precheck: the rules failed on a read of this page');
      }
      try {
        const { items, restart } = sendFindings(state?.result.findings ?? []);
        port.postMessage({ type: 'findings', seq: request.seq, findings: items, ...(restart ? { restart } : {}) });
      } catch {
        return; // The tab went away while the rules ran.
      }
      if (state) {
        void store.put(tabId, state).catch(() => undefined);
        badge.show(tabId, state);
      }
    });
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const msg = message as Partial<PanelRelay> | undefined;
    if (msg?.type === 'to-tab') {
      const relay = msg as PanelRelay;
      if (sender.tab || typeof relay.tabId !== 'number') return undefined; // only extension pages relay
      return browser.tabs.sendMessage(relay.tabId, relay.message).catch(() => undefined);
    }
    return undefined;
  });

  browser.tabs.onRemoved.addListener((tabId) => leave(tabId));
  // A prerendered page swapped in gets a new tab id, and no onRemoved comes for the old one:
  // its state would stay in storage.session until the browser closes. (Not every browser
  // has the event; without it the background must still start.)
  (browser.tabs as Partial<Pick<typeof browser.tabs, 'onReplaced'>>).onReplaced?.addListener((_addedTabId, removedTabId) => leave(removedTabId));
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    // Without the tabs permission the URL is visible only on console pages, so an
    // unknown URL also means the tab left the console.
    if (changeInfo.url === undefined && changeInfo.status !== 'loading') return;
    const url = changeInfo.url ?? tab.url;
    if (!isConsoleUrl(url)) leave(tabId);
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
  serveEngine();
});
