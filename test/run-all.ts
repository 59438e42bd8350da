/**
 * `npm run test:all`: everything CI checks, in order, with one closing line
 * "N passed, N failed" summed over every suite (vitest's own summary is per run).
 * A stage that fails before reporting tests (a build, a lint) counts as one failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Stage {
  readonly name: string;
  readonly command: string;
  /** Vitest JSON report the stage writes, if it runs tests. */
  readonly report?: string;
  readonly when?: () => boolean;
}

const RESULTS = '.output/test-results';

const stages: Stage[] = [
  { name: 'unit and rule tests', command: 'npx vitest run --config test/vitest.config.ts', report: `${RESULTS}/unit.json` },
  { name: 'type check', command: 'npx tsc --noEmit -p tsconfig.json' },
  { name: 'lint (ESLint, regexp)', command: 'npm run --silent lint' },
  { name: 'format (Prettier)', command: 'npm run --silent format:check' },
  { name: 'extension build (Chrome, Edge, Firefox, zips)', command: 'npm run --silent build' },
  {
    name: 'built extension (manifest allow-list, no network APIs)',
    command: 'npx vitest run --config test/build/vitest.config.ts',
    report: `${RESULTS}/build.json`,
  },
  { name: 'web-ext lint (Firefox build)', command: 'npx web-ext lint --source-dir .output/firefox-mv2 --self-hosted --output text' },
  { name: 'demo console build', command: 'npm run --silent build:demo', when: () => existsSync('test/demo-console/vite.config.ts') },
  {
    name: 'Chromium end-to-end tests',
    command: 'npx vitest run --config test/e2e/vitest.config.ts',
    report: `${RESULTS}/e2e.json`,
    when: () => existsSync('test/e2e/vitest.config.ts'),
  },
  {
    name: 'Firefox smoke test (firefox-esr, WebDriver BiDi)',
    command: 'npx vitest run --config test/firefox/vitest.config.ts',
    report: `${RESULTS}/firefox.json`,
  },
];

function countReport(path: string): { passed: number; failed: number } | undefined {
  if (!existsSync(path)) return undefined;
  const report = JSON.parse(readFileSync(path, 'utf8')) as { numPassedTests: number; numFailedTests: number; numFailedTestSuites?: number };
  // A suite that fails to load has no failed tests but must still count.
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numFailedTests === 0 ? (report.numFailedTestSuites ?? 0) : 0) };
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
let passed = 0;
let failed = 0;
for (const stage of stages) {
  if (stage.when && !stage.when()) continue;
  process.stdout.write(`\n== ${stage.name}: ${stage.command}\n`);
  const result = spawnSync(stage.command, { shell: true, stdio: 'inherit' });
  const counts = stage.report ? countReport(stage.report) : undefined;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    if (result.status !== 0 && counts.failed === 0) failed += 1;
  } else if (result.status === 0) passed += 1;
  else failed += 1;
  process.stdout.write(`== ${stage.name}: ${result.status === 0 ? 'ok' : `failed (exit ${result.status})`}\n`);
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
