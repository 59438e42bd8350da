/**
 * Side panel open → findings in the DOM, in Debian's Chromium (test/e2e/harness.ts). The real
 * side panel cannot be opened from a script (sidePanel.open() needs a user gesture), so each
 * open is chrome-extension://<id>/sidepanel.html in a new foreground tab about a side panel's
 * size, timed from that document's navigation start (performance.now()) to the moment a
 * MutationObserver first sees section.findings, which the panel renders with its summary and
 * every card in one commit.
 *
 * The one stand-in: opened as a tab, the panel's tabs.query({ active, currentWindow }) would
 * find the panel itself. An init script, run before any panel script, answers that query with
 * tabs.get(<console tab id>), which is still one extension-API round trip. Everything else
 * (storage, the render, any chunk it loads) is the product's own path.
 *
 * Two console tabs are judged first: one typed with a filing that has mistakes (on 填写网站信息,
 * as the demo leaves it) and one left empty on 验证备案类型; their opens alternate.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { TabState } from '../../components/messaging/protocol';
import { launch, type Harness } from '../e2e/harness';
import { fillSubject, fillVerify, fillWebsite, next, VALID_FILING, type FilingInput } from '../e2e/sample-filing';
import { CONSOLES, summary, type ConsoleId } from './browser';

export interface PanelOpenFigures {
  /** Opens of each kind (the first after the launch is a cold one). */
  readonly opens: number;
  /** The console typed with mistakes: its findings and the time to section.findings. */
  readonly withFindings: { readonly findings: number; readonly p50Ms: number; readonly p95Ms: number; readonly maxMs: number };
  /** The untouched console: no findings (the section says so), many undecided rules. */
  readonly empty: { readonly undecided: number; readonly p50Ms: number; readonly p95Ms: number; readonly maxMs: number };
  /**
   * The other demo consoles (Aliyun, Tencent), each on its subject step with a mobile one
   * digit short typed: its findings and the time to section.findings.
   */
  readonly consoles?: readonly {
    readonly console: ConsoleId;
    readonly findings: number;
    readonly p50Ms: number;
    readonly p95Ms: number;
    readonly maxMs: number;
  }[];
  /** Opens (of every kind) in which the rule catalogue had been loaded a second after opening: the coverage select was there. */
  readonly catalogueLoaded: number;
}

/** Synthetic, with mistakes: the emergency phone equals the mobile, a www. domain, 中国 in a company site's name. */
const FILING: FilingInput = {
  ...VALID_FILING,
  domain: 'www.demo-example.cn',
  subjectPrincipal: { ...VALID_FILING.subjectPrincipal, emergencyPhone: VALID_FILING.subjectPrincipal.mobile },
  website: { ...VALID_FILING.website, name: '中国演示科技网', domain: 'www.demo-example.cn', homepageUrl: 'www.demo-example.cn' },
};

/**
 * Before any panel script: the tabs.query stand-in (the tab id comes in the URL's perfTab) and
 * the observer that stamps section.findings. A string: tsx would wrap inner functions in a
 * helper the page does not have.
 */
const PANEL_PROBE = `(() => {
  const target = Number(new URLSearchParams(location.search).get('perfTab'));
  const perf = { findings: 0 };
  window.__panelPerf = perf;
  for (const api of [globalThis.chrome, globalThis.browser]) {
    const tabs = api && api.tabs;
    if (!tabs || !tabs.query) continue;
    const query = tabs.query.bind(tabs);
    const get = tabs.get.bind(tabs);
    tabs.query = function (q, cb) {
      if (target && q && q.active && q.currentWindow) {
        const answer = get(target).then((tab) => [tab]);
        if (typeof cb === 'function') { answer.then(cb); return undefined; }
        return answer;
      }
      return cb === undefined ? query(q) : query(q, cb);
    };
  }
  new MutationObserver((records, observer) => {
    if (!perf.findings && document.querySelector('section.findings')) {
      perf.findings = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
})()`;

async function tabStates(panel: Page): Promise<Map<number, TabState>> {
  const all = await panel.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get(null),
  );
  const out = new Map<number, TabState>();
  for (const [key, value] of Object.entries(all)) {
    const m = /^tab:(\d+)$/.exec(key);
    if (m) out.set(Number(m[1]), value as TabState);
  }
  return out;
}

/** The tab ids of the two consoles, once the background has judged both. */
async function consoleTabs(
  context: BrowserContext,
  extensionId: string,
): Promise<{ withFindings: number; empty: number; findings: number; undecided: number }> {
  const probe = await context.newPage();
  try {
    await probe.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    for (let waited = 0; ; waited += 250) {
      const states = [...(await tabStates(probe))];
      const typed = states.find(([, s]) => s.step === 'website' && s.result.findings.length > 0);
      const empty = states.find(([, s]) => s.step === 'verify');
      if (typed && empty)
        return { withFindings: typed[0], empty: empty[0], findings: typed[1].result.findings.length, undecided: empty[1].result.unknown.length };
      if (waited > 30_000)
        throw new Error(`the consoles' states did not arrive: ${JSON.stringify(states.map(([id, s]) => [id, s.step, s.result.findings.length]))}`);
      await probe.waitForTimeout(250);
    }
  } finally {
    await probe.close();
  }
}

/** One open: a new tab, the panel for `tabId`, the time to section.findings (ms from navigation start), whether the catalogue came. */
async function openOnce(h: Harness, tabId: number): Promise<{ ms: number; catalogue: boolean }> {
  const panel = await h.context.newPage();
  try {
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.addInitScript(PANEL_PROBE);
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?perfTab=${tabId}`);
    // Read the stamp once the panel has settled; the panel's CSP rules out waitForFunction.
    await panel.waitForTimeout(1000);
    for (let waited = 0; ; waited += 200) {
      const at = await panel.evaluate(() => (window as unknown as { __panelPerf: { findings: number } }).__panelPerf.findings);
      if (at > 0) return { ms: at, catalogue: (await panel.locator('#coverage-province').count()) > 0 };
      if (waited > 15_000) throw new Error('the panel never showed section.findings');
      await panel.waitForTimeout(200);
    }
  } finally {
    await panel.close();
  }
}

/** The tab id of the console `id`'s page and its findings, once the background has judged it with some. */
async function consoleTab(context: BrowserContext, extensionId: string, id: ConsoleId): Promise<{ tab: number; findings: number }> {
  const probe = await context.newPage();
  try {
    await probe.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    for (let waited = 0; ; waited += 250) {
      const state = [...(await tabStates(probe))].find(([, s]) => s.console === id && s.result.findings.length > 0);
      if (state) return { tab: state[0], findings: state[1].result.findings.length };
      if (waited > 30_000) throw new Error(`the ${id} console's state did not arrive`);
      await probe.waitForTimeout(250);
    }
  } finally {
    await probe.close();
  }
}

export async function measurePanelOpen({ opens = 20, consoles = CONSOLES.map((c) => c.id) as readonly ConsoleId[] } = {}): Promise<PanelOpenFigures> {
  const h = await launch();
  try {
    // The other consoles, each on its subject step with its mistake typed (the Huawei tabs are opened last, as before).
    const others: { console: ConsoleId; tab: number; findings: number; times: number[] }[] = [];
    for (const demo of CONSOLES.filter((c) => c.id !== 'huawei' && consoles.includes(c.id))) {
      const page = await demo.open(h, '#/subject');
      await demo.type(page.locator('.principal-block').first(), demo.mistake.label, demo.mistake.value);
      others.push({ console: demo.id, ...(await consoleTab(h.context, h.extensionId!, demo.id)), times: [] });
    }
    const page = await h.openConsole();
    await fillVerify(page, FILING);
    await next(page, '验证备案类型', 'subject');
    await fillSubject(page, FILING);
    await next(page, '下一步', 'website');
    await fillWebsite(page, FILING);
    await h.openConsole('#/verify');
    const tabs = await consoleTabs(h.context, h.extensionId!);
    const times = { withFindings: [] as number[], empty: [] as number[] };
    let catalogueLoaded = 0;
    for (let i = 0; i < opens; i++) {
      // Alternate the kinds, and flip which goes first every pair.
      const order = i % 2 === 0 ? (['withFindings', 'empty'] as const) : (['empty', 'withFindings'] as const);
      for (const kind of order) {
        const open = await openOnce(h, tabs[kind]);
        times[kind].push(open.ms);
        if (open.catalogue) catalogueLoaded += 1;
      }
      for (const other of others) {
        const open = await openOnce(h, other.tab);
        other.times.push(open.ms);
        if (open.catalogue) catalogueLoaded += 1;
      }
    }
    return {
      opens,
      withFindings: { findings: tabs.findings, ...summary(times.withFindings) },
      empty: { undecided: tabs.undecided, ...summary(times.empty) },
      consoles: others.map((o) => ({ console: o.console, findings: o.findings, ...summary(o.times) })),
      catalogueLoaded,
    };
  } finally {
    await h.close();
  }
}
