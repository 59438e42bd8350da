/** The CLI as a user runs it: `npm run --silent check -- …` is `tsx rules/cli.ts check …`. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALL_RULES } from '../../rules/all-rules';
import { formArbitrary } from '../support/form-arbitrary';
import { sarifErrors } from '../support/sarif-schema';

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
      const report = JSON.parse(result.stdout) as {
        findings: { field: string; ruleId: string; severity: string; message: string }[];
        unknown: unknown[];
        materials: { id: string; name: string; status: string; reason: string }[];
      };
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
    expect(cli('rules', '--format', 'sarif').code).toBe(2);
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

/** A fresh directory holding copies of the named sample filings (the samples' own folder also holds expected.json). */
function sampleDir(...names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'beian-cli-dir-'));
  for (const name of names) copyFileSync(join(FORMS, name), join(dir, name));
  return dir;
}

type JsonFinding = { ruleId: string; field: string; severity: string; message: string; mayBeOutdated?: boolean };
type Counts = { errors: number; warnings: number; info: number; unknown: number };
type DirReport = { files: { file: string; summary: Counts; findings: JsonFinding[]; unknown: unknown[] }[]; total: Counts };

/** The ID numbers, phones and email addresses in a sample filing: none may appear in any output. */
function personalData(name: string): string[] {
  const values: string[] = [];
  const walk = (value: unknown, key = '') => {
    if (typeof value === 'string' && /idNumber|certNumber|mobile|phone|email/i.test(key) && value.length >= 6) values.push(value);
    else if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(JSON.parse(readFileSync(join(FORMS, name), 'utf8')));
  return values;
}

describe('check over a directory', { timeout: 180_000 }, () => {
  const names = ['valid-individual.json', 'mistake-www-domain.json', 'mistake-id-expiring.json'];

  it('reads every *.json directly in it, sorted, prints one summary line per file and a total, and exits with the worst', () => {
    const dir = sampleDir(...names);
    writeFileSync(join(dir, 'notes.txt'), 'not a filing');
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'nested', 'broken.json'), '{'); // not read: the directory is not searched recursively

    const json = cli('check', '--json', '--today', '2026-11-29', dir);
    expect(json.stderr).toBe('');
    const report = JSON.parse(json.stdout) as DirReport;
    const sorted = [...names].sort();
    expect(report.files.map((f) => f.file)).toEqual(sorted.map((name) => join(dir, name)));
    for (const file of report.files) {
      expect(file.summary).toEqual({
        errors: file.findings.filter((f) => f.severity === 'error').length,
        warnings: file.findings.filter((f) => f.severity === 'warning').length,
        info: file.findings.filter((f) => f.severity === 'info').length,
        unknown: file.unknown.length,
      });
    }
    const sum = (key: keyof Counts) => report.files.reduce((n, f) => n + f.summary[key], 0);
    expect(report.total).toEqual({ errors: sum('errors'), warnings: sum('warnings'), info: sum('info'), unknown: sum('unknown') });
    expect(report.total.errors).toBeGreaterThan(0);
    expect(json.code).toBe(1);

    const text = cli('check', '--lang', 'en', '--today', '2026-11-29', dir);
    expect(text.code).toBe(1);
    const lines = text.stdout.split('\n');
    const summary = lines.slice(lines.indexOf('Summary') + 1).filter((line) => line.trim());
    expect(summary).toHaveLength(sorted.length + 1);
    for (const [i, file] of report.files.entries()) {
      const c = file.summary;
      expect(summary[i]).toMatch(
        new RegExp(`^  ${file.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +errors ${c.errors}, warnings ${c.warnings}, info ${c.info}, unknown ${c.unknown}$`),
      );
    }
    const t = report.total;
    expect(summary[sorted.length]).toBe(`  Total, 3 files: errors ${t.errors}, warnings ${t.warnings}, info ${t.info}, unknown ${t.unknown}`);

    const zh = cli('check', '--today', '2026-11-29', dir);
    expect(zh.stdout).toContain(`合计 3 个文件：错误 ${t.errors}，警告 ${t.warnings}，提示 ${t.info}，未能判断 ${t.unknown}`);
  });

  it('exits 0 on a directory of clean filings, and a single file keeps its one-report JSON', () => {
    const dir = sampleDir('valid-individual.json', 'valid-enterprise.json');
    const result = cli('check', '--today', '2026-11-29', dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const single = JSON.parse(cli('check', '--json', '--today', '2026-11-29', join(dir, 'valid-individual.json')).stdout) as {
      findings: unknown[];
      files?: unknown;
    };
    expect(single.files).toBeUndefined();
    expect(Array.isArray(single.findings)).toBe(true);
  });

  it('exits 2 with nothing on stdout when a file in it is unreadable, naming every such file, or when it holds no *.json', () => {
    const dir = sampleDir('valid-individual.json');
    writeFileSync(join(dir, 'a-broken.json'), '{"province": ');
    writeFileSync(join(dir, 'b-wrong.json'), JSON.stringify({ province: '火星' }));
    const result = cli('check', dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/a-broken\.json: not valid JSON/);
    expect(result.stderr).toMatch(/b-wrong\.json: does not match the filing schema/);

    symlinkSync(join(dir, 'gone.json'), join(dir, 'c-dangling.json'));
    const dangling = cli('check', dir);
    expect(dangling.code).toBe(2);
    expect(dangling.stderr).toMatch(/c-dangling\.json: cannot read the file \(ENOENT\)/);

    const empty = cli('check', mkdtempSync(join(tmpdir(), 'beian-cli-empty-')));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no \*\.json file/);
    expect(cli('check', '--format', 'xml', dir).code).toBe(2);
  });
});

describe('check --format sarif', { timeout: 180_000 }, () => {
  const names = ['mistake-www-domain.json', 'mistake-emergency-phone-equals-mobile.json', 'valid-enterprise.json'];

  type Sarif = {
    version: string;
    runs: {
      tool: {
        driver: {
          name: string;
          rules: {
            id: string;
            shortDescription: { text: string };
            helpUri?: string;
            defaultConfiguration: { level: string };
            properties: { reviewedAt: string; mayBeOutdated?: boolean };
          }[];
        };
      };
      results: {
        ruleId: string;
        ruleIndex: number;
        level: string;
        message: { text: string };
        locations: { physicalLocation: { artifactLocation: { uri: string } }; logicalLocations: { fullyQualifiedName: string }[] }[];
        properties?: { mayBeOutdated?: boolean };
      }[];
    }[];
  };

  it('is valid SARIF 2.1.0 carrying the findings: rule ids, levels, messages, field ids and file paths', () => {
    const dir = sampleDir(...names);
    const result = cli('check', '--format', 'sarif', '--lang', 'en', '--today', '2026-11-29', dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout) as Sarif;
    expect(sarifErrors(log)).toBe('');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('beian-precheck');

    const json = JSON.parse(cli('check', '--json', '--lang', 'en', '--today', '2026-11-29', dir).stdout) as DirReport;
    const expected = json.files.flatMap((file) => file.findings.map((f) => ({ uri: file.file, ...f })));
    expect(run.results).toHaveLength(expected.length);
    const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note' };
    const byId = new Map(ALL_RULES.map((r) => [r.id, r]));
    for (const [i, e] of expected.entries()) {
      const r = run.results[i]!;
      expect(r.ruleId).toBe(e.ruleId);
      expect(r.level).toBe(LEVEL[e.severity]);
      expect(r.message.text).toBe(e.message);
      expect(r.locations[0]!.logicalLocations[0]!.fullyQualifiedName).toBe(e.field);
      expect(r.locations[0]!.physicalLocation.artifactLocation.uri).toBe(e.uri);
      expect(r.properties?.mayBeOutdated).toBeUndefined();
      const descriptor = run.tool.driver.rules[r.ruleIndex]!;
      const rule = byId.get(e.ruleId)!;
      expect(descriptor.id).toBe(e.ruleId);
      expect(descriptor.shortDescription.text).toBe(rule.texts.en.title);
      expect(descriptor.defaultConfiguration.level).toBe(LEVEL[rule.severity]);
      expect(descriptor.helpUri).toMatch(/^https:\/\//);
    }
    expect(new Set(run.tool.driver.rules.map((r) => r.id)).size).toBe(run.tool.driver.rules.length);
    expect(run.results.some((r) => r.level === 'error')).toBe(true);
    expect(run.results.some((r) => r.level === 'note')).toBe(true);
  });

  it('writes the messages in Chinese by default and marks rules reviewed more than a year before --today', () => {
    const dir = sampleDir('mistake-www-domain.json');
    const result = cli('check', '--format', 'sarif', '--today', '2028-06-01', dir);
    const log = JSON.parse(result.stdout) as Sarif;
    expect(sarifErrors(log)).toBe('');
    const run = log.runs[0]!;
    expect(run.results.length).toBeGreaterThan(0);
    for (const r of run.results) {
      expect(r.message.text).toMatch(/[\u4e00-\u9fff]/);
      expect(r.properties?.mayBeOutdated).toBe(true);
    }
    for (const rule of run.tool.driver.rules)
      expect(rule.properties).toMatchObject({ mayBeOutdated: true, reviewedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

    const text = cli('check', '--lang', 'en', '--today', '2028-06-01', join(dir, 'mistake-www-domain.json'));
    expect(text.stdout).toMatch(/\(national\/website-domain-registrable; rule reviewed \d{4}-\d{2}-\d{2}, over a year ago: may be outdated\)/);
    expect(cli('check', '--lang', 'en', '--today', '2026-11-29', join(dir, 'mistake-www-domain.json')).stdout).not.toMatch(/may be outdated/);
  });

  it('never shows the ID numbers, phones or email addresses of the filings, in any format', () => {
    const dir = sampleDir(...names);
    // A phone typed where a quoted value goes: the site-name rules quote the name, masked.
    const form = JSON.parse(readFileSync(join(FORMS, 'valid-individual.json'), 'utf8')) as {
      subject: { principal: { mobile: string } };
      websites: { name: string }[];
    };
    form.websites[0]!.name = form.subject.principal.mobile;
    writeFileSync(join(dir, 'phone-as-site-name.json'), JSON.stringify(form));
    const secrets = [...names, 'valid-individual.json'].flatMap(personalData);
    expect(secrets.length).toBeGreaterThan(5);
    for (const format of ['text', 'json', 'sarif']) {
      for (const lang of ['zh-CN', 'en']) {
        const out = cli('check', '--format', format, '--lang', lang, '--today', '2028-06-01', dir).stdout;
        for (const secret of secrets) expect(out, `${format} ${lang}`).not.toContain(secret);
        expect(out, `${format} ${lang}`).toContain(`*******${form.subject.principal.mobile.slice(-4)}`);
      }
    }
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
