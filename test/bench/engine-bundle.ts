/** Builds test/bench/engine-entry.ts the way the extension's bundles are built and loads it. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { Rule } from '../../rules/engine/types';
import { median, type EngineFigures, type measureEngine } from './engine';

export interface EngineBundle {
  readonly ALL_RULES: readonly Rule[];
  readonly measureEngine: typeof measureEngine;
}

/** Builds the bundle into .output/bench/engine/engine.mjs and returns its path. */
export async function buildEngineBundle(root: string): Promise<string> {
  const outDir = join(root, '.output', 'bench', 'engine');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      ssr: join(root, 'test/bench/engine-entry.ts'),
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'engine.mjs' } },
    },
  });
  return join(outDir, 'engine.mjs');
}

export async function loadEngineBundle(root: string): Promise<EngineBundle> {
  return (await import(pathToFileURL(await buildEngineBundle(root)).href)) as EngineBundle;
}

/**
 * The engine figures from Node processes of their own that load only the built bundle.
 * Timed in the process that has just run the Vite build, the figures come out markedly
 * slower than in a fresh process (the build's garbage and compiled code are still
 * around); a user's background has neither.
 *
 * Several processes, because on a shared VM one measurement of the same bundle lands in
 * one of two modes (the slower about half as fast again, changing from one
 * measurement to the next in the same process; a plain Map-allocation loop shows the same
 * two modes, a pure arithmetic loop does not): each figure is the median over the
 * processes, and every process's median is kept.
 */
export async function measureEngineInChild(root: string, processes = 5): Promise<EngineFigures> {
  const url = pathToFileURL(await buildEngineBundle(root)).href;
  const script = `const m = await import(${JSON.stringify(url)}); process.stdout.write(JSON.stringify(m.measureEngine(m.ALL_RULES)));`;
  const runs = Array.from({ length: processes }, () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    return JSON.parse(out) as EngineFigures;
  });
  const first = runs[0]!;
  return {
    rules: first.rules,
    inScope: first.inScope,
    firstRunUs: median(runs.map((r) => r.firstRunUs)),
    rows: first.rows.map((row, i) => ({
      websites: row.websites,
      medianUs: median(runs.map((r) => r.rows[i]!.medianUs)),
      p95Us: median(runs.map((r) => r.rows[i]!.p95Us)),
      samples: runs.reduce((sum, r) => sum + r.rows[i]!.samples, 0),
      processMediansUs: runs.map((r) => r.rows[i]!.medianUs),
    })),
  };
}
