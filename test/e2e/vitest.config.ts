import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium with the built extension, the demo console served at the real
// console URL. `npm run test:e2e` assumes `npm run build` and `npm run build:demo` ran (as
// `npm run test:all` and CI do); global-setup.ts builds whichever output is missing, never a
// stale one — rebuild yourself after changing sources.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    // One browser at a time: the machine has 2 cores shared with others.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 300_000,
    hookTimeout: 120_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.output/test-results/e2e.json' },
  },
});
