/**
 * The generated documentation, as text: pure functions of the rule metadata (no file is
 * read or written here). `npm run docs` (generate.ts) writes what they return, and
 * `test/unit/docs.test.ts` compares it with the committed files.
 *
 * Two kinds of output:
 * - whole files (`rules/CATALOGUE.md`, `rules/EXCERPT-COVERAGE.md`);
 * - sections of a hand-written file, between `<!-- generated:NAME -->` and
 *   `<!-- /generated:NAME -->` (the README's rule count and province coverage).
 *
 * The README's `bench` section is written between the same kind of markers, but from the
 * last `npm run bench` run (`.output/bench/latest.md`), not from the rules; it is not here.
 */
import { coverageMarkdown } from '../../rules/coverage';
import { RULE_FAMILIES, type Rule, type RuleFamily } from '../../rules/engine/types';
import { coverageOf, EXCERPT_COVERAGE, EXCERPT_LINE_COUNT, type ExcerptStatement } from '../../rules/excerpt-coverage';
import { resolveSource } from '../../rules/sources';

export const CATALOGUE_PATH = 'rules/CATALOGUE.md';
export const EXCERPT_COVERAGE_PATH = 'rules/EXCERPT-COVERAGE.md';
export const README_PATH = 'README.md';
export const DOCS_COMMAND = 'npm run docs';

export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

export interface GeneratedSection {
  /** The hand-written file that holds the section. */
  readonly path: string;
  readonly name: string;
  /** What goes between the markers, without the newlines that frame it. */
  readonly text: string;
}

export interface GeneratedDocs {
  readonly files: readonly GeneratedFile[];
  readonly sections: readonly GeneratedSection[];
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function byFamily(rules: readonly Rule[]): Map<RuleFamily, Rule[]> {
  const families = new Map<RuleFamily, Rule[]>(RULE_FAMILIES.map((family) => [family, []]));
  for (const rule of rules) families.get(rule.family)?.push(rule);
  for (const list of families.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const [family, list] of families) if (list.length === 0) families.delete(family);
  return families;
}

function ruleRow(rule: Rule): string {
  const sources = rule.sources
    .map(resolveSource)
    .map((s, i) => `[${i + 1}](${encodeURI(decodeURI(s.url))})`)
    .join(' ');
  const provinces = rule.scope.provinces?.join(' ') ?? '—';
  const title = `${rule.texts['zh-CN'].title} / ${rule.texts.en.title}`;
  // Evidence is metadata, not part of the id: a rule keeps its id when it is re-graded.
  const severity = rule.evidence ? `${rule.severity} (sources ${rule.evidence === 'disputed' ? 'disagree' : 'older'})` : rule.severity;
  return `| \`${rule.id}\` | ${severity} | ${provinces} | ${escapeCell(title)} | ${rule.effectiveFrom ?? ''} | ${rule.reviewedAt} | ${sources} |`;
}

/** `rules/CATALOGUE.md`: every rule, grouped by family, with its sources. */
export function catalogueMarkdown(rules: readonly Rule[]): string {
  const families = byFamily(rules);
  const lines = [
    '# Rule catalogue',
    '',
    `<!-- Generated from the rule metadata by \`${DOCS_COMMAND}\`: do not edit by hand. -->`,
    '',
    `${rules.length} rules in ${families.size} families, one line each. Provinces "—" means every province.`,
    'Severities are explained in the [README](../README.md#severity). Each rule module (`rules/<id>.ts`)',
    'holds the full texts, the evidence tag and retrieval date of each source, and its tests. "Reviewed" is',
    'the day the rule was last checked against its sources. A rule reviewed more than a year before the day of',
    'a check may be outdated (`rules/engine/freshness.ts`): `npm run check` marks its findings, and',
    '`test/unit/freshness.test.ts` fails until the rule is reviewed again.',
    '',
    [...families].map(([family, list]) => `[${family}](#${family}) (${list.length})`).join(' · '),
  ];
  for (const [family, list] of families) {
    lines.push(
      '',
      `## ${family}`,
      '',
      '| Rule | Severity | Provinces | 规则 / Rule | Effective from | Reviewed | Sources |',
      '|---|---|---|---|---|---|---|',
      ...list.map(ruleRow),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The README's rule count: how many rules, where they live, and the link to the catalogue. */
export function ruleCountMarkdown(rules: readonly Rule[]): string {
  const count = (prefix: string) => rules.filter((rule) => rule.id.startsWith(`${prefix}/`)).length;
  return (
    `**${rules.length} rules**: ${count('national')} national, ${count('materials')} for the materials ` +
    `checklist and ${count('provinces')} for single provinces, in ${byFamily(rules).size} families. ` +
    `The full list, with each rule's severity, provinces, effective date and sources, is in ` +
    `[rules/CATALOGUE.md](${CATALOGUE_PATH}).`
  );
}

/** `rules/EXCERPT-COVERAGE.md`: each statement of the original help excerpts and what honours it, or why nothing does. */
export function excerptCoverageMarkdown(statements: readonly ExcerptStatement[] = EXCERPT_COVERAGE): string {
  const ids = (list: readonly string[] | undefined) => (list ?? []).map((id) => `\`${id}\``).join('<br>') || '—';
  const count = (kind: ReturnType<typeof coverageOf>) => statements.filter((s) => coverageOf(s) === kind).length;
  const lines = [
    '# Coverage of the original help excerpts',
    '',
    `<!-- Generated from rules/excerpt-coverage.ts by \`${DOCS_COMMAND}\`: do not edit by hand. -->`,
    '',
    `Every statement of the provider's help-centre excerpts this product started from (${EXCERPT_LINE_COUNT} lines, not`,
    'kept in the repository), named by a short phrase from it and the lines it is on, with the source that states it and',
    'the rules, checklist materials and panel helpers (`verification/…`, in `rules/verification/`) that honour it, or why',
    'nothing applies. A test fails when a line has no statement, a statement has neither, or an id does not exist.',
    '',
    `${statements.length} statements: ${count('honoured')} honoured, ${count('partly')} honoured in part, ${count('not-applicable')} not applicable.`,
    '',
    '| Statement | Lines | Phrase | In short | Source | Rules | Materials | Panel helpers | Not covered |',
    '|---|---|---|---|---|---|---|---|---|',
    ...statements.map((s) => {
      const source = s.source ? resolveSource(s.source) : undefined;
      const sourceCell = source ? `[${s.source}](${encodeURI(decodeURI(source.url))})` : '—';
      const gap = s.reason ? `not applicable: ${s.reason}` : s.partly ? `in part: ${s.partly}` : '';
      return `| \`${s.id}\` | ${s.lines.join(', ')} | ${escapeCell(s.phrase)} | ${escapeCell(s.about)} | ${sourceCell} | ${ids(s.rules)} | ${ids(s.materials)} | ${ids(s.helpers)} | ${escapeCell(gap)} |`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

/** Everything `npm run docs` generates from the rules. */
export function generateDocs(rules: readonly Rule[]): GeneratedDocs {
  return {
    files: [
      { path: CATALOGUE_PATH, text: catalogueMarkdown(rules) },
      { path: EXCERPT_COVERAGE_PATH, text: excerptCoverageMarkdown() },
    ],
    sections: [
      { path: README_PATH, name: 'rules', text: ruleCountMarkdown(rules) },
      { path: README_PATH, name: 'coverage', text: coverageMarkdown(rules, 'zh-CN') },
    ],
  };
}

function markers(name: string): { start: string; end: string } {
  return { start: `<!-- generated:${name} -->`, end: `<!-- /generated:${name} -->` };
}

/** The text between a section's markers, or undefined when the file lacks them. */
export function readSection(file: string, name: string): string | undefined {
  const { start, end } = markers(name);
  const from = file.indexOf(start);
  const to = file.indexOf(end);
  if (from < 0 || to < from) return undefined;
  return file
    .slice(from + start.length, to)
    .replace(/^\n/, '')
    .replace(/\n$/, '');
}

/** `file` with the text between a section's markers replaced. */
export function replaceSection(file: string, name: string, text: string): string {
  const { start, end } = markers(name);
  const from = file.indexOf(start);
  const to = file.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the file lacks the ${start} … ${end} markers`);
  return `${file.slice(0, from + start.length)}\n${text}\n${file.slice(to)}`;
}
