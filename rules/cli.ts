/**
 * The command line over the same engine as the extension.
 *
 *   check [--format text|json|sarif] [--json] [--lang zh-CN|en] [--today YYYY-MM-DD] [--provider huawei|aliyun|tencent] FILE|DIR…
 *                                                                  exit 0 clean, 1 error finding, 2 usage error or unreadable input
 *                                                                  (over all files: the worst of them)
 *   rules [--json] [--lang zh-CN|en]                              the rule catalogue
 *   schema                                                         the filing JSON Schema
 *
 * The provider (whose filing console the form is for) names the app, templates and IPs the
 * texts mention, and leaves out rules of another provider's process. `--provider` wins when
 * given; otherwise a filing JSON's own `"provider"` field; otherwise huawei.
 *
 * A DIR stands for every `*.json` file directly in it (not in sub-directories), sorted by name.
 * Text output ends with one summary line per file (errors, warnings, info, unknown) and a total;
 * `--json` is `--format json`; `--format sarif` writes SARIF 2.1.0 (rules/sarif.ts). A finding of
 * a rule reviewed more than a year before --today is marked as possibly outdated
 * (rules/engine/freshness.ts).
 *
 * Output never contains ID numbers, phone numbers or email addresses: rule messages
 * do not quote them (rule tests enforce it), and every message and checklist reason is passed
 * through the filing's redactor (rules/checks/mask.ts) before any format prints it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isIsoDate } from './checks/dates';
import { personalDataRedactor } from './checks/mask';
import { sarifLog } from './sarif';
import { addCounts, countsOf, freshnessOf, humanReport, jsonReport, summaryLines } from './cli-reports';
import { loadAllRules } from './load-rules';
import { run, type RunResult } from './engine/run';
import { resolveSource } from './sources';
import type { Bilingual, Lang, Rule } from './engine/types';
import { FilingFormSchema, filingFormJsonSchema, type FilingForm } from './model/filing-form';
import { DEFAULT_PROVIDER, isProviderId, PROVIDER_IDS, type ProviderId } from './model/providers';

class UsageError extends Error {}
class InputError extends Error {}

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  format: Format;
  lang: Lang;
  today: string;
  /** Given with --provider: wins over the filing's own `provider`. */
  provider?: ProviderId;
  files: string[];
}

function todayInChina(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

function parseOptions(args: string[]): Options {
  const options: Options = { format: 'text', lang: 'zh-CN', today: todayInChina(), files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--json') options.format = 'json';
    else if (arg === '--format') {
      const format = value();
      if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format takes ${FORMATS.join(', ')}`);
      options.format = format as Format;
    } else if (arg === '--lang') {
      const lang = value();
      if (lang !== 'zh-CN' && lang !== 'en') throw new UsageError('--lang takes zh-CN or en');
      options.lang = lang;
    } else if (arg === '--today') {
      const today = value();
      if (!isIsoDate(today)) throw new UsageError('--today takes a date written YYYY-MM-DD');
      options.today = today;
    } else if (arg === '--provider') {
      const provider = value();
      if (!isProviderId(provider))
        throw new UsageError(`--provider takes ${PROVIDER_IDS.join(', ')} (the flag wins over a filing's "provider"; default ${DEFAULT_PROVIDER})`);
      options.provider = provider;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  return options;
}

/** `["websites", 0, "name"]` → `websites[0].name`: the field-id spelling used everywhere else. */
function fieldId(path: readonly PropertyKey[]): string {
  return path.reduce<string>((id, part) => (typeof part === 'number' ? `${id}[${part}]` : id ? `${id}.${String(part)}` : String(part)), '') || '(root)';
}

/** Whether `path` is a directory (following links); false when it cannot be read at all (readForm then names the error). */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The files named on the command line, a directory standing for the `*.json` files directly
 * in it, sorted by name (by UTF-16 code units: the same order on every machine and locale).
 */
function expandFiles(args: readonly string[]): string[] {
  return args.flatMap((arg) => {
    if (!isDirectory(arg)) return [arg];
    let entries: string[];
    try {
      entries = readdirSync(arg).filter((name) => name.toLowerCase().endsWith('.json') && !isDirectory(join(arg, name)));
    } catch (error) {
      throw new InputError(`${arg}: cannot read the directory (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (entries.length === 0) throw new InputError(`${arg}: the directory holds no *.json file`);
    return entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((name) => join(arg, name));
  });
}

function readForm(file: string): FilingForm {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = FilingFormSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${fieldId(issue.path)}: ${issue.message}`);
    throw new InputError(`${file}: does not match the filing schema\n${lines.join('\n')}`);
  }
  return parsed.data as FilingForm;
}

/** The result with every finding message and checklist reason masked of the filing's personal values. */
function redacted(result: RunResult, form: FilingForm): RunResult {
  const redact = personalDataRedactor(form);
  const both = (text: Bilingual): Bilingual => ({ 'zh-CN': redact(text['zh-CN']), en: redact(text.en) });
  return {
    ...result,
    findings: result.findings.map((f) => ({ ...f, message: both(f.message) })),
    materials: result.materials.map((m) => ({ ...m, reasons: m.reasons.map((r) => ({ ...r, message: both(r.message) })) })),
  };
}

function toolVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

function catalogue(rules: readonly Rule[]) {
  return rules.map((r) => ({
    id: r.id,
    severity: r.severity,
    family: r.family,
    scope: r.scope,
    title: { 'zh-CN': r.texts['zh-CN'].title, en: r.texts.en.title },
    sources: r.sources.map(resolveSource).map((s) => ({ url: s.url, title: s.title, publisher: s.publisher, retrieved: s.retrieved })),
    effectiveFrom: r.effectiveFrom ?? null,
    effectiveUntil: r.effectiveUntil ?? null,
    reviewedAt: r.reviewedAt,
  }));
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'schema') {
    process.stdout.write(`${JSON.stringify(filingFormJsonSchema(), null, 2)}\n`);
    return 0;
  }
  if (command === 'rules') {
    const options = parseOptions(args);
    if (options.format === 'sarif') throw new UsageError('rules prints text or JSON (--json); SARIF is for check');
    const rules = await loadAllRules();
    if (options.format === 'json') process.stdout.write(`${JSON.stringify(catalogue(rules), null, 2)}\n`);
    else for (const r of rules) process.stdout.write(`${r.id}\t${r.severity}\t${r.texts[options.lang].title}\n`);
    return 0;
  }
  if (command !== 'check')
    throw new UsageError(
      'commands: check [--format text|json|sarif] [--json] [--lang zh-CN|en] [--today YYYY-MM-DD] [--provider huawei|aliyun|tencent] FILE|DIR…, rules, schema',
    );
  const options = parseOptions(args);
  if (options.files.length === 0) throw new UsageError('check needs at least one filing JSON file or a directory of them');
  const files = expandFiles(options.files);
  // Every unreadable file is named before giving up: one run tells an agent all that is wrong.
  const forms: (readonly [string, FilingForm])[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      forms.push([file, readForm(file)]);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length) throw new InputError(problems.join('\n'));
  // One file named as a file gives one report, as before; several files, or a directory, a list.
  const multiple = files.length > 1 || files[0] !== options.files[0];
  const rules = await loadAllRules();
  // The flag wins; then the filing's own field; then the default.
  const providerOf = (form: FilingForm): ProviderId => options.provider ?? form.provider ?? DEFAULT_PROVIDER;
  const results = forms.map(
    ([file, form]) => [file, redacted(run(form, { today: options.today, rules, provider: providerOf(form) }), form), providerOf(form)] as const,
  );
  const freshness = freshnessOf(rules, options.today);
  if (options.format === 'json') {
    const documents = results.map(([, result, provider]) => jsonReport(result, options.lang, provider, freshness));
    const output = !multiple
      ? documents[0]
      : {
          files: results.map(([file, result], i) => ({ file, summary: countsOf(result), ...documents[i] })),
          total: results.map(([, result]) => countsOf(result)).reduce(addCounts),
        };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else if (options.format === 'sarif') {
    const log = sarifLog(
      results.map(([file, result]) => ({ file, result })),
      rules,
      { lang: options.lang, today: options.today, toolVersion: toolVersion() },
    );
    process.stdout.write(`${JSON.stringify(log, null, 2)}\n`);
  } else {
    const reports = results.map(([file, result]) => humanReport(file, result, options.lang, freshness));
    process.stdout.write(`${[...reports, summaryLines(results, options.lang)].join('\n\n')}\n`);
  }
  return results.some(([, result]) => result.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof InputError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 3;
    }
  },
);
