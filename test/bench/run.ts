/**
 * `npm run bench`: the performance figures of the current build next to their budgets and the
 * next bars, on this machine, per demo console. Writes .output/bench/latest.json and
 * latest.md (the README section is made from latest.md by `npm run docs`). A command, not a
 * test: it never fails on a timing.
 *
 *   BENCH_SKIP_BROWSER=1          engine and sizes only (no browser)
 *   BENCH_ONLY=firefox,panel      only these figures (engine, chromium, firefox, panel, hostile; sizes always)
 *   BENCH_CONSOLES=huawei,aliyun  only these demo consoles (huawei, aliyun, tencent) for the per-console figures
 *   BENCH_QUICK=1                 fewer key presses, sessions, reloads and opens: checks that the bench runs, not a figure to quote
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, ensureBuilds, ROOT } from '../e2e/harness';
import { CONSOLES, measureBrowser, type BrowserFigures, type ConsoleId } from './browser';
import type { EngineFigures } from './engine';
import { measureEngineInChild } from './engine-bundle';
import { machine, type Machine } from './machine';
import { measureSizes, type SizeRow } from './size';
import { measureFirefox, type FirefoxFigures } from './firefox';
import { measureHostile, type HostileFigures } from './hostile';
import { measurePanelOpen, type PanelOpenFigures } from './panel';

/** Debian's firefox-esr (test/firefox/bidi.ts starts it by this name). */
const FIREFOX = 'firefox-esr';

export const BUDGETS = {
  engineMedianUs: 50,
  latencyP95Ms: 8,
  panelOpenP95Ms: 150,
  overheadRatio: 1.5,
  startupMs: 100,
  contentScriptGzipKb: 40,
  memoryMb: 5,
  hostileLongestTaskMs: 50,
} as const;

/** The bars the figures aim at next (issue "Fast everywhere"): shown beside the budgets, never failing anything. */
export const NEXT_BARS = {
  engineMedianUs: 25,
  /** Content script started → first warning. */
  startupMs: 60,
  overheadRatio: 1.2,
} as const;

export interface BenchReport {
  readonly date: string;
  readonly commit: string;
  readonly machine: Machine;
  readonly budgets: typeof BUDGETS;
  readonly nextBars: typeof NEXT_BARS;
  /** BENCH_QUICK: a check that the bench runs, with too few samples to quote. */
  readonly quick?: boolean;
  readonly engine?: EngineFigures;
  readonly browser?: BrowserFigures;
  readonly firefox?: FirefoxFigures;
  readonly panel?: PanelOpenFigures;
  readonly hostile?: HostileFigures;
  readonly sizes: readonly Omit<SizeRow, 'files'>[];
  /** 1-minute load average when the run ended. */
  readonly loadAtEnd?: number;
}

const FIGURES = ['engine', 'chromium', 'firefox', 'panel', 'hostile'] as const;
type Figure = (typeof FIGURES)[number];
const BROWSER_FIGURES = ['chromium', 'firefox', 'panel', 'hostile'] as const;

/** The figures to measure: all, or BENCH_ONLY's list; BENCH_SKIP_BROWSER=1 leaves out every browser. */
function wanted(): Set<Figure> {
  const only = process.env.BENCH_ONLY?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of only ?? []) if (!FIGURES.includes(name as Figure)) throw new Error(`BENCH_ONLY: unknown figure ${name} (${FIGURES.join(', ')})`);
  const chosen = new Set<Figure>((only as Figure[] | undefined) ?? FIGURES);
  if (process.env.BENCH_SKIP_BROWSER === '1') for (const browser of BROWSER_FIGURES) chosen.delete(browser);
  return chosen;
}

/** The demo consoles to measure: all, or BENCH_CONSOLES's list. */
function wantedConsoles(): typeof CONSOLES {
  const only = process.env.BENCH_CONSOLES?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!only) return CONSOLES;
  for (const id of only)
    if (!CONSOLES.some((c) => c.id === id)) throw new Error(`BENCH_CONSOLES: unknown console ${id} (${CONSOLES.map((c) => c.id).join(', ')})`);
  return CONSOLES.filter((c) => only.includes(c.id));
}

const EXTENSION_SOURCES = ['entrypoints', 'components', 'rules', 'assets', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    0,
    ...readdirSync(path)
      .filter((name) => name !== 'node_modules')
      .map((name) => newestMtime(join(path, name))),
  );
}

/** `npm run build` (both browsers and their zips) when an output is missing or older than the sources; the demo console likewise. */
function buildIfStale(): void {
  const outputs = ['.output/chrome-mv3/manifest.json', '.output/firefox-mv2/manifest.json'].map((p) => join(ROOT, p));
  const zips = existsSync(join(ROOT, '.output')) ? readdirSync(join(ROOT, '.output')).filter((n) => n.endsWith('.zip')) : [];
  const sources = Math.max(...EXTENSION_SOURCES.map((p) => newestMtime(join(ROOT, p))));
  const stale = zips.length < 2 || outputs.some((p) => !existsSync(p) || statSync(p).mtimeMs < sources);
  if (stale) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  ensureBuilds({ extension: false, demo: true, stale: true });
}

const fmt = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));
const verdict = (value: number | undefined, budget: number) => (value === undefined || Number.isNaN(value) ? '—' : value <= budget ? 'ok' : 'over');
const consoleName = (id: ConsoleId) => CONSOLES.find((c) => c.id === id)?.name ?? id;

/** One row: the figure, what was measured, its budget and the next bar (each with its verdict; '' where none). */
type Row = [figure: string, measured: string, budget: string, budgetVerdict: string, next: string, nextVerdict: string];

export function markdown(report: BenchReport): string {
  const { machine: m, engine, browser, firefox, panel, hostile, sizes } = report;
  const rows: Row[] = [];
  const budgeted = (value: number | undefined, budget: number, text: string, next?: { bar: number; text: string }): [string, string, string, string] => [
    text,
    verdict(value, budget),
    next ? next.text : '',
    next ? verdict(value, next.bar) : '',
  ];
  if (engine) {
    const base = engine.rows[0];
    for (const row of engine.rows) {
      const growth = base ? ` (×${fmt(row.medianUs / base.medianUs)} for ×${row.websites / base.websites} websites)` : '';
      rows.push([
        `Engine (bundled as shipped, after warm-up, one key typed per run; medians over ${row.processMediansUs?.length ?? 1} Node processes of their own), ${row.websites} website${row.websites > 1 ? 's' : ''}: median / p95 of one full run (${engine.rules} rules, ${engine.inScope} in scope)`,
        `${fmt(row.medianUs, 0)} / ${fmt(row.p95Us, 0)} µs${row.websites > 1 ? growth : ''}${
          row.processMediansUs
            ? ` (medians per process: ${[...row.processMediansUs]
                .sort((a, b) => a - b)
                .map((us) => fmt(us, 0))
                .join(', ')})`
            : ''
        }`,
        ...(row.websites === 1
          ? budgeted(row.medianUs, BUDGETS.engineMedianUs, `≤ ${BUDGETS.engineMedianUs} µs median`, {
              bar: NEXT_BARS.engineMedianUs,
              text: `≤ ${NEXT_BARS.engineMedianUs} µs median`,
            })
          : (['linear growth', '', '', ''] as const)),
      ]);
    }
    rows.push(['Engine, first run in a fresh process (cold, 1 website)', `${fmt(engine.firstRunUs / 1000, 1)} ms`, '(for reference)', '', '', '']);
  }
  for (const figures of browser?.consoles ?? []) {
    const { latency, overhead, startup, memory } = figures;
    const on = consoleName(figures.console);
    rows.push([
      `Key press → inline warning updated, Chromium, ${on} (${latency.measured} of ${latency.inputs} key presses changed a warning)`,
      `p50 ${fmt(latency.key.p50Ms)} · p95 ${fmt(latency.key.p95Ms)} · max ${fmt(latency.key.maxMs)} ms`,
      ...budgeted(latency.key.p95Ms, BUDGETS.latencyP95Ms, `p95 ≤ ${BUDGETS.latencyP95Ms} ms`),
    ]);
    rows.push([
      `Input event → inline warning updated, Chromium, ${on}`,
      `p50 ${fmt(latency.input.p50Ms)} · p95 ${fmt(latency.input.p95Ms)} · max ${fmt(latency.input.maxMs)} ms`,
      ...budgeted(latency.input.p95Ms, BUDGETS.latencyP95Ms, `p95 ≤ ${BUDGETS.latencyP95Ms} ms`),
    ]);
    rows.push([
      `Main-thread JavaScript per key press (trace: listeners, microtasks, timers), with ÷ without the extension, ${on} (medians of ${overhead.sessions} interleaved sessions each side, ${overhead.keystrokes} key presses with it)`,
      `${fmt(overhead.withExtension.scriptMs, 2)} ÷ ${fmt(overhead.without.scriptMs, 2)} ms = ${fmt(overhead.scriptRatio, 2)} (pairs: ${overhead.scriptRatios.map((r) => fmt(r, 2)).join(', ')})`,
      ...budgeted(overhead.scriptRatio, BUDGETS.overheadRatio, `≤ ${BUDGETS.overheadRatio}`, {
        bar: NEXT_BARS.overheadRatio,
        text: `≤ ${NEXT_BARS.overheadRatio}`,
      }),
    ]);
    rows.push([
      `CDP ScriptDuration per key press, with ÷ without, ${on} (leaves out microtasks, where the console renders: see test/bench/trace.ts)`,
      `${fmt(overhead.withExtension.blinkScriptMs, 2)} ÷ ${fmt(overhead.without.blinkScriptMs, 2)} ms = ${fmt(overhead.blinkScriptRatio, 2)}`,
      '(for reference)',
      '',
      '',
      '',
    ]);
    rows.push([
      `Main-thread task time per key press, with ÷ without, ${on}`,
      `${fmt(overhead.withExtension.taskMs, 2)} ÷ ${fmt(overhead.without.taskMs, 2)} ms = ${fmt(overhead.taskRatio, 2)}`,
      '(for reference)',
      '',
      '',
      '',
    ]);
    if (startup.fromScript)
      rows.push([
        `Start-up, Chromium, ${on}: content script started → first warning shown (median of ${startup.runs} reloads)`,
        `${fmt(startup.fromScript.medianMs, 0)} ms (max ${fmt(startup.fromScript.maxMs, 0)})`,
        ...budgeted(startup.fromScript.medianMs, BUDGETS.startupMs, `≤ ${BUDGETS.startupMs} ms`, {
          bar: NEXT_BARS.startupMs,
          text: `≤ ${NEXT_BARS.startupMs} ms`,
        }),
      ]);
    rows.push([
      `Start-up, Chromium, ${on}: form rendered → first warning shown (median of ${startup.runs} reloads)`,
      `${fmt(startup.medianMs, 0)} ms (max ${fmt(startup.maxMs, 0)})`,
      ...budgeted(startup.medianMs, BUDGETS.startupMs, `≤ ${BUDGETS.startupMs} ms`),
    ]);
    rows.push([
      `JS heap added to the console page (after GC), ${on}`,
      `${fmt(memory.addedMb, 2)} MB (${fmt(memory.withExtensionMb)} vs ${fmt(memory.withoutMb)} MB)`,
      ...budgeted(memory.addedMb, BUDGETS.memoryMb, `≤ ${BUDGETS.memoryMb} MB`),
    ]);
  }
  for (const figures of firefox?.consoles ?? []) {
    const { latency, startup } = figures;
    const on = consoleName(figures.console);
    rows.push([
      `Key press → inline warning updated, Firefox, ${on} (${latency.measured} of ${latency.inputs} key presses changed a warning)`,
      `p50 ${fmt(latency.key.p50Ms)} · p95 ${fmt(latency.key.p95Ms)} · max ${fmt(latency.key.maxMs)} ms`,
      ...budgeted(latency.key.p95Ms, BUDGETS.latencyP95Ms, `p95 ≤ ${BUDGETS.latencyP95Ms} ms`),
    ]);
    rows.push([
      `Input event → inline warning updated, Firefox, ${on}`,
      `p50 ${fmt(latency.input.p50Ms)} · p95 ${fmt(latency.input.p95Ms)} · max ${fmt(latency.input.maxMs)} ms`,
      ...budgeted(latency.input.p95Ms, BUDGETS.latencyP95Ms, `p95 ≤ ${BUDGETS.latencyP95Ms} ms`),
    ]);
    rows.push([
      `Start-up, Firefox, ${on}: form rendered → first warning shown (median of ${startup.runs} reloads)`,
      `${fmt(startup.medianMs, 0)} ms (max ${fmt(startup.maxMs, 0)})`,
      ...budgeted(startup.medianMs, BUDGETS.startupMs, `≤ ${BUDGETS.startupMs} ms`),
    ]);
  }
  if (panel) {
    const open = (what: string, figures: { p50Ms: number; p95Ms: number; maxMs: number }): Row => [
      `Side panel open → findings in the DOM, Chromium, ${what} (${panel.opens} opens, the panel page in a tab)`,
      `p50 ${fmt(figures.p50Ms, 0)} · p95 ${fmt(figures.p95Ms, 0)} · max ${fmt(figures.maxMs, 0)} ms`,
      ...budgeted(figures.p95Ms, BUDGETS.panelOpenP95Ms, `p95 ≤ ${BUDGETS.panelOpenP95Ms} ms`),
    ];
    rows.push(open(`console with ${panel.withFindings.findings} findings`, panel.withFindings));
    rows.push(open(`empty console (${panel.empty.undecided} rules undecided)`, panel.empty));
    for (const other of panel.consoles ?? [])
      rows.push(open(`${consoleName(other.console)}, subject step with ${other.findings} finding${other.findings === 1 ? '' : 's'}`, other));
    rows.push([
      'Side panel: rule catalogue (coverage, titles of switched-off rules) loaded a second after opening, below the fold',
      `in ${panel.catalogueLoaded} of ${panel.opens * (2 + (panel.consoles?.length ?? 0))} opens`,
      '(for reference: it loads when wanted)',
      '',
      '',
      '',
    ]);
  }
  if (hostile) {
    rows.push([
      `Longest task of the page under hostile input, Chromium, ${consoleName('huawei')} (「网站100000」, 4,000 uploads, 30,000-character value, forged hosts, constructor/__proto__ labels; ${hostile.keys} key presses; extension warned: ${hostile.warned ? 'yes' : 'no'})`,
      `${fmt(hostile.longestTaskMs)} ms; with the extension's script in it ${fmt(hostile.longestExtensionTaskMs)} ms (without the extension: ${fmt(hostile.withoutLongestTaskMs)} ms)`,
      ...budgeted(hostile.longestExtensionTaskMs, BUDGETS.hostileLongestTaskMs, `≤ ${BUDGETS.hostileLongestTaskMs} ms (a task with the extension's script)`),
    ]);
  }
  for (const size of sizes) {
    // A console's own content script (parsed on every console page), not the rules Firefox lists after it.
    const isContent = /^\w+ content script /.test(size.name);
    rows.push([
      `Size: ${size.name}`,
      size.name.startsWith('zip') ? `${fmt(size.rawKb)} KB` : `${fmt(size.gzipKb)} KB gzip (${fmt(size.rawKb)} KB raw)`,
      ...(isContent ? budgeted(size.gzipKb, BUDGETS.contentScriptGzipKb, `≤ ${BUDGETS.contentScriptGzipKb} KB gzip`) : (['', '', '', ''] as const)),
    ]);
  }
  const lines = [
    `Measured ${report.date} on ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, load ${m.load1}${report.loadAtEnd !== undefined ? ` (${report.loadAtEnd} at the end)` : ''}; Node ${m.node}${m.chromium ? `, ${m.chromium}` : ''}${m.firefox ? `, ${m.firefox}` : ''}; build of ${report.commit}. \`npm run bench\` reproduces it; timings vary with the machine's load.${report.quick ? ' **BENCH_QUICK run: too few samples to quote.**' : ''}`,
    '',
    '| Figure | Measured | Budget | | Next bar | |',
    '|---|---|---|---|---|---|',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const figures = wanted();
  buildIfStale();
  const m = machine(CHROMIUM, figures.has('firefox') ? FIREFOX : undefined);
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  process.stdout.write(`bench on ${m.cpu} ×${m.cores}, load ${m.load1}: ${[...figures].join(', ')}\n`);
  // The engine as it ships (bundled and minified), with every rule the extension has.
  const engine = figures.has('engine') ? await measureEngineInChild(ROOT) : undefined;
  const sizes = measureSizes().map(({ files: _files, ...rest }) => rest);
  const quick = process.env.BENCH_QUICK === '1';
  const consoles = wantedConsoles();
  const browser = figures.has('chromium') ? await measureBrowser({ consoles, ...(quick ? { flips: 16, pairs: 1, reloads: 3 } : {}) }) : undefined;
  const firefox = figures.has('firefox')
    ? await measureFirefox({ consoles: consoles.map((c) => c.id), ...(quick ? { flips: 16, sessions: 1, reloads: 3 } : {}) })
    : undefined;
  const panel = figures.has('panel') ? await measurePanelOpen({ consoles: consoles.map((c) => c.id), ...(quick ? { opens: 3 } : {}) }) : undefined;
  const hostile = figures.has('hostile') ? await measureHostile() : undefined;
  const loadAtEnd = Math.round(loadavg()[0]! * 100) / 100;
  const report: BenchReport = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit,
    machine: m,
    budgets: BUDGETS,
    nextBars: NEXT_BARS,
    ...(quick ? { quick } : {}),
    engine,
    browser,
    firefox,
    panel,
    hostile,
    sizes,
    loadAtEnd,
  };
  const md = markdown(report);
  const dir = join(ROOT, '.output', 'bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'latest.md'), `${md}\n`);
  process.stdout.write(`${md}\n\nwritten: .output/bench/latest.json, .output/bench/latest.md\n`);
}

await main();
