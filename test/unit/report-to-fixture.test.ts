// @vitest-environment happy-dom
/**
 * A report becomes a test: the page report of the demo console's subject step (its snapshot,
 * with marked values typed in) run through `npm run fixture` gives a fixture pair in the
 * fixtures' layout, whose expected read is what the adapter reads from the page, marked
 * `todo`, and holds none of the values; the fixture runner's check passes on the pair.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { OrderModel } from '../../components/console/order-model';
import { pageReport } from '../../components/console/page-report';
import { missingFields, readPage } from '../../components/console/read-page';
import { huawei } from '../../entrypoints/huawei.content/console';
import { makeIdNumber } from '../support/synthetic-ids';
import { TODO } from '../support/report-to-fixture';

// happy-dom's URL is not Node's: the path from the module's own.
const ROOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SNAPSHOT = readFileSync(join(ROOT_DIR, 'test/demo-console/snapshots/2-subject.html'), 'utf8');
const MARKED = [makeIdNumber({ region: '320102', birth: '1979-09-09', sequence: '358' }), '13611112222', '司马秘密', 'marked.user@example.net'];
const dir = mkdtempSync(join(tmpdir(), 'beian-fixture-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run fixture', () => {
  it('turns a page report into a fixture pair skeleton that reads as the page does, without the values', () => {
    document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/.exec(SNAPSHOT)![1]!;
    const boxes = Array.from(document.querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type]), textarea'));
    expect(boxes.length).toBeGreaterThan(3);
    boxes.forEach((box, i) => (box.value = MARKED[i % MARKED.length]!));
    const pageRead = readPage(huawei, document);
    const report = pageReport(document, { libraries: huawei.libraries, console: 'huawei', step: pageRead.step, date: '2026-12-07', version: '0.1.0' });
    const reportFile = join(dir, 'report.html');
    writeFileSync(reportFile, report);

    const output = execFileSync(join(ROOT_DIR, 'node_modules/.bin/tsx'), [join(ROOT_DIR, 'test/fixture.ts'), reportFile, '--out', dir], { encoding: 'utf8' });
    expect(output).toContain('wrote');
    const html = readFileSync(join(dir, 'huawei', 'report-subject-2026-12-07.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, 'huawei', 'report-subject-2026-12-07.expected.json'), 'utf8')) as Record<string, unknown>;
    for (const value of MARKED) expect(html + JSON.stringify(expected), value).not.toContain(value);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(expected.todo).toBe(TODO);

    // What the fixture runner (console-fixtures.test.ts) checks, on the new pair.
    document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)![1]!;
    const read = readPage(huawei, document);
    const order = new OrderModel();
    order.merge(read);
    expect(read.step).toBe('subject');
    expect(expected.step).toBe(read.step);
    expect(expected.form).toEqual(JSON.parse(JSON.stringify(order.form())));
    expect(expected.expected).toEqual(read.expected);
    expect(expected.missing).toEqual(missingFields(read));
    // The page's fields are all found in the report, every text empty: no value came along.
    expect([...read.found].sort()).toEqual([...pageRead.found].sort());
    // The order type comes from the page's crumb or title, not from a value.
    const typed = [...pageRead.values].filter(([field, value]) => field !== 'filingType' && typeof value === 'string' && value !== '');
    expect(typed.length).toBeGreaterThan(3);
    for (const [field] of typed) expect(read.values.get(field), field).toBe('');
  });

  it('refuses a file that is not a page report, and an unknown console', () => {
    const notReport = join(dir, 'not-a-report.html');
    writeFileSync(notReport, '<p>hello</p>');
    const run =
      (...args: string[]) =>
      () =>
        execFileSync(join(ROOT_DIR, 'node_modules/.bin/tsx'), [join(ROOT_DIR, 'test/fixture.ts'), ...args], { stdio: 'pipe' });
    expect(run(notReport, '--out', dir)).toThrow(/names no console/);
    expect(run(notReport, '--console', 'example', '--out', dir)).toThrow(/unknown console/);
    expect(run(notReport, '--console', 'huawei', '--out', dir)).toThrow(/not a page report/);
  });
});
