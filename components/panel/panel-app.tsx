/**
 * The side panel's wiring: the active tab's TabState from storage.session (kept there
 * by the background), Settings from storage.local, and messages to the tab's content
 * script. Everything it shows comes from PanelView.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, tabStateKey, type PanelToContent, type Settings, type TabState } from '../messaging/protocol';
import { currentRuleId } from '../../rules/renames';
import { loadSettings, saveSettings, watchSettings } from '../messaging/settings';
import type { PanelCatalog } from './catalog';
import { PanelView, type PanelActions } from './panel-view';

type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;

/** The active tab of the panel's window; re-queried when the user switches tabs. */
function useActiveTabId(): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    // Queries may resolve out of order (the one made on opening can come back after the one
    // made on a tab switch): only the latest may set the tab.
    let latest = 0;
    const refresh = () => {
      const asked = ++latest;
      return browser.tabs
        .query({ active: true, currentWindow: true })
        .then(([tab]) => alive && asked === latest && setTabId(tab?.id ?? null))
        .catch(() => alive && asked === latest && setTabId(null));
    };
    // Listen first: a switch that lands while the first query is under way still re-queries.
    const onActivated = () => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    void refresh();
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);
  return tabId;
}

function useTabState(tabId: number | null | undefined): TabState | null | undefined {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return setState(undefined);
    if (tabId === null) return setState(null);
    const key = tabStateKey(tabId);
    let alive = true;
    let changedMeanwhile = false;
    const onChanged = (changes: StorageChanges, area: string) => {
      if (area !== 'session' || !(key in changes)) return;
      changedMeanwhile = true;
      setState((changes[key]!.newValue as TabState | undefined) ?? null);
    };
    browser.storage.onChanged.addListener(onChanged);
    browser.storage.session
      .get(key)
      .then((items) => alive && !changedMeanwhile && setState((items[key] as TabState | undefined) ?? null))
      .catch(() => alive && setState(null));
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  return state;
}

function useSettings(): [Settings, (next: Settings) => void] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let alive = true;
    void loadSettings(currentRuleId).then((loaded) => alive && setSettings(loaded));
    const unwatch = watchSettings((next) => alive && setSettings(next), currentRuleId);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };
  return [settings, update];
}

function useCatalog(load: (() => Promise<PanelCatalog>) | undefined): PanelCatalog | undefined {
  const [catalog, setCatalog] = useState<PanelCatalog | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    load?.()
      .then((loaded) => alive && setCatalog(loaded))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [load]);
  return catalog;
}

type Declarations = NonNullable<TabState['form']['declarations']>;
interface Pending {
  readonly tabId: number;
  readonly declarations: Declarations;
  /** performance.timeOrigin-based, like TabState.updatedAt. */
  readonly at: number;
}

const now = () => performance.timeOrigin + performance.now();

/**
 * The answers last sent to the tab stand in for the state's until a state evaluated after
 * the send arrives. The panel sends the whole set each time and the content script
 * replaces its set with it (so a cleared answer becomes unknown); the state is posted at
 * most every 200 ms, so a second answer given before then must start from the first one,
 * not from the older state.
 */
export function withPending(state: TabState | null | undefined, pending: Pending | undefined, tabId: number | null | undefined): TabState | null | undefined {
  if (!state || !pending || pending.tabId !== tabId || state.updatedAt >= pending.at) return state;
  return { ...state, form: { ...state.form, declarations: pending.declarations } };
}

export interface PanelAppProps {
  /** Loads rule titles and coverage (a dynamic import in the extension). */
  readonly loadCatalog?: () => Promise<PanelCatalog>;
  readonly print?: () => void;
}

const defaultPrint = () => window.print();

export function PanelApp({ loadCatalog, print = defaultPrint }: PanelAppProps) {
  const tabId = useActiveTabId();
  const state = useTabState(tabId);
  const [settings, setSettings] = useSettings();
  const catalog = useCatalog(loadCatalog);
  const [pending, setPending] = useState<Pending | undefined>(undefined);
  const shown = useMemo(() => withPending(state, pending, tabId), [state, pending, tabId]);

  useEffect(() => {
    document.documentElement.lang = settings.lang;
  }, [settings.lang]);

  const actions = useMemo<PanelActions>(() => {
    const send = (message: PanelToContent) => {
      if (typeof tabId !== 'number') return;
      // No content script in the tab (or it was reloaded): nothing to do.
      void browser.tabs.sendMessage(tabId, message).catch(() => undefined);
    };
    return {
      focusField: (field) => send({ type: 'focus-field', field }),
      setDeclarations: (declarations) => {
        if (typeof tabId === 'number') setPending({ tabId, declarations, at: now() });
        send({ type: 'set-declarations', declarations });
      },
      setPrincipalFlag: (field, isLegalRepresentative) => send({ type: 'set-principal-flags', field, isLegalRepresentative }),
      setLang: (lang) => setSettings({ ...settings, lang }),
      setRuleEnabled: (ruleId, enabled) => {
        const others = settings.disabledRules.filter((id) => id !== ruleId);
        setSettings({ ...settings, disabledRules: enabled ? others : [...others, ruleId] });
      },
      print,
    };
  }, [tabId, settings, print]);

  return <PanelView state={shown} settings={settings} coverage={catalog?.coverage} nationalRules={catalog?.national} ruleCatalog={catalog?.titles} actions={actions} />;
}
