/**
 * `npm run docs`: regenerates the README sections built from rule metadata (rule
 * catalogue, province coverage) and from the latest benchmark run. Everything between
 * `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` is replaced.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadAllRules } from '../../rules/load-rules';
import { resolveSource } from '../../rules/sources';
import type { Rule } from '../../rules/engine/types';
import { coverageMarkdown } from '../../rules/coverage';

const README = 'README.md';
const BENCH = '.output/bench/latest.md';

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function catalogueMarkdown(rules: readonly Rule[]): string {
  const lines = [
    `${rules.length} rules. Scope "—" = every province. Source links: provider pages and the Huawei knowledge base; see each rule module for the evidence tag and dates.`,
    '',
    '| Rule | Severity | Provinces | 规则 / Rule | Effective from | Sources |',
    '|---|---|---|---|---|---|',
  ];
  for (const rule of rules) {
    const sources = rule.sources
      .map(resolveSource)
      .map((s, i) => `[${i + 1}](${encodeURI(decodeURI(s.url))})`)
      .join(' ');
    const provinces = rule.scope.provinces?.join(' ') ?? '—';
    const title = `${rule.texts['zh-CN'].title} / ${rule.texts.en.title}`;
    const severity = rule.evidence ? `${rule.severity} (sources ${rule.evidence === 'disputed' ? 'disagree' : 'older'})` : rule.severity;
    lines.push(`| \`${rule.id}\` | ${severity} | ${provinces} | ${escapeCell(title)} | ${rule.effectiveFrom ?? ''} | ${sources} |`);
  }
  return lines.join('\n');
}

function replaceSection(readme: string, name: string, content: string): string {
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers`);
  return `${readme.slice(0, from + start.length)}\n${content}\n${readme.slice(to)}`;
}

const rules = await loadAllRules();
let readme = readFileSync(README, 'utf8');
readme = replaceSection(readme, 'catalogue', catalogueMarkdown(rules));
readme = replaceSection(readme, 'coverage', coverageMarkdown(rules, 'zh-CN'));
if (existsSync(BENCH)) readme = replaceSection(readme, 'bench', readFileSync(BENCH, 'utf8').trim());
writeFileSync(README, readme);
process.stdout.write(`README.md: ${rules.length} rules in the catalogue\n`);
