/**
 * Reads the extension from the inside, through its side panel page opened as a tab
 * (chrome-extension://<id>/sidepanel.html): the per-tab TabState the background keeps in
 * storage.session, all extension storage areas, and the panel's rendered sections.
 *
 * The panel shows the window's active tab, so the console page must be in front while the
 * panel is read; panel buttons are clicked with a DOM click (a background tab gets no
 * animation frames, which Playwright's actionability checks wait for).
 */
import type { Locator, Page } from 'playwright-core';
import type { TabState } from '../../components/messaging/protocol';

/** The bits of the extension API used inside panel.evaluate (the panel page has `chrome`). */
interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
}
declare const chrome: {
  tabs: { query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
  storage: { local: StorageArea; session: StorageArea; sync: StorageArea };
  runtime: { reload(): void };
};

export interface ExtensionStorage {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  sync: Record<string, unknown>;
  /** The extension origin's Web Storage and IndexedDB databases (the product uses neither). */
  webStorage: Record<string, string>;
  indexedDb: string[];
}

/** The id of the window's active tab, as the panel sees it. */
export async function activeTabId(panel: Page): Promise<number | undefined> {
  return panel.evaluate(async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id);
}

/** Every TabState in storage.session, by tab id. */
export async function tabStates(panel: Page): Promise<Map<number, TabState>> {
  const all = await panel.evaluate(() => chrome.storage.session.get(null));
  const out = new Map<number, TabState>();
  for (const [key, value] of Object.entries(all)) {
    const m = /^tab:(\d+)$/.exec(key);
    if (m) out.set(Number(m[1]), value as TabState);
  }
  return out;
}

/** The TabState of the active tab (bring the console page to the front first). */
export async function activeState(panel: Page): Promise<TabState | undefined> {
  const id = await activeTabId(panel);
  if (id === undefined) return undefined;
  return (await tabStates(panel)).get(id);
}

export async function readExtensionStorage(panel: Page): Promise<ExtensionStorage> {
  return panel.evaluate(async () => {
    const webStorage: Record<string, string> = {};
    for (const store of [localStorage, sessionStorage]) {
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i)!;
        webStorage[key] = store.getItem(key) ?? '';
      }
    }
    const dbs = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
    return {
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
      sync: await chrome.storage.sync.get(null),
      webStorage,
      indexedDb: dbs.map((d) => d.name ?? ''),
    };
  });
}

/** A DOM click: works while the panel tab is in the background. */
export async function panelClick(target: Locator): Promise<void> {
  await target.dispatchEvent('click');
}

/** Opens every section of the panel (the reference ones start closed); they stay open as the panel re-renders. */
export async function openSections(panel: Page): Promise<void> {
  await panel.evaluate(() => {
    for (const details of Array.from(document.querySelectorAll<HTMLDetailsElement>('details.fold'))) details.open = true;
  });
}

/** The panel's group for a field (inside its step section). */
export function panelField(panel: Page, field: string, step?: string): Locator {
  const scope = step ? panel.locator(`section.findings section.step[data-step="${step}"]`) : panel.locator('section.findings');
  return scope.locator(`.field[data-field="${field}"]`);
}

/** Field ids with at least one finding in the panel, per step: { verify: [...], subject: [...] }. */
export async function panelFindings(panel: Page): Promise<Record<string, string[]>> {
  return panel.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const step of Array.from(document.querySelectorAll('section.findings section.step'))) {
      out[step.getAttribute('data-step') ?? '?'] = Array.from(step.querySelectorAll('.field')).map((f) => f.getAttribute('data-field') ?? '');
    }
    return out;
  });
}

/** Status of a material in the panel's checklist ('missing' / 'provided'), or undefined when not listed. */
export async function materialStatus(panel: Page, key: string): Promise<string | undefined> {
  const item = panel.locator(`section.materials li.material[data-material="${key}"]`);
  if ((await item.count()) === 0) return undefined;
  return (await item.first().getAttribute('data-status')) ?? undefined;
}

/** Values that must never be stored or logged, searched for as written and as typed. */
export function leaks(haystack: string, marked: readonly string[]): string[] {
  return marked.filter((value) => haystack.includes(value));
}
