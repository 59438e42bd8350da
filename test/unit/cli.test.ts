/** The CLI as a user runs it: `npm run --silent check -- …` is `tsx rules/cli.ts check …`. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALL_RULES } from '../../rules/all-rules';
import { formArbitrary } from '../support/form-arbitrary';

const TSX = join('node_modules', '.bin', 'tsx');
const FORMS = join('test', 'fixtures', 'forms');

function cli(...args: string[]) {
  const result = spawnSync(TSX, ['rules/cli.ts', ...args], { encoding: 'utf8', timeout: 170_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'beian-cli-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// Each call starts Node and loads every rule module: generous timeouts, no timing asserted.
describe('check', { timeout: 180_000 }, () => {
  it('exits 0 on the valid sample filings', () => {
    const valid = readdirSync(FORMS).filter((f) => f.startsWith('valid-'));
    expect(valid.length).toBeGreaterThanOrEqual(2);
    const result = cli('check', '--json', '--today', '2026-11-29', ...valid.map((f) => join(FORMS, f)));
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { files: { findings: { severity: string }[] }[] };
    expect(report.files.flatMap((f) => f.findings).filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('reports each sample mistake with its field id and exits 1', () => {
    // expected.json: for each mistake-*.json, the findings (rule id + field id) and missing materials it must produce.
    type Expected = { field: string; ruleId: string } | { material: string };
    const expectations = JSON.parse(readFileSync(join(FORMS, 'expected.json'), 'utf8')) as Record<string, Expected[]>;
    const mistakes = readdirSync(FORMS).filter((f) => f.startsWith('mistake-'));
    expect(mistakes.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(expectations).sort()).toEqual([...mistakes].sort());
    for (const file of mistakes) {
      const expected = expectations[file]!;
      expect(expected.length, file).toBeGreaterThan(0);
      const result = cli('check', '--json', '--today', '2026-11-29', join(FORMS, file));
      const report = JSON.parse(result.stdout) as { findings: { field: string; ruleId: string; severity: string; message: string }[]; unknown: unknown[]; materials: { id: string; name: string; status: string; reason: string }[] };
      for (const e of expected) {
        if ('material' in e) expect(report.materials, file).toContainEqual(expect.objectContaining({ id: e.material, status: 'missing' }));
        else expect(report.findings, file).toContainEqual(expect.objectContaining(e));
      }
      expect(result.code, file).toBe(report.findings.some((f) => f.severity === 'error') ? 1 : 0);
      for (const m of report.materials) expect(['missing', 'provided']).toContain(m.status);
    }
  });

  it('prints readable text grouped by field, in English on request', () => {
    const result = cli('check', '--lang', 'en', '--today', '2026-11-29', join(FORMS, 'valid-individual.json'));
    expect(result.stdout).toContain('Passing these checks is not an approval.');
  });

  it('exits 2 on invalid JSON and prints nothing on stdout', () => {
    const result = cli('check', tempFile('broken.json', '{"province": '));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/not valid JSON/);
  });

  it('exits 2 on a schema violation and names the field path and what was expected', () => {
    const result = cli('check', '--json', tempFile('wrong.json', JSON.stringify({ province: '火星', websites: [{ name: 42 }] })));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/websites\[0\]\.name: .*expected string/);
    expect(result.stderr).toMatch(/province: /);
  });

  it('exits 2 on a missing file and on bad options', () => {
    expect(cli('check', 'no-such-file.json').code).toBe(2);
    expect(cli('check', '--today', '2026-13-01', join(FORMS, 'valid-individual.json')).code).toBe(2);
    expect(cli('check').code).toBe(2);
  });

  it('tells the provider the filing is made at: --provider, else the filing\'s "provider", else huawei', () => {
    type Report = { provider: string; materials: { id: string; reason: string }[] };
    const check = (...args: string[]) => JSON.parse(cli('check', '--json', '--today', '2026-11-29', ...args).stdout) as Report;
    const face = (report: Report) => report.materials.find((m) => m.id.startsWith('authenticity-check'))!.reason;
    const form = JSON.parse(readFileSync(join(FORMS, 'valid-individual.json'), 'utf8')) as Record<string, unknown>;

    const byDefault = check(join(FORMS, 'valid-individual.json'));
    expect(byDefault.provider).toBe('huawei');
    expect(face(byDefault)).toContain('华为云App');

    const aliyun = cli('check', '--json', '--today', '2026-11-29', '--provider', 'aliyun', join(FORMS, 'valid-individual.json'));
    expect((JSON.parse(aliyun.stdout) as Report).provider).toBe('aliyun');
    expect(face(JSON.parse(aliyun.stdout) as Report)).toContain('阿里云App');
    expect(aliyun.stdout).not.toMatch(/华为云App|华为云“备案材料模板下载”/);

    const tencentFile = tempFile('tencent.json', JSON.stringify({ ...form, provider: 'tencent' }));
    const fromFile = check(tencentFile);
    expect(fromFile.provider).toBe('tencent');
    expect(face(fromFile)).toContain('腾讯云网站备案');
    expect(check('--provider', 'huawei', tencentFile).provider).toBe('huawei');
  });

  it('exits 2 on an unknown provider, in the flag or in the filing', () => {
    const flag = cli('check', '--provider', 'azure', join(FORMS, 'valid-individual.json'));
    expect(flag.code).toBe(2);
    expect(flag.stdout).toBe('');
    expect(flag.stderr).toMatch(/--provider takes huawei, aliyun, tencent/);
    const file = cli('check', tempFile('azure.json', JSON.stringify({ provider: 'azure' })));
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/provider: /);
  });
});

// Random input through the real process: each spawn loads every rule, so a fixed seed and a few
// samples keep it short; the in-process property tests cover the engine with hundreds of forms.
describe('check on random input', { timeout: 300_000 }, () => {
  const seed = 20261129;

  it('never fails internally on arbitrary JSON: exit 0 or 1 with a report, or 2 with a reason and nothing on stdout', () => {
    const inputs = fc.sample(fc.jsonValue(), { numRuns: 6, seed });
    for (const [i, json] of inputs.entries()) {
      const result = cli('check', '--json', '--today', '2026-11-29', tempFile(`random-${i}.json`, JSON.stringify(json)));
      expect([0, 1, 2], result.stderr).toContain(result.code);
      if (result.code === 2) {
        expect(result.stdout).toBe('');
        expect(result.stderr.length).toBeGreaterThan(0);
      } else expect(() => JSON.parse(result.stdout)).not.toThrow();
    }
  });

  it('reports on arbitrary filings that match the schema without failing', () => {
    const forms = fc.sample(formArbitrary, { numRuns: 6, seed });
    for (const [i, form] of forms.entries()) {
      const result = cli('check', '--json', '--today', '2026-11-29', tempFile(`form-${i}.json`, JSON.stringify(form)));
      expect([0, 1], result.stderr).toContain(result.code);
      const report = JSON.parse(result.stdout) as { findings: unknown[] };
      expect(Array.isArray(report.findings)).toBe(true);
    }
  });
});

describe('rules and schema', { timeout: 180_000 }, () => {
  it('lists every bundled rule with its sources as JSON', () => {
    const result = cli('rules', '--json');
    const catalogue = JSON.parse(result.stdout) as { id: string; sources: { url: string }[]; reviewedAt: string }[];
    expect(catalogue.map((r) => r.id)).toEqual(ALL_RULES.map((r) => r.id));
    for (const rule of catalogue) expect(rule.sources.length).toBeGreaterThan(0);
  });

  it('prints a JSON Schema of the filing form', () => {
    const schema = JSON.parse(cli('schema').stdout) as { $schema: string; properties: Record<string, unknown> };
    expect(schema.$schema).toMatch(/json-schema/);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['province', 'subject', 'websites', 'apps', 'materials', 'provider']));
    expect(schema.properties.provider).toMatchObject({ enum: ['huawei', 'aliyun', 'tencent'] });
  });
});
