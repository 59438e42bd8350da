/** Builds test/bench/engine-entry.ts the way the extension's bundles are built and loads it. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { Rule } from '../../rules/engine/types';
import type { measureEngine } from './engine';

export interface EngineBundle {
  readonly ALL_RULES: readonly Rule[];
  readonly measureEngine: typeof measureEngine;
}

export async function loadEngineBundle(root: string): Promise<EngineBundle> {
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
  return (await import(pathToFileURL(join(outDir, 'engine.mjs')).href)) as EngineBundle;
}
