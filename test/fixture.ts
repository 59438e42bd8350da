/**
 * npm run fixture -- REPORT.html [--console huawei|aliyun|tencent] [--name <slug>] [--out <dir>]
 *
 * Turns a user's page report (the panel's 导出页面结构) into a fixture pair skeleton under
 * test/fixtures/consoles/<console>/ (test/support/report-to-fixture.ts): the page, and what the
 * adapter reads from it today, marked `todo` until the maintainer has checked it. The console
 * and the name default to the report's header (`report-<step>-<date>`); `--out` writes under
 * another folder than test/fixtures/consoles (tests).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const USAGE = 'usage: npm run fixture -- REPORT.html [--console huawei|aliyun|tencent] [--name <slug>] [--out <dir>]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let consoleId: string | undefined;
let name: string | undefined;
let out = fileURLToPath(new URL('./fixtures/consoles/', import.meta.url));
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--console') consoleId = args[++i] ?? fail('--console needs a value');
  else if (arg === '--name') name = args[++i] ?? fail('--name needs a value');
  else if (arg === '--out') out = args[++i] ?? fail('--out needs a value');
  else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
  else if (file) fail('one report at a time');
  else file = arg;
}
if (!file) fail('which report?');

// The readers expect a browser's globals (HTMLElement, CSS.escape …): happy-dom's, as in the unit tests.
const window = new Window({ url: 'https://localhost/' });
for (const key of [
  'window',
  'document',
  'Node',
  'Element',
  'HTMLElement',
  'HTMLInputElement',
  'HTMLTextAreaElement',
  'HTMLSelectElement',
  'Text',
  'CSS',
  'NodeFilter',
  'getComputedStyle',
]) {
  if (!(key in globalThis))
    Object.defineProperty(globalThis, key, { value: key === 'window' ? window : (window as unknown as Record<string, unknown>)[key], configurable: true });
}

// Imported once the globals are there (the console kit's modules may touch them when loaded).
const { huawei } = await import('../entrypoints/huawei.content/console');
const { aliyun } = await import('../entrypoints/aliyun.content/console');
const { tencent } = await import('../entrypoints/tencent.content/console');
const CONSOLES = new Map([huawei, aliyun, tencent].map((def) => [def.id as string, def]));
const { defaultName, fixtureFromReport, reportConsole, writeFixture } = await import('./support/report-to-fixture');

const report = readFileSync(file, 'utf8');
const id = consoleId ?? reportConsole(report) ?? fail('the report names no console: give --console');
const def = CONSOLES.get(id) ?? fail(`unknown console ${id}`);
const skeleton = fixtureFromReport(report, def, name ?? defaultName(report), window.document as unknown as Document);
const [html, json] = writeFixture(skeleton, out);
process.stdout.write(
  `wrote ${html}\n  and ${json}\nstep ${skeleton.expected.step}; ${skeleton.expected.missing.length} of ${skeleton.expected.expected.length} expected fields missing.\n` +
    'Check the read against the page, correct it, and delete "todo": until then the fixture test fails on this pair.\n',
);
