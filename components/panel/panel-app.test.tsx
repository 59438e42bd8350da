// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeForm } from '../../test/support/make-form';
import { SETTINGS_KEY, tabStateKey } from '../messaging/protocol';
import { messyForm, tabStateFor } from '../../test/support/ui-results';
import { catalogOf, loadCatalog as loadRealCatalog, type PanelCatalog } from './catalog';
import { PanelApp } from './panel-app';
import { openPanelSource } from './panel-source';
import { TEST_RULES } from '../../test/support/ui-results';

let container: HTMLElement;
let tabId: number;
let sendMessage: ReturnType<typeof vi.fn>;

/** Lets storage promises and Preact's deferred renders settle. */
async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}
/** A promise and its resolve (Node 20 has no Promise.withResolvers). */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const text = (selector: string) => $(selector)?.textContent ?? '';

beforeEach(async () => {
  fakeBrowser.reset();
  sendMessage = vi.fn(async () => undefined);
  fakeBrowser.tabs.sendMessage = sendMessage as unknown as typeof fakeBrowser.tabs.sendMessage;
  // The fake's tabs.query({ currentWindow }) needs a focused and a last-focused window.
  await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.windows.create({ focused: true });
  tabId = (await fakeBrowser.tabs.create({ url: 'https://console.huaweicloud.com/beian/', active: true })).id!;
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

async function mount(print?: () => void, loadCatalog?: () => Promise<PanelCatalog>) {
  await act(() => render(<PanelApp print={print} loadCatalog={loadCatalog} />, container));
  await settle();
}

describe('PanelApp', () => {
  it('follows the tab activated last even when the query made on opening answers after it', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(messyForm()) });
    const panelTab = (await fakeBrowser.tabs.create({ url: 'chrome-extension://x/sidepanel.html', active: true })).id!;
    const answers: ((tabs: { id: number }[]) => void)[] = [];
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(() => new Promise((resolve) => answers.push(resolve as never)) as never);
    try {
      await act(() => render(<PanelApp />, container));
      // The console tab comes to the front: a second query.
      await fakeBrowser.tabs.onActivated.trigger({ tabId, windowId: 0 } as never);
      expect(answers).toHaveLength(2);
      answers[1]!([{ id: tabId }]); // the tab switch answers first …
      await settle();
      answers[0]!([{ id: panelTab }]); // … the query made on opening last: it is out of date
      await settle();
      expect($('.field[data-field="subject.name"]')).toBeTruthy();
    } finally {
      query.mockRestore();
    }
  });

  it("shows the active tab's state from storage.session and follows its changes", async () => {
    await mount();
    expect(text('.no-state')).toContain('请在当前标签页打开华为云备案控制台');

    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(messyForm()) });
    await settle();
    expect($('.field[data-field="subject.name"]')).toBeTruthy();

    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(makeForm()) });
    await settle();
    expect($('.field[data-field="subject.name"]')).toBeNull();
    expect(text('.findings')).toContain('已读取的字段中没有发现问题');

    // Another tab's state does not leak in.
    await fakeBrowser.storage.session.set({ [tabStateKey(tabId + 100)]: tabStateFor(messyForm()) });
    await settle();
    expect($('.field[data-field="subject.name"]')).toBeNull();
  });

  it('reads a state that is already there when it opens', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(messyForm()) });
    await mount();
    expect($('.field[data-field="websites[0].name"]')).toBeTruthy();
  });

  it('follows the active tab when the user switches tabs', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(messyForm()) });
    await mount();
    expect($('.field[data-field="subject.name"]')).toBeTruthy();
    const other = (await fakeBrowser.tabs.create({ url: 'https://example.com/', active: true })).id!;
    await settle();
    expect(other).not.toBe(tabId);
    expect(text('.no-state')).toContain('请在当前标签页打开华为云备案控制台');
  });

  it('sends focus-field, set-declarations and set-principal-flags to the tab', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(messyForm()) });
    await mount();
    await act(() => $<HTMLButtonElement>('.field[data-field="websites[0].remark"] .finding-main')!.click());
    expect(sendMessage).toHaveBeenCalledWith(tabId, { type: 'focus-field', field: 'websites[0].remark' });

    const select = $<HTMLSelectElement>('#q-residenceProof')!;
    await act(() => {
      select.value = 'none';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(sendMessage).toHaveBeenCalledWith(tabId, { type: 'set-declarations', declarations: { residenceProof: 'none' } });

    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(makeForm('enterprise')) });
    await settle();
    const legal = $<HTMLSelectElement>('#q-legal-subject\\.principal')!;
    await act(() => {
      legal.value = 'no';
      legal.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(sendMessage).toHaveBeenCalledWith(tabId, { type: 'set-principal-flags', field: 'subject.principal', isLegalRepresentative: false });
  });

  it('a second answer given before the state catches up keeps the first; a newer state wins again', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(makeForm()) });
    await mount();
    const choose = async (selector: string, value: string) => {
      const el = $<HTMLSelectElement | HTMLInputElement>(selector)!;
      await act(() => {
        el.value = value;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };
    await choose('#q-residenceProof', 'none');
    expect(sendMessage).toHaveBeenLastCalledWith(tabId, { type: 'set-declarations', declarations: { residenceProof: 'none' } });
    // No new state yet (the content script posts at most every 200 ms): the panel shows what it sent …
    expect($<HTMLSelectElement>('#q-residenceProof')!.value).toBe('none');
    // … and the next answer starts from it, not from the older state without it.
    await choose('#q-filedServiceCount', '2');
    expect(sendMessage).toHaveBeenLastCalledWith(tabId, { type: 'set-declarations', declarations: { residenceProof: 'none', filedServiceCount: 2 } });

    // A state evaluated after the send is the truth again, whatever it holds.
    const later = {
      ...tabStateFor(makeForm('individual', (f) => void (f.declarations = { filedServiceCount: 5 }))),
      updatedAt: performance.timeOrigin + performance.now() + 60_000,
    };
    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: later });
    await settle();
    expect($<HTMLSelectElement>('#q-residenceProof')!.value).toBe('');
    expect($<HTMLInputElement>('#q-filedServiceCount')!.value).toBe('5');
  });

  it('switches language, persists it in storage.local and applies it at once', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(messyForm()) });
    await mount();
    expect(text('.findings h2')).toBe('检查结果');
    await act(() => [...container.querySelectorAll<HTMLButtonElement>('.lang-switch button')].find((b) => b.lang === 'en')!.click());
    await settle();
    expect(text('.findings h2')).toBe('Findings');
    expect(document.documentElement.lang).toBe('en');
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    expect(stored).toEqual({ version: 1, lang: 'en', disabledRules: [] });
  });

  it('follows settings changed elsewhere and stores switched-off rules', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(messyForm()) });
    await mount();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, lang: 'en', disabledRules: [] } });
    await settle();
    expect(text('.findings h2')).toBe('Findings');

    await act(() => $<HTMLButtonElement>('.finding[data-rule="test/remark-advice"] .disable-rule')!.click());
    await act(() => $<HTMLButtonElement>('.finding[data-rule="test/remark-advice"] .confirm-switch-off')!.click());
    await settle();
    expect($('.finding[data-rule="test/remark-advice"]')).toBeNull();
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ version: 1, lang: 'en', disabledRules: ['test/remark-advice'] });
  });

  it('falls back to default settings when the stored ones are damaged', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { lang: 'fr', disabledRules: 'x' } });
    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(messyForm()) });
    await mount();
    expect(text('.findings h2')).toBe('检查结果');
  });

  it('calls print from the print button', async () => {
    const print = vi.fn();
    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(makeForm()) });
    await mount(print);
    await act(() => $<HTMLButtonElement>('.print-button')!.click());
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('names switched-off rules from the rule catalog, though the content script no longer runs them', async () => {
    // The content script leaves disabled rules out of the run: their titles come from the catalog.
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, lang: 'zh-CN', disabledRules: ['national/emergency-phone-differs'] } });
    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(makeForm()) });
    await mount(undefined, async () => loadRealCatalog());
    expect(text('.disabled li[data-rule="national/emergency-phone-differs"]')).toContain('应急联系电话不能与负责人手机号码相同');
  });

  it('asks for the tab, every tab state and the settings together, before the first frame', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(messyForm()) });
    const gate = deferred<void>();
    const hold = <T,>(answer: () => Promise<T>) => gate.promise.then(answer);
    const query = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
    const get = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session);
    const getLocal = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    const spies = [
      vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(((q: never) => hold(() => query(q))) as never),
      vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementation(((k: never) => hold(() => get(k))) as never),
      vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(((k: never) => hold(() => getLocal(k))) as never),
    ];
    try {
      // Render only: no effect has run, no frame has passed, nothing has answered.
      render(<PanelApp />, container);
      for (const spy of spies) expect(spy).toHaveBeenCalledTimes(1);
      // The session read does not wait for the tab: it takes every entry.
      expect(spies[1]).toHaveBeenCalledWith(null);
      gate.resolve();
      await settle();
      expect($('.field[data-field="subject.name"]')).toBeTruthy();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('keeps a state written while the first reads are under way, not the older one they return', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(messyForm()) });
    const old = await fakeBrowser.storage.session.get(null);
    const answer = deferred<Record<string, unknown>>();
    const get = vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementation((() => answer.promise) as never);
    try {
      await act(() => render(<PanelApp />, container));
      await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(makeForm()) });
      answer.resolve(old);
      await settle();
      expect($('.field[data-field="subject.name"]')).toBeNull();
      expect(text('.findings')).toContain('已读取的字段中没有发现问题');
    } finally {
      get.mockRestore();
    }
  });

  it('paints the tab’s findings in its first render when the source is ready (no “reading…” first)', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(messyForm()) });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, lang: 'en', disabledRules: [] } });
    const source = openPanelSource();
    try {
      await source.ready;
      render(<PanelApp source={source} />, container);
      expect($('.field[data-field="subject.name"]')).toBeTruthy();
      expect(text('.findings h2')).toBe('Findings');
      expect(text('main')).not.toContain('Reading…');
    } finally {
      render(null, container);
      source.close();
    }
  });

  it('loads the rule catalogue only when something needs it: the coverage section coming near the screen', async () => {
    const observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        readonly targets: Element[] = [];
        constructor(readonly callback: IntersectionObserverCallback) {
          observers.push(this);
        }
        observe(target: Element) {
          this.targets.push(target);
        }
        disconnect() {
          this.targets.length = 0;
        }
      },
    );
    const load = vi.fn(async () => catalogOf(TEST_RULES));
    try {
      await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: tabStateFor(messyForm()) });
      await mount(undefined, load);
      // Findings carry their own texts: the panel is complete without it.
      expect($('.field[data-field="subject.name"]')).toBeTruthy();
      expect(load).not.toHaveBeenCalled();
      expect(text('.coverage')).toContain('正在读取…');
      const watching = observers.find((o) => o.targets.some((t) => t.matches('section.coverage')))!;
      expect(watching).toBeDefined();
      await act(() =>
        watching.callback([{ isIntersecting: true, target: watching.targets[0]! } as IntersectionObserverEntry], watching as unknown as IntersectionObserver),
      );
      await settle();
      expect(load).toHaveBeenCalledTimes(1);
      expect($('#coverage-province')).toBeTruthy();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
