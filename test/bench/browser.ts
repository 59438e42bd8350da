/**
 * Browser figures on the demo console served at the real console URL (test/e2e/harness.ts),
 * in Debian's Chromium: keystroke → inline warning latency, main-thread script time per
 * keystroke with and without the extension, start-up (form rendered → first warning) and
 * the JS heap the content script adds. All timing is taken inside the page (event.timeStamp,
 * performance.now(), MutationObserver on the warning hosts, their shadow roots and their
 * `hidden` attribute): a Playwright round trip
 * takes longer than what is measured and would swamp it.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';
import { antControl, antType } from '../e2e/antd-driver';
import { control, type } from '../e2e/console-driver';
import { launch, type Harness } from '../e2e/harness';
import { teaControl, teaType } from '../e2e/tea-driver';
import { median, quantile } from './engine';
import { scriptTimeMs, type TraceEvent } from './trace';

export interface LatencyFigures {
  /** Key presses sent while measuring. */
  readonly inputs: number;
  /** Inputs followed by a change of some warning host (the others changed no warning). */
  readonly measured: number;
  /** keydown.timeStamp → warning host mutated. */
  readonly key: { readonly p50Ms: number; readonly p95Ms: number; readonly maxMs: number };
  /** input.timeStamp → warning host mutated. */
  readonly input: { readonly p50Ms: number; readonly p95Ms: number; readonly maxMs: number };
}

export interface OverheadFigures {
  readonly keystrokes: number;
  /** Typing sessions on each side (interleaved); the times are the medians per side. */
  readonly sessions: number;
  /** With ÷ without, per pair of sessions run back to back. */
  readonly scriptRatios: readonly number[];
  /**
   * Per keystroke, in ms: `scriptMs` all JavaScript on the page's main thread, from a trace
   * (test/bench/trace.ts); `blinkScriptMs` and `taskMs` CDP Performance.getMetrics
   * ScriptDuration and TaskDuration (ScriptDuration leaves out microtasks, where Vue renders).
   */
  readonly withExtension: { readonly scriptMs: number; readonly blinkScriptMs: number; readonly taskMs: number };
  readonly without: { readonly scriptMs: number; readonly blinkScriptMs: number; readonly taskMs: number };
  readonly scriptRatio: number;
  /** ScriptDuration with ÷ without: the figure this bench reported before it read traces. */
  readonly blinkScriptRatio: number;
  readonly taskRatio: number;
}

export interface StartupFigures {
  readonly runs: number;
  /** Form rendered (first form item in the DOM) → first warning host in the DOM, median and max. */
  readonly medianMs: number;
  readonly maxMs: number;
  /**
   * Content script started (its evaluation in a trace of the reload) → first warning host in
   * the DOM, median and max; Chromium only (Firefox has no trace to read it from).
   */
  readonly fromScript?: { readonly medianMs: number; readonly maxMs: number };
}

export interface MemoryFigures {
  /** Runtime.getHeapUsage usedSize after a forced GC, same page and keystrokes. */
  readonly withExtensionMb: number;
  readonly withoutMb: number;
  readonly addedMb: number;
}

/** The figures of one demo console. */
export interface ConsoleFigures {
  readonly console: ConsoleId;
  readonly latency: LatencyFigures;
  readonly overhead: OverheadFigures;
  readonly startup: StartupFigures;
  readonly memory: MemoryFigures;
}

export interface BrowserFigures {
  readonly consoles: readonly ConsoleFigures[];
}

export const HOST = 'data-beian-precheck-field';
/** A host kept hidden while its field has no warning (components/inline/inline-warnings.tsx). */
export const IDLE = 'data-beian-precheck-idle';

/** A field of the subject step whose warning flips with one key, its value before and the two keys. */
export interface Toggle {
  readonly label: string;
  readonly base: string;
  readonly keys: readonly [string, string];
}

/**
 * Fields of the subject step whose warning flips with one key: a mobile number one digit
 * short is not a mobile, an address with a second '@' is not an address. All synthetic.
 */
export const TOGGLES: readonly Toggle[] = [
  { label: '手机号码', base: '13800000001', keys: ['Backspace', '1'] },
  { label: '电子邮箱', base: 'owner@example.com', keys: ['@', 'Backspace'] },
  { label: '应急联系电话', base: '13900000002', keys: ['Backspace', '2'] },
];

export type ConsoleId = 'huawei' | 'aliyun' | 'tencent';

/** How the bench drives one demo console (test/demo-console*, served by the e2e harness at the console's URL). */
export interface BenchConsole {
  readonly id: ConsoleId;
  /** As the report names it. */
  readonly name: string;
  open(h: Harness, hash: string): Promise<Page>;
  control(scope: Locator, label: string): Locator;
  type(scope: Locator, label: string, text: string): Promise<void>;
  /** The fields typed into on the subject step (inside its first `.principal-block`). */
  readonly toggles: readonly Toggle[];
  /** A form item of the console's UI library: "form rendered" is the first in the DOM. */
  readonly formItem: string;
  /** The mobile one digit short, left on the page for the start-up reloads. */
  readonly mistake: { readonly label: string; readonly value: string };
}

export const CONSOLES: readonly BenchConsole[] = [
  {
    id: 'huawei',
    name: 'Huawei demo (TinyVue)',
    open: (h, hash) => h.openConsole(hash),
    control: (scope, label) => control(scope, label),
    type: (scope, label, text) => type(scope, label, text),
    toggles: TOGGLES,
    formItem: '.tiny-form-item',
    mistake: { label: '手机号码', value: '1380000000' },
  },
  {
    id: 'aliyun',
    name: 'Aliyun demo (antd)',
    open: (h, hash) => h.openAliyunConsole(hash),
    control: (scope, label) => antControl(scope, label),
    type: (scope, label, text) => antType(scope, label, text),
    toggles: TOGGLES,
    formItem: '.ant-form-item',
    mistake: { label: '手机号码', value: '1380000000' },
  },
  {
    id: 'tencent',
    name: 'Tencent demo (Tea)',
    open: (h, hash) => h.openTencentConsole(hash),
    control: (scope, label) => teaControl(scope, label),
    type: (scope, label, text) => teaType(scope, label, text),
    // The Tencent subject principal has no emergency phone: its mobile is 联系方式.
    toggles: [
      { label: '联系方式', base: '13800000001', keys: ['Backspace', '1'] },
      { label: '电子邮箱', base: 'owner@example.com', keys: ['@', 'Backspace'] },
    ],
    formItem: '.app-beian-form__item',
    mistake: { label: '联系方式', value: '1380000000' },
  },
];

/**
 * The in-page probe (main world): key/input timestamps and a MutationObserver on every
 * warning host (its shadow root is closed). A string, not a function: tsx would wrap the inner
 * functions in a `__name` helper the page does not have.
 */
export const PROBE = `(() => {
  const HOST = ${JSON.stringify(HOST)};
  const IDLE = ${JSON.stringify(IDLE)};
  // One entry per key press: its keydown and input timestamps and the first warning change after it.
  const state = { keys: 0, presses: [] };
  let current;
  const watched = new WeakSet();
  const shadowObserver = new MutationObserver(changed);
  function watchHosts() {
    for (const host of document.querySelectorAll('[' + HOST + '], [' + IDLE + ']')) {
      if (!watched.has(host)) {
        watched.add(host);
        // The hosts' shadow roots are closed (the page cannot see into them): a change of
        // text alone inside a shown host is not seen; the toggles below show and hide hosts.
        if (host.shadowRoot) shadowObserver.observe(host.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
        // A warning that goes away hides its host, and shows it again when it comes back.
        shadowObserver.observe(host, { attributes: true, attributeFilter: ['hidden'] });
      }
    }
  }
  // Kept cheap: its own script time counts against the extension in the overhead figure.
  function changed() {
    const now = performance.now();
    if (current && current.change === undefined) current.change = now;
  }
  function isHost(node) { return node.nodeType === 1 && (node.hasAttribute(HOST) || node.hasAttribute(IDLE)); }
  new MutationObserver((records) => {
    let added = false;
    let touched = false;
    for (const r of records) {
      for (const n of r.addedNodes) if (isHost(n)) added = touched = true;
      if (!touched) for (const n of r.removedNodes) if (isHost(n)) touched = true;
    }
    if (touched) changed();
    if (added) watchHosts();
  }).observe(document.body, { subtree: true, childList: true });
  // Window capture listeners run before any listener on the document, the extension's included.
  window.addEventListener('keydown', (event) => {
    state.keys += 1;
    current = { key: event.timeStamp, input: undefined, change: undefined };
    state.presses.push(current);
  }, true);
  window.addEventListener('input', (event) => { if (current && current.input === undefined) current.input = event.timeStamp; }, true);
  watchHosts();
  window.__beianBench = state;
})()`;

/**
 * Start-up marks, in ms from navigation start: form rendered (the first `formItem`), first
 * warning host (added before the page's scripts run).
 */
export const startupProbe = (formItem: string) => `(() => {
  const marks = { form: 0, warning: 0 };
  window.__beianStartup = marks;
  new MutationObserver(() => {
    const now = performance.now();
    if (!marks.form && document.querySelector(${JSON.stringify(formItem)})) marks.form = now;
    if (!marks.warning && document.querySelector('[${HOST}]')) marks.warning = now;
  }).observe(document, { subtree: true, childList: true });
})()`;

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE);
}

async function metrics(cdp: CDPSession): Promise<{ script: number; task: number }> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const value = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
  return { script: value('ScriptDuration'), task: value('TaskDuration') };
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

/** Starts a trace of the page's timeline (and `more` categories); the returned function ends it and gives its events. */
export async function startTrace(cdp: CDPSession, more: readonly string[] = []): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (chunk: { value: object[] }) => {
    events.push(...(chunk.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...TRACE_CATEGORIES, ...more] },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 ** 2;
}

interface SessionResult {
  readonly keystrokes: number;
  readonly scriptMs: number;
  readonly blinkScriptMs: number;
  readonly taskMs: number;
  readonly samples: readonly { fromKey: number; fromInput: number }[];
  readonly heapMb: number;
  readonly page: Page;
}

/** The same keystrokes with or without the extension: base values typed, then each field's warning flipped `flips` times. */
async function typingSession(h: Harness, demo: BenchConsole, flips: number): Promise<SessionResult> {
  const page = await demo.open(h, '#/subject');
  const block = page.locator('.principal-block').first();
  // Let start-up settle (catalog, settings, first read) before measuring.
  await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await installProbe(page);
  const trace = await startTrace(cdp);
  const before = await metrics(cdp);
  for (const { label, base, keys } of demo.toggles) {
    await demo.type(block, label, base);
    await page.waitForTimeout(100);
    // Focus once, then send keys to the focused field as a keyboard does. locator.press()
    // would look the element up and focus it with Playwright's own script in the page for
    // every key, and that script forces a layout: the page's script time would carry
    // Playwright's work and a layout the browser otherwise does off script time.
    await demo.control(block, label).focus();
    for (let i = 0; i < flips; i++) {
      await page.keyboard.press(keys[i % 2]!);
      // No page script here: anything Playwright evaluates would count as page script time.
      await page.waitForTimeout(40);
    }
  }
  await page.waitForTimeout(300);
  const after = await metrics(cdp);
  const events = await trace();
  const probe = await page.evaluate(() => {
    type Press = { key: number; input?: number; change?: number };
    const state = (window as unknown as { __beianBench: { keys: number; presses: Press[] } }).__beianBench;
    const samples = state.presses.filter((p) => p.change !== undefined).map((p) => ({ fromKey: p.change! - p.key, fromInput: p.change! - (p.input ?? p.key) }));
    return { keys: state.keys, samples };
  });
  const heap = await heapMb(cdp);
  return {
    keystrokes: probe.keys,
    scriptMs: scriptTimeMs(events) / probe.keys,
    blinkScriptMs: ((after.script - before.script) * 1000) / probe.keys,
    taskMs: ((after.task - before.task) * 1000) / probe.keys,
    samples: probe.samples,
    heapMb: heap,
    page,
  };
}

export const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { p50Ms: round(quantile(sorted, 0.5)), p95Ms: round(quantile(sorted, 0.95)), maxMs: round(sorted[sorted.length - 1] ?? Number.NaN) };
};

/**
 * When the content script started, in ms from the navigation start of the document at `url`:
 * its evaluation (EvaluateScript of a `content-scripts/` file) in a trace of the reload.
 */
export function contentScriptStartMs(events: readonly TraceEvent[], url: string): number {
  const navigation = events.filter(
    (e) => e.name === 'navigationStart' && (e.args as { data?: { documentLoaderURL?: string } } | undefined)?.data?.documentLoaderURL === url,
  );
  const start = navigation[navigation.length - 1];
  const script = events.find((e) => e.name === 'EvaluateScript' && /^chrome-extension:\/\/[^/]+\/content-scripts\//.test(e.args?.data?.url ?? ''));
  return start && script ? (script.ts - start.ts) / 1000 : Number.NaN;
}

/**
 * Reloads the console (the demo keeps the order per tab) and times form rendered → first
 * warning host, and content script started → first warning host (each reload traced).
 */
async function startup(page: Page, demo: BenchConsole, runs: number): Promise<StartupFigures> {
  await page.context().addInitScript(startupProbe(demo.formItem));
  const cdp = await page.context().newCDPSession(page);
  const fromForm: number[] = [];
  const fromScript: number[] = [];
  for (let i = 0; i < runs; i++) {
    // navigationStart is a user-timing event.
    const trace = await startTrace(cdp, ['blink.user_timing']);
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __beianStartup: { warning: number } }).__beianStartup.warning > 0, undefined, { timeout: 60_000 });
    const marks = await page.evaluate(() => (window as unknown as { __beianStartup: { form: number; warning: number } }).__beianStartup);
    const started = contentScriptStartMs(await trace(), page.url());
    fromForm.push(marks.warning - marks.form);
    if (!Number.isNaN(started)) fromScript.push(marks.warning - started);
  }
  await cdp.detach();
  const s = summary(fromForm);
  const t = summary(fromScript);
  return { runs, medianMs: s.p50Ms, maxMs: s.maxMs, fromScript: { medianMs: t.p50Ms, maxMs: t.maxMs } };
}

/**
 * `pairs` typing sessions without and with the extension, interleaved (without, with,
 * without, with …) so that a change in the machine's load falls on both sides; the script
 * and task times are the medians of each side, the latency samples are pooled.
 */
export async function measureBrowser({ flips = 80, pairs = 3, reloads = 11, consoles = CONSOLES } = {}): Promise<BrowserFigures> {
  const figures: ConsoleFigures[] = [];
  for (const demo of consoles) figures.push(await measureConsole(demo, { flips, pairs, reloads }));
  return { consoles: figures };
}

async function measureConsole(demo: BenchConsole, { flips, pairs, reloads }: { flips: number; pairs: number; reloads: number }): Promise<ConsoleFigures> {
  const withoutRuns: SessionResult[] = [];
  const withRuns: SessionResult[] = [];
  let h: Harness | undefined;
  try {
    for (let pair = 0; pair < pairs; pair++) {
      const bare = await launch({ extension: false });
      try {
        withoutRuns.push(await typingSession(bare, demo, flips));
      } finally {
        await bare.close();
      }
      h = await launch();
      withRuns.push(await typingSession(h, demo, flips));
      if (pair < pairs - 1) {
        await h.close();
        h = undefined;
      }
    }
    const withExtension = withRuns[withRuns.length - 1]!;
    const samples = withRuns.flatMap((run) => run.samples);
    const side = (runs: readonly SessionResult[]) => ({
      scriptMs: median(runs.map((r) => r.scriptMs)),
      blinkScriptMs: median(runs.map((r) => r.blinkScriptMs)),
      taskMs: median(runs.map((r) => r.taskMs)),
      heapMb: median(runs.map((r) => r.heapMb)),
    });
    const withSide = side(withRuns);
    const withoutSide = side(withoutRuns);
    const keystrokes = withRuns.reduce((n, r) => n + r.keystrokes, 0);
    // Leave a warning on the page (mobile one digit short) for the start-up reloads.
    const block = withExtension.page.locator('.principal-block').first();
    await demo.type(block, demo.mistake.label, demo.mistake.value);
    await withExtension.page.waitForTimeout(500);
    const start = await startup(withExtension.page, demo, reloads);
    const round = (n: number) => Math.round(n * 1000) / 1000;
    return {
      console: demo.id,
      latency: {
        inputs: keystrokes,
        measured: samples.length,
        key: summary(samples.map((s) => s.fromKey)),
        input: summary(samples.map((s) => s.fromInput)),
      },
      overhead: {
        keystrokes,
        sessions: pairs,
        withExtension: { scriptMs: round(withSide.scriptMs), blinkScriptMs: round(withSide.blinkScriptMs), taskMs: round(withSide.taskMs) },
        without: { scriptMs: round(withoutSide.scriptMs), blinkScriptMs: round(withoutSide.blinkScriptMs), taskMs: round(withoutSide.taskMs) },
        scriptRatio: round(withSide.scriptMs / withoutSide.scriptMs),
        blinkScriptRatio: round(withSide.blinkScriptMs / withoutSide.blinkScriptMs),
        taskRatio: round(withSide.taskMs / withoutSide.taskMs),
        scriptRatios: withRuns.map((r, i) => round(r.scriptMs / withoutRuns[i]!.scriptMs)),
      },
      startup: start,
      memory: {
        withExtensionMb: round(withSide.heapMb),
        withoutMb: round(withoutSide.heapMb),
        addedMb: round(withSide.heapMb - withoutSide.heapMb),
      },
    };
  } finally {
    await h?.close();
  }
}
