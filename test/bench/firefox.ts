/**
 * Firefox figures, in Debian's firefox-esr over the project's WebDriver BiDi client
 * (test/firefox/bidi.ts): key press → inline warning updated, with the Chromium bench's probe
 * and key sequence (browser.ts: PROBE, TOGGLES), and start-up (form rendered → first warning).
 * Firefox clamps performance.now() and event.timeStamp to 1 ms unless
 * privacy.reduceTimerPrecision is off; the bench turns it off.
 */
import { join } from 'node:path';
import { FirefoxBidi } from '../firefox/bidi';
import { ADDON, CONSOLE_URL, focusField, KEY, performKeys, press, serveDemoConsole, typeKeys, waitFor } from '../firefox/console';
import { ROOT } from '../e2e/harness';
import { PROBE, STARTUP_PROBE, summary, TOGGLES, type LatencyFigures, type StartupFigures } from './browser';

export interface FirefoxFigures {
  readonly latency: LatencyFigures;
  readonly startup: StartupFigures;
}

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
    await serveDemoConsole(ff, join(ROOT, '.output', 'demo-console'));
    return { ff, context };
  } catch (error) {
    await ff.close();
    throw error;
  }
}

/** One fresh Firefox: base values typed, then each field's warning flipped `flips` times, as the Chromium session. */
async function typingSession({ ff, context }: Session, flips: number): Promise<{ keys: number; samples: { fromKey: number; fromInput: number }[] }> {
  await ff.send('browsingContext.navigate', { context, url: `${CONSOLE_URL}#/subject`, wait: 'complete' });
  await waitFor(() => focusField(ff, context, TOGGLES[0]!.label), Boolean, 'the subject principal block');
  // Let start-up settle (settings, first read, the rules in the page) before measuring.
  await sleep(1500);
  await ff.send('script.evaluate', { expression: PROBE, target: { context }, awaitPromise: false });
  for (const { label, base, keys } of TOGGLES) {
    await waitFor(() => focusField(ff, context, label), Boolean, label);
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
async function startup({ ff, context }: Session, runs: number): Promise<StartupFigures> {
  // Leave a warning on the page (mobile one digit short).
  await waitFor(() => focusField(ff, context, '手机号码'), Boolean, '手机号码');
  await typeKeys(ff, context, '1380000000');
  await sleep(500);
  await ff.send('script.addPreloadScript', { functionDeclaration: `() => { ${STARTUP_PROBE}; }`, contexts: [context] });
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

/** `sessions` fresh Firefox sessions of typing (samples pooled), then start-up in the last one. */
export async function measureFirefox({ flips = 80, sessions = 3 } = {}): Promise<FirefoxFigures> {
  let keys = 0;
  const samples: { fromKey: number; fromInput: number }[] = [];
  let start: StartupFigures | undefined;
  for (let i = 0; i < sessions; i++) {
    const session = await open();
    try {
      const run = await typingSession(session, flips);
      keys += run.keys;
      samples.push(...run.samples);
      if (i === sessions - 1) start = await startup(session, 11);
    } finally {
      await session.ff.close();
    }
  }
  return {
    latency: {
      inputs: keys,
      measured: samples.length,
      key: summary(samples.map((s) => s.fromKey)),
      input: summary(samples.map((s) => s.fromInput)),
    },
    startup: start!,
  };
}
