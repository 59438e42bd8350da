/**
 * What the side panel shows, asked for as soon as the panel script runs and kept current:
 * the window's active tab, that tab's TabState (storage.session, kept there by the
 * background) and the Settings (storage.local).
 *
 * The state is one round trip away: the tab lookup, the session read and the settings read
 * go out together (the session read takes every tab's entry and keeps the active tab's, so it
 * need not wait for the lookup), and nothing waits for a rendered frame. The listeners are
 * registered before the reads, so a change that lands while they are under way is kept.
 */
import { browser } from 'wxt/browser';
import { currentRuleId } from '../../rules/renames';
import { loadSettings, saveSettings, watchSettings } from '../messaging/settings';
import { DEFAULT_SETTINGS, tabStateKey, type Settings, type TabState } from '../messaging/protocol';

export interface PanelSnapshot {
  /** undefined until known; null when the window has no active tab or the lookup failed. */
  readonly tabId: number | null | undefined;
  /** undefined while loading; null when the tab has no state (no filing console in it). */
  readonly state: TabState | null | undefined;
  /** The defaults until the stored ones are read. */
  readonly settings: Settings;
}

export interface PanelSource {
  snapshot(): PanelSnapshot;
  /** Settles once the tab, its state and the settings are first known (a failed read counts as known: no state, the defaults). */
  readonly ready: Promise<void>;
  /** `listener` runs after every change of the snapshot; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Shows `next` at once and stores it. */
  saveSettings(next: Settings): void;
  close(): void;
}

type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;

const stateOf = (value: unknown): TabState | null => (value as TabState | undefined) ?? null;

export function openPanelSource(): PanelSource {
  let snapshot: PanelSnapshot = { tabId: undefined, state: undefined, settings: DEFAULT_SETTINGS };
  const listeners = new Set<() => void>();
  let closed = false;
  const update = (patch: Partial<PanelSnapshot>) => {
    if (closed) return;
    snapshot = { ...snapshot, ...patch };
    for (const listener of listeners) listener();
  };

  // Lookups may resolve out of order (the one made on opening can come back after the one
  // made on a tab switch): only the latest may set the tab.
  let latest = 0;
  /** Tab states that changed since the latest lookup began: newer than what its read returns. */
  let changedSince = new Map<string, TabState | null>();

  const onChanged = (changes: StorageChanges, area: string) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      if (!key.startsWith('tab:')) continue;
      const state = stateOf(change.newValue);
      changedSince.set(key, state);
      if (typeof snapshot.tabId === 'number' && key === tabStateKey(snapshot.tabId)) update({ state });
    }
  };

  const lookup = (): Promise<void> => {
    const asked = ++latest;
    changedSince = new Map();
    const tab = browser.tabs.query({ active: true, currentWindow: true }).then(
      ([found]) => found?.id ?? null,
      () => null,
    );
    const states = browser.storage.session.get(null).then(
      (items) => items as Record<string, unknown>,
      () => ({}) as Record<string, unknown>,
    );
    return Promise.all([tab, states]).then(([tabId, items]) => {
      if (asked !== latest) return;
      if (tabId === null) return update({ tabId, state: null });
      const key = tabStateKey(tabId);
      update({ tabId, state: changedSince.has(key) ? changedSince.get(key)! : stateOf(items[key]) });
    });
  };

  // Listen first: a switch or a change that lands while the first reads are under way still counts.
  const onActivated = () => void lookup();
  browser.tabs.onActivated.addListener(onActivated);
  browser.storage.onChanged.addListener(onChanged);
  let settingsChanged = false;
  const unwatchSettings = watchSettings((settings) => {
    settingsChanged = true;
    update({ settings });
  }, currentRuleId);

  const settingsRead = loadSettings(currentRuleId).then(
    (settings) => {
      if (!settingsChanged) update({ settings });
    },
    // Damaged or unreadable: the defaults stay.
    () => undefined,
  );
  const ready = Promise.all([lookup(), settingsRead]).then(() => undefined);

  return {
    snapshot: () => snapshot,
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    saveSettings(next) {
      update({ settings: next });
      void saveSettings(next);
    },
    close() {
      closed = true;
      listeners.clear();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.storage.onChanged.removeListener(onChanged);
      unwatchSettings();
    },
  };
}
