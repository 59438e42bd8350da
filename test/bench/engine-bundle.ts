/** Builds test/bench/engine-entry.ts the way the extension's bundles are built and loads it. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { Rule } from '../../rules/engine/types';
import type { EngineFigures, measureEngine } from './engine';

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
 * The engine figures from a Node process of their own that loads only the built bundle.
 * Timed in the process that has just run the Vite build, the first figures came out
 * 1.5–2× slower than in a fresh process (the build's garbage and compiled code are still
 * around); a user's background has neither.
 */
export async function measureEngineInChild(root: string): Promise<EngineFigures> {
  const url = pathToFileURL(await buildEngineBundle(root)).href;
  const script = `const m = await import(${JSON.stringify(url)}); process.stdout.write(JSON.stringify(m.measureEngine(m.ALL_RULES)));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(out) as EngineFigures;
}
