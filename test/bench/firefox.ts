/**
 * Firefox figures, in Debian's firefox-esr over the project's WebDriver BiDi client
 * (test/firefox/bidi.ts), on the Huawei and the Aliyun demo consoles (the two the Firefox
 * path serves): key press → inline warning updated, with the Chromium bench's probe and key
 * sequence (browser.ts: PROBE, CONSOLES), and start-up (form rendered → first warning).
 * Firefox clamps performance.now() and event.timeStamp to 1 ms unless
 * privacy.reduceTimerPrecision is off; the bench turns it off.
 */
import { join } from 'node:path';
import { FirefoxBidi } from '../firefox/bidi';
import {
  ADDON,
  ALIYUN_SITE,
  ALIYUN_URL,
  CONSOLE_URL,
  focusAntField,
  focusField,
  KEY,
  performKeys,
  press,
  serveDemoConsole,
  typeKeys,
  waitFor,
} from '../firefox/console';
import { ROOT } from '../e2e/harness';
import { CONSOLES, PROBE, startupProbe, summary, type BenchConsole, type ConsoleId, type LatencyFigures, type StartupFigures } from './browser';

export interface FirefoxConsoleFigures {
  readonly console: ConsoleId;
  readonly latency: LatencyFigures;
  readonly startup: StartupFigures;
}

export interface FirefoxFigures {
  readonly consoles: readonly FirefoxConsoleFigures[];
}

/** A demo console as the Firefox path drives it: its URL and how a field of its first principal block is focused. */
interface FirefoxConsole {
  readonly demo: BenchConsole;
  readonly url: string;
  readonly focus: (ff: FirefoxBidi, context: string, label: string) => Promise<boolean>;
}

const byId = (id: ConsoleId) => CONSOLES.find((c) => c.id === id)!;
/** The consoles the Firefox path serves (test/firefox/console.ts): Huawei's and Aliyun's demos. */
const FIREFOX_CONSOLES: readonly FirefoxConsole[] = [
  { demo: byId('huawei'), url: CONSOLE_URL, focus: focusField },
  { demo: byId('aliyun'), url: ALIYUN_URL, focus: focusAntField },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Playwright's key names (TOGGLES) → WebDriver key values. */
const keyValue = (key: string) => (key === 'Backspace' ? KEY.backspace : key);

interface Session {
  readonly ff: FirefoxBidi;
  readonly context: string;
}

async function open(): Promise<Session> {
  const ff = await FirefoxBidi.launch({ prefs: { 'privacy.reduceTimerPrecision': false } });
  try {
    const tree = await ff.send<{ contexts: { context: string }[] }>('browsingContext.getTree');
    const context = tree.contexts[0]!.context;
    await ff.send('webExtension.install', { extensionData: { type: 'path', path: join(ROOT, ADDON) } });
    await serveDemoConsole(ff, join(ROOT, '.output', 'demo-console'), [{ ...ALIYUN_SITE, dir: join(ROOT, ALIYUN_SITE.dir) }]);
    return { ff, context };
  } catch (error) {
    await ff.close();
    throw error;
  }
}

/** One fresh Firefox: base values typed, then each field's warning flipped `flips` times, as the Chromium session. */
async function typingSession(
  { ff, context }: Session,
  { demo, url, focus }: FirefoxConsole,
  flips: number,
): Promise<{ keys: number; samples: { fromKey: number; fromInput: number }[] }> {
  await ff.send('browsingContext.navigate', { context, url: `${url}#/subject`, wait: 'complete' });
  await waitFor(() => focus(ff, context, demo.toggles[0]!.label), Boolean, 'the subject principal block');
  // Let start-up settle (settings, first read, the rules in the page) before measuring.
  await sleep(1500);
  await ff.send('script.evaluate', { expression: PROBE, target: { context }, awaitPromise: false });
  for (const { label, base, keys } of demo.toggles) {
    await waitFor(() => focus(ff, context, label), Boolean, label);
    await typeKeys(ff, context, base);
    await sleep(100);
    for (let i = 0; i < flips; i++) {
      await performKeys(ff, context, press(keyValue(keys[i % 2]!)));
      await sleep(40);
    }
  }
  await sleep(300);
  return ff.evaluate(
    context,
    `const state = window.__beianBench;
     const samples = state.presses.filter((p) => p.change !== undefined).map((p) => ({ fromKey: p.change - p.key, fromInput: p.change - (p.input ?? p.key) }));
     return { keys: state.keys, samples };`,
  );
}

/** Reloads the console (the demo keeps the order per tab) and times form rendered → first warning host, as the Chromium start-up figure. */
async function startup({ ff, context }: Session, { demo, focus }: FirefoxConsole, runs: number): Promise<StartupFigures> {
  // Leave a warning on the page (mobile one digit short).
  await waitFor(() => focus(ff, context, demo.mistake.label), Boolean, demo.mistake.label);
  await typeKeys(ff, context, demo.mistake.value);
  await sleep(500);
  await ff.send('script.addPreloadScript', { functionDeclaration: `() => { ${startupProbe(demo.formItem)}; }`, contexts: [context] });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await ff.send('browsingContext.reload', { context, wait: 'complete' });
    const marks = await waitFor(
      () => ff.evaluate<{ form: number; warning: number } | null>(context, 'return window.__beianStartup ?? null;'),
      (m) => !!m && m.warning > 0,
      'the first warning after a reload',
    );
    times.push(marks!.warning - marks!.form);
  }
  const s = summary(times);
  return { runs, medianMs: s.p50Ms, maxMs: s.maxMs };
}

/** Per console: `sessions` fresh Firefox sessions of typing (samples pooled), then start-up in the last one. */
export async function measureFirefox({
  flips = 80,
  sessions = 3,
  reloads = 11,
  consoles: ids = FIREFOX_CONSOLES.map((c) => c.demo.id),
}: { flips?: number; sessions?: number; reloads?: number; consoles?: readonly ConsoleId[] } = {}): Promise<FirefoxFigures> {
  const consoles: FirefoxConsoleFigures[] = [];
  for (const target of FIREFOX_CONSOLES.filter((c) => ids.includes(c.demo.id))) consoles.push(await measureConsole(target, { flips, sessions, reloads }));
  return { consoles };
}

async function measureConsole(
  target: FirefoxConsole,
  { flips, sessions, reloads }: { flips: number; sessions: number; reloads: number },
): Promise<FirefoxConsoleFigures> {
  let keys = 0;
  const samples: { fromKey: number; fromInput: number }[] = [];
  let start: StartupFigures | undefined;
  for (let i = 0; i < sessions; i++) {
    const session = await open();
    try {
      const run = await typingSession(session, target, flips);
      keys += run.keys;
      samples.push(...run.samples);
      if (i === sessions - 1) start = await startup(session, target, reloads);
    } finally {
      await session.ff.close();
    }
  }
  return {
    console: target.demo.id,
    latency: {
      inputs: keys,
      measured: samples.length,
      key: summary(samples.map((s) => s.fromKey)),
      input: summary(samples.map((s) => s.fromInput)),
    },
    startup: start!,
  };
}
