/**
 * The command line over the same engine as the extension.
 *
 *   check [--json] [--lang zh-CN|en] [--today YYYY-MM-DD] [--provider huawei|aliyun|tencent] FILE…
 *                                                                  exit 0 clean, 1 error finding, 2 usage error or unreadable input
 *   rules [--json] [--lang zh-CN|en]                              the rule catalogue
 *   schema                                                         the filing JSON Schema
 *
 * The provider (whose filing console the form is for) names the app, templates and IPs the
 * texts mention, and leaves out rules of another provider's process. `--provider` wins when
 * given; otherwise a filing JSON's own `"provider"` field; otherwise huawei.
 *
 * Output never contains ID numbers, phone numbers or email addresses: rule messages
 * do not quote them (rule tests enforce it).
 */
import { readFileSync } from 'node:fs';
import { isIsoDate } from './checks/dates';
import { loadAllRules } from './load-rules';
import { run, type RunResult } from './engine/run';
import { resolveSource } from './sources';
import type { Lang, Rule } from './engine/types';
import { fieldLabel } from './model/fields';
import { FilingFormSchema, filingFormJsonSchema, type FilingForm } from './model/filing-form';
import { DEFAULT_PROVIDER, isProviderId, PROVIDER_IDS, type ProviderId } from './model/providers';

class UsageError extends Error {}
class InputError extends Error {}

interface Options {
  json: boolean;
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
  const options: Options = { json: false, lang: 'zh-CN', today: todayInChina(), files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--lang') {
      const lang = value();
      if (lang !== 'zh-CN' && lang !== 'en') throw new UsageError('--lang takes zh-CN or en');
      options.lang = lang;
    } else if (arg === '--today') {
      const today = value();
      if (!isIsoDate(today)) throw new UsageError('--today takes a date written YYYY-MM-DD');
      options.today = today;
    } else if (arg === '--provider') {
      const provider = value();
      if (!isProviderId(provider)) throw new UsageError(`--provider takes ${PROVIDER_IDS.join(', ')} (the flag wins over a filing's "provider"; default ${DEFAULT_PROVIDER})`);
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

function jsonReport(result: RunResult, lang: Lang, provider: ProviderId) {
  return {
    provider,
    findings: result.findings.map((f) => ({ ruleId: f.ruleId, field: f.field, severity: f.severity, message: f.message[lang] })),
    unknown: result.unknown.map((u) => ({ ruleId: u.ruleId, missing: u.missing })),
    materials: result.materials.map((m) => ({
      id: m.key,
      name: m.name[lang],
      status: m.status,
      reason: m.reasons.map((r) => r.message[lang]).join(' '),
    })),
  };
}

const SEVERITY_LABEL: Record<Lang, Record<string, string>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

function humanReport(file: string, result: RunResult, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const out: string[] = [file];
  const byField = new Map<string, typeof result.findings>();
  for (const finding of result.findings) byField.set(finding.field, [...(byField.get(finding.field) ?? []), finding]);
  if (byField.size === 0) out.push(zh ? '  未发现问题。' : '  No problems found.');
  for (const [field, findings] of byField) {
    out.push(`  ${fieldLabel(field, lang)} (${field})`);
    for (const f of findings) out.push(`    [${SEVERITY_LABEL[lang][f.severity]}] ${f.message[lang]}  (${f.ruleId})`);
  }
  if (result.materials.length) {
    out.push('', zh ? '  资料清单' : '  Materials');
    for (const m of result.materials) {
      const status = m.status === 'provided' ? (zh ? '已上传' : 'provided') : zh ? '缺少' : 'missing';
      const owner = m.for ? ` · ${fieldLabel(m.for, lang)}` : '';
      out.push(`    [${status}] ${m.name[lang]}${owner}`);
      for (const r of m.reasons) out.push(`        ${r.message[lang]}`);
    }
  }
  if (result.unknown.length) {
    out.push('', zh ? `  ${result.unknown.length} 条规则缺少输入，未能判断：` : `  ${result.unknown.length} rules could not decide (inputs missing):`);
    for (const u of result.unknown) out.push(`    ${u.ruleId}: ${u.missing.join(', ')}`);
  }
  out.push('', zh ? '  通过这些检查不代表备案一定获批。' : '  Passing these checks is not an approval.');
  return out.join('\n');
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
    const rules = await loadAllRules();
    if (options.json) process.stdout.write(`${JSON.stringify(catalogue(rules), null, 2)}\n`);
    else for (const r of rules) process.stdout.write(`${r.id}\t${r.severity}\t${r.texts[options.lang].title}\n`);
    return 0;
  }
  if (command !== 'check') throw new UsageError('commands: check [--json] [--lang zh-CN|en] [--today YYYY-MM-DD] [--provider huawei|aliyun|tencent] FILE…, rules, schema');
  const options = parseOptions(args);
  if (options.files.length === 0) throw new UsageError('check needs at least one filing JSON file');
  const forms = options.files.map((file) => [file, readForm(file)] as const);
  const rules = await loadAllRules();
  // The flag wins; then the filing's own field; then the default.
  const providerOf = (form: FilingForm): ProviderId => options.provider ?? form.provider ?? DEFAULT_PROVIDER;
  const results = forms.map(([file, form]) => [file, run(form, { today: options.today, rules, provider: providerOf(form) }), providerOf(form)] as const);
  if (options.json) {
    const documents = results.map(([, result, provider]) => jsonReport(result, options.lang, provider));
    const output = documents.length === 1 ? documents[0] : { files: results.map(([file], i) => ({ file, ...documents[i] })) };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    process.stdout.write(`${results.map(([file, result]) => humanReport(file, result, options.lang)).join('\n\n')}\n`);
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
