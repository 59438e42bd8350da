import { fileURLToPath } from 'node:url';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [WxtVitest()],
  test: {
    include: ['rules/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Timeouts only stop a hung test; a busy 2-core machine must never fail a test (no timing is asserted).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Browser suites (Chromium, Firefox) have their own config: test/e2e/vitest.config.ts.
    reporters: ['default', 'json'],
    outputFile: { json: '.output/test-results/unit.json' },
  },
});
