/**
 * `npm run bench`: the performance figures of the current build next to their budgets, on
 * this machine. Writes .output/bench/latest.json and latest.md (the README section is made
 * from latest.md by `npm run docs`). A command, not a test: it never fails on a timing.
 *
 *   BENCH_SKIP_BROWSER=1          engine and sizes only (no browser)
 *   BENCH_ONLY=firefox,panel      only these figures (engine, chromium, firefox, panel; sizes always)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, ensureBuilds, ROOT } from '../e2e/harness';
import { measureBrowser, type BrowserFigures } from './browser';
import type { EngineFigures } from './engine';
import { measureEngineInChild } from './engine-bundle';
import { machine, type Machine } from './machine';
import { measureSizes, type SizeRow } from './size';
import { measureFirefox, type FirefoxFigures } from './firefox';
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
} as const;

export interface BenchReport {
  readonly date: string;
  readonly commit: string;
  readonly machine: Machine;
  readonly budgets: typeof BUDGETS;
  readonly engine?: EngineFigures;
  readonly browser?: BrowserFigures;
  readonly firefox?: FirefoxFigures;
  readonly panel?: PanelOpenFigures;
  readonly sizes: readonly Omit<SizeRow, 'files'>[];
  /** 1-minute load average when the run ended. */
  readonly loadAtEnd?: number;
}

const FIGURES = ['engine', 'chromium', 'firefox', 'panel'] as const;
type Figure = (typeof FIGURES)[number];

/** The figures to measure: all, or BENCH_ONLY's list; BENCH_SKIP_BROWSER=1 leaves out every browser. */
function wanted(): Set<Figure> {
  const only = process.env.BENCH_ONLY?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of only ?? []) if (!FIGURES.includes(name as Figure)) throw new Error(`BENCH_ONLY: unknown figure ${name} (${FIGURES.join(', ')})`);
  const chosen = new Set<Figure>((only as Figure[] | undefined) ?? FIGURES);
  if (process.env.BENCH_SKIP_BROWSER === '1') for (const browser of ['chromium', 'firefox', 'panel'] as const) chosen.delete(browser);
  return chosen;
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

export function markdown(report: BenchReport): string {
  const { machine: m, engine, browser, firefox, panel, sizes } = report;
  const rows: string[][] = [];
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
        row.websites === 1 ? `≤ ${BUDGETS.engineMedianUs} µs median` : 'linear growth',
        row.websites === 1 ? verdict(row.medianUs, BUDGETS.engineMedianUs) : '',
      ]);
    }
    rows.push(['Engine, first run in a fresh process (cold, 1 website)', `${fmt(engine.firstRunUs / 1000, 1)} ms`, '(for reference)', '']);
  }
  if (browser) {
    const { latency, overhead, startup, memory } = browser;
    rows.push([
      `Key press → inline warning updated, Chromium (${latency.measured} of ${latency.inputs} key presses changed a warning)`,
      `p50 ${fmt(latency.key.p50Ms)} · p95 ${fmt(latency.key.p95Ms)} · max ${fmt(latency.key.maxMs)} ms`,
      `p95 ≤ ${BUDGETS.latencyP95Ms} ms`,
      verdict(latency.key.p95Ms, BUDGETS.latencyP95Ms),
    ]);
    rows.push([
      'Input event → inline warning updated',
      `p50 ${fmt(latency.input.p50Ms)} · p95 ${fmt(latency.input.p95Ms)} · max ${fmt(latency.input.maxMs)} ms`,
      `p95 ≤ ${BUDGETS.latencyP95Ms} ms`,
      verdict(latency.input.p95Ms, BUDGETS.latencyP95Ms),
    ]);
    rows.push([
      `Main-thread JavaScript per key press (trace: listeners, microtasks, timers), with ÷ without the extension (medians of ${overhead.sessions} interleaved sessions each side, ${overhead.keystrokes} key presses with it)`,
      `${fmt(overhead.withExtension.scriptMs, 2)} ÷ ${fmt(overhead.without.scriptMs, 2)} ms = ${fmt(overhead.scriptRatio, 2)} (pairs: ${overhead.scriptRatios.map((r) => fmt(r, 2)).join(', ')})`,
      `≤ ${BUDGETS.overheadRatio}`,
      verdict(overhead.scriptRatio, BUDGETS.overheadRatio),
    ]);
    rows.push([
      'CDP ScriptDuration per key press, with ÷ without (leaves out microtasks, where the console renders: see test/bench/trace.ts)',
      `${fmt(overhead.withExtension.blinkScriptMs, 2)} ÷ ${fmt(overhead.without.blinkScriptMs, 2)} ms = ${fmt(overhead.blinkScriptRatio, 2)}`,
      '(for reference)',
      '',
    ]);
    rows.push([
      'Main-thread task time per key press, with ÷ without',
      `${fmt(overhead.withExtension.taskMs, 2)} ÷ ${fmt(overhead.without.taskMs, 2)} ms = ${fmt(overhead.taskRatio, 2)}`,
      '(for reference)',
      '',
    ]);
    rows.push([
      `Start-up: form rendered → first warning shown (median of ${startup.runs} reloads)`,
      `${fmt(startup.medianMs, 0)} ms (max ${fmt(startup.maxMs, 0)})`,
      `≤ ${BUDGETS.startupMs} ms`,
      verdict(startup.medianMs, BUDGETS.startupMs),
    ]);
    rows.push([
      'JS heap added to the console page (after GC)',
      `${fmt(memory.addedMb, 2)} MB (${fmt(memory.withExtensionMb)} vs ${fmt(memory.withoutMb)} MB)`,
      `≤ ${BUDGETS.memoryMb} MB`,
      verdict(memory.addedMb, BUDGETS.memoryMb),
    ]);
  }
  if (firefox) {
    const { latency, startup } = firefox;
    rows.push([
      `Key press → inline warning updated, Firefox (${latency.measured} of ${latency.inputs} key presses changed a warning)`,
      `p50 ${fmt(latency.key.p50Ms)} · p95 ${fmt(latency.key.p95Ms)} · max ${fmt(latency.key.maxMs)} ms`,
      `p95 ≤ ${BUDGETS.latencyP95Ms} ms`,
      verdict(latency.key.p95Ms, BUDGETS.latencyP95Ms),
    ]);
    rows.push([
      'Input event → inline warning updated, Firefox',
      `p50 ${fmt(latency.input.p50Ms)} · p95 ${fmt(latency.input.p95Ms)} · max ${fmt(latency.input.maxMs)} ms`,
      `p95 ≤ ${BUDGETS.latencyP95Ms} ms`,
      verdict(latency.input.p95Ms, BUDGETS.latencyP95Ms),
    ]);
    rows.push([
      `Start-up, Firefox: form rendered → first warning shown (median of ${startup.runs} reloads)`,
      `${fmt(startup.medianMs, 0)} ms (max ${fmt(startup.maxMs, 0)})`,
      `≤ ${BUDGETS.startupMs} ms`,
      verdict(startup.medianMs, BUDGETS.startupMs),
    ]);
  }
  if (panel) {
    const open = (what: string, figures: { p50Ms: number; p95Ms: number; maxMs: number }) => [
      `Side panel open → findings in the DOM, Chromium, ${what} (${panel.opens} opens, the panel page in a tab)`,
      `p50 ${fmt(figures.p50Ms, 0)} · p95 ${fmt(figures.p95Ms, 0)} · max ${fmt(figures.maxMs, 0)} ms`,
      `p95 ≤ ${BUDGETS.panelOpenP95Ms} ms`,
      verdict(figures.p95Ms, BUDGETS.panelOpenP95Ms),
    ];
    rows.push(open(`console with ${panel.withFindings.findings} findings`, panel.withFindings));
    rows.push(open(`empty console (${panel.empty.undecided} rules undecided)`, panel.empty));
    rows.push([
      'Side panel: rule catalogue (coverage, titles of switched-off rules) loaded a second after opening, below the fold',
      `in ${panel.catalogueLoaded} of ${panel.opens * 2} opens`,
      '(for reference: it loads when wanted)',
      '',
    ]);
  }
  for (const size of sizes) {
    // A console's own content script (parsed on every console page), not the rules Firefox lists after it.
    const isContent = /^\w+ content script /.test(size.name);
    rows.push([
      `Size: ${size.name}`,
      size.name.startsWith('zip') ? `${fmt(size.rawKb)} KB` : `${fmt(size.gzipKb)} KB gzip (${fmt(size.rawKb)} KB raw)`,
      isContent ? `≤ ${BUDGETS.contentScriptGzipKb} KB gzip` : '',
      isContent ? verdict(size.gzipKb, BUDGETS.contentScriptGzipKb) : '',
    ]);
  }
  const lines = [
    `Measured ${report.date} on ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, load ${m.load1}${report.loadAtEnd !== undefined ? ` (${report.loadAtEnd} at the end)` : ''}; Node ${m.node}${m.chromium ? `, ${m.chromium}` : ''}${m.firefox ? `, ${m.firefox}` : ''}; build of ${report.commit}. \`npm run bench\` reproduces it; timings vary with the machine's load.`,
    '',
    '| Figure | Measured | Budget | |',
    '|---|---|---|---|',
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
  const browser = figures.has('chromium') ? await measureBrowser() : undefined;
  const firefox = figures.has('firefox') ? await measureFirefox() : undefined;
  const panel = figures.has('panel') ? await measurePanelOpen() : undefined;
  const loadAtEnd = Math.round(loadavg()[0]! * 100) / 100;
  const report: BenchReport = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit,
    machine: m,
    budgets: BUDGETS,
    engine,
    browser,
    firefox,
    panel,
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
