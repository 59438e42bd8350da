import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Firefox smoke test: Debian's firefox-esr over WebDriver BiDi. Needs `npm run build` and `npm run build:demo`. */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    // Node 20 has a global WebSocket only behind this flag.
    execArgv: ['--experimental-websocket'],
    pool: 'forks',
    fileParallelism: false,
    // Timeouts only stop a hung browser; no timing is asserted.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.output/test-results/firefox.json' },
  },
});
