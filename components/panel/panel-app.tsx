/**
 * The side panel's wiring: the active tab, its TabState and the Settings (panel-source.ts),
 * the rule catalogue when something needs it, and messages to the tab's content script.
 * Everything it shows comes from PanelView.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageReportReply, PanelToContent, TabState } from '../messaging/protocol';
import type { PanelCatalog } from './catalog';
import { openPanelSource, type PanelSnapshot, type PanelSource } from './panel-source';
import { PanelView, type PanelActions } from './panel-view';
import { usePrepared } from './prepared';
import { useTaught } from './taught-source';

/** The source's snapshot, re-rendered on every change; the source is PanelApp's own unless given. */
function usePanelSource(given: PanelSource | undefined): [PanelSnapshot, PanelSource] {
  const [source] = useState(() => given ?? openPanelSource());
  const [snapshot, setSnapshot] = useState(source.snapshot);
  // Subscribed before the browser paints (a layout effect), so no change falls between the first render and the listener.
  useLayoutEffect(() => {
    const unsubscribe = source.subscribe(() => setSnapshot(source.snapshot()));
    setSnapshot(source.snapshot());
    return () => {
      unsubscribe();
      if (!given) source.close();
    };
  }, [source, given]);
  return [snapshot, source];
}

/**
 * The rule catalogue (every rule with its words: a large chunk), loaded once `wanted`: for the
 * titles of switched-off rules or for the coverage section. Findings carry their own texts, so
 * the panel opens without it. `loading` while it is wanted or may be, not after a failure.
 */
function useCatalog(load: (() => Promise<PanelCatalog>) | undefined, wanted: boolean): { catalog?: PanelCatalog; loading: boolean } {
  const [catalog, setCatalog] = useState<PanelCatalog | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  // Once asked for, it keeps coming (a rule switched back on does not drop a load under way).
  const everWanted = useRef(false);
  if (wanted) everWanted.current = true;
  const asked = everWanted.current && !!load;
  useEffect(() => {
    if (!asked) return;
    let alive = true;
    load!()
      .then((loaded) => alive && setCatalog(loaded))
      .catch(() => alive && setFailed(true));
    return () => {
      alive = false;
    };
  }, [load, asked]);
  return { catalog, loading: !!load && !catalog && !failed };
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
  /** Where the tab, its state and the settings come from; PanelApp opens its own when absent (main.tsx opens it before the first render). */
  readonly source?: PanelSource;
}

const defaultPrint = () => window.print();

export function PanelApp({ loadCatalog, print = defaultPrint, source: given }: PanelAppProps) {
  const [{ tabId, state, settings }, source] = usePanelSource(given);
  const setSettings = source.saveSettings;
  const [coverageWanted, setCoverageWanted] = useState(false);
  const wantCoverage = useCallback(() => setCoverageWanted(true), []);
  // Switched-off rules are left out of the run, so their titles come from the catalogue only.
  const { catalog, loading: catalogLoading } = useCatalog(loadCatalog, coverageWanted || settings.disabledRules.length > 0);
  const [pending, setPending] = useState<Pending | undefined>(undefined);
  const shown = useMemo(() => withPending(state, pending, tabId), [state, pending, tabId]);
  const [prepared, setPrepared] = usePrepared(tabId);
  const [taught, taughtActions] = useTaught();

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
      teachField: (field, label) => send({ type: 'teach-field', field, label }),
      ...taughtActions,
      setLang: (lang) => setSettings({ ...settings, lang }),
      setRuleEnabled: (ruleId, enabled) => {
        const others = settings.disabledRules.filter((id) => id !== ruleId);
        setSettings({ ...settings, disabledRules: enabled ? others : [...others, ruleId] });
      },
      setPrepared,
      print,
      reportPage: async () => {
        if (typeof tabId !== 'number') return undefined;
        const reply = (await browser.tabs.sendMessage(tabId, { type: 'report-page' } satisfies PanelToContent).catch(() => undefined)) as
          PageReportReply | undefined;
        return typeof reply?.report === 'string' ? reply : undefined;
      },
    };
  }, [tabId, settings, print, setPrepared, taughtActions]);

  return (
    <PanelView
      state={shown}
      settings={settings}
      coverage={catalog?.coverage}
      nationalRules={catalog?.national}
      ruleCatalog={catalog?.titles}
      catalogLoading={catalogLoading}
      onCatalogWanted={wantCoverage}
      taught={taught}
      actions={actions}
      prepared={prepared}
    />
  );
}
