/**
 * What `check` prints for each filing and in total (rules/cli.ts): the text report, the JSON
 * document, the summary lines. Pure: results in, strings and objects out, so each wording can
 * be tested without running the command.
 */
import { mayBeOutdated } from './engine/freshness';
import type { RunResult } from './engine/run';
import type { Lang, Rule } from './engine/types';
import { fieldLabel } from './model/fields';
import type { ProviderId } from './model/providers';

/** Each file's findings by severity and its undecided rules: the summary line and the JSON `summary`. */
export interface Counts {
  errors: number;
  warnings: number;
  info: number;
  unknown: number;
}

export function countsOf(result: RunResult): Counts {
  const count = (severity: string) => result.findings.filter((f) => f.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), info: count('info'), unknown: result.unknown.length };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { errors: a.errors + b.errors, warnings: a.warnings + b.warnings, info: a.info + b.info, unknown: a.unknown + b.unknown };
}

/** Reviewed-at dates by rule id, and whether a rule may be outdated on the day of the check. */
export interface Freshness {
  reviewedAt(ruleId: string): string;
  outdated(ruleId: string): boolean;
}

export function freshnessOf(rules: readonly Rule[], today: string): Freshness {
  const reviewed = new Map(rules.map((r) => [r.id, r.reviewedAt]));
  return {
    reviewedAt: (id) => reviewed.get(id) ?? '',
    outdated: (id) => mayBeOutdated(reviewed.get(id) ?? '', today),
  };
}

export function jsonReport(result: RunResult, lang: Lang, provider: ProviderId, freshness: Freshness) {
  return {
    provider,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      field: f.field,
      severity: f.severity,
      message: f.message[lang],
      ...(freshness.outdated(f.ruleId) ? { mayBeOutdated: true, reviewedAt: freshness.reviewedAt(f.ruleId) } : {}),
    })),
    unknown: result.unknown.map((u) => ({ ruleId: u.ruleId, missing: u.missing, ...(u.failed ? { failed: true } : {}) })),
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

export function humanReport(file: string, result: RunResult, lang: Lang, freshness: Freshness): string {
  const zh = lang === 'zh-CN';
  const out: string[] = [file];
  const byField = new Map<string, typeof result.findings>();
  for (const finding of result.findings) byField.set(finding.field, [...(byField.get(finding.field) ?? []), finding]);
  if (byField.size === 0) out.push(zh ? '  未发现问题。' : '  No problems found.');
  for (const [field, findings] of byField) {
    out.push(`  ${fieldLabel(field, lang)} (${field})`);
    for (const f of findings) {
      const stale = !freshness.outdated(f.ruleId)
        ? ''
        : zh
          ? `；规则复核于 ${freshness.reviewedAt(f.ruleId)}，已超过一年，可能已过时`
          : `; rule reviewed ${freshness.reviewedAt(f.ruleId)}, over a year ago: may be outdated`;
      out.push(`    [${SEVERITY_LABEL[lang][f.severity]}] ${f.message[lang]}  (${f.ruleId}${stale})`);
    }
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
    const failed = zh ? '规则出错（请报告此问题）' : 'the rule failed (please report it)';
    for (const u of result.unknown) out.push(`    ${u.ruleId}: ${u.failed ? failed : u.missing.join(', ')}`);
  }
  out.push('', zh ? '  通过这些检查不代表备案一定获批。' : '  Passing these checks is not an approval.');
  return out.join('\n');
}

export function countsText(counts: Counts, lang: Lang): string {
  return lang === 'zh-CN'
    ? `错误 ${counts.errors}，警告 ${counts.warnings}，提示 ${counts.info}，未能判断 ${counts.unknown}`
    : `errors ${counts.errors}, warnings ${counts.warnings}, info ${counts.info}, unknown ${counts.unknown}`;
}

/** One line per file and a total line: what a filing agent scans over a directory of filings. */
export function summaryLines(results: readonly (readonly [string, RunResult, ProviderId])[], lang: Lang): string {
  const zh = lang === 'zh-CN';
  const width = Math.max(...results.map(([file]) => file.length));
  let total: Counts = { errors: 0, warnings: 0, info: 0, unknown: 0 };
  const lines = [zh ? '汇总' : 'Summary'];
  for (const [file, result] of results) {
    const counts = countsOf(result);
    total = addCounts(total, counts);
    lines.push(`  ${file.padEnd(width)}  ${countsText(counts, lang)}`);
  }
  lines.push(
    zh
      ? `  合计 ${results.length} 个文件：${countsText(total, lang)}`
      : `  Total, ${results.length} file${results.length === 1 ? '' : 's'}: ${countsText(total, lang)}`,
  );
  return lines.join('\n');
}
