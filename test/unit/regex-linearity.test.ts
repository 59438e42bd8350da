/**
 * No regex in the sources can take super-linear time. Page text is untrusted and can be
 * huge, and the rules run on the console's main thread on every key press: a quadratic
 * pattern made 30,000 typed characters cost seconds.
 *
 * Proved without timing anything: eslint-plugin-regexp analyses each pattern's automaton
 * (`no-super-linear-backtracking`: two quantifiers that can trade characters;
 * `no-super-linear-move`: a quantifier the engine rescans from every start position).
 * `npm run lint` applies the same rules to the whole tree; this test keeps the guarantee
 * inside the unit suite and pins the patterns that were rewritten. The rewritten code then
 * gets the attack strings themselves and must give the right answer; nothing is timed (a
 * linear pass over 30,000 characters takes about a millisecond; the old patterns took a third
 * of a second to seconds each on an idle machine, the old heading pattern far longer).
 */
import { ESLint, Linter } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { normalizeLabel } from '../../components/console/local-keys';
import { withoutBracketed } from '../../rules/checks/brackets';
import { hostOf } from '../../rules/checks/domain';
import type { FilingForm } from '../../rules/model/filing-form';
import appStoreNames from '../../rules/national/app-store-names';
import otherContentRemark from '../../rules/national/individual-other-content-remark';
import doorNumber from '../../rules/provinces/shared/address-door-number';
import { headingAnchors } from '../docs/links';
import { makeApp } from '../support/make-app';
import { makeForm, TODAY } from '../support/make-form';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const LINEARITY_RULES: Linter.RulesRecord = {
  'regexp/no-super-linear-backtracking': 'error',
  'regexp/no-super-linear-move': 'error',
};

const CONFIG: Linter.Config[] = [
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser as Linter.Parser },
    plugins: { regexp },
    rules: LINEARITY_RULES,
  },
];

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
}

async function findings(patterns: readonly string[]): Promise<Finding[]> {
  // No inline configuration: an `eslint-disable` comment cannot hide a pattern from this test.
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: CONFIG, allowInlineConfig: false, errorOnUnmatchedPattern: false });
  const results = await eslint.lintFiles([...patterns]);
  return results.flatMap((r) =>
    r.messages.map((m) => ({ file: r.filePath.slice(ROOT.length).replaceAll('\\', '/'), line: m.line, rule: m.ruleId ?? `fatal: ${m.message}` })),
  );
}

describe('regex linearity', () => {
  it('the check is real: a quadratic pattern is reported', () => {
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify("export const core = (s: string) => s.replace(/[（(][^）)]*[）)]/gu, '');", CONFIG, { filename: 'probe.ts' });
    expect(messages.map((m) => m.ruleId)).toEqual(['regexp/no-super-linear-move']);
  });

  // The patterns a security review timed at seconds for 30,000 characters, and two more the lint found.
  it.each([
    ['unit names (bracketed parts)', 'rules/checks/unit-name.ts'],
    ['address door numbers (dashed numbers, numerals before 号)', 'rules/provinces/shared/address-door-number.ts'],
    ['website remarks (trailing full stops)', 'rules/national/individual-other-content-remark.ts'],
    ['host names (path, query, fragment)', 'rules/checks/domain.ts'],
    ['app names (bracketed platform marks)', 'rules/national/app-store-names.ts'],
    ['bracketed parts (unit names, console labels)', 'rules/checks/brackets.ts'],
    ['console labels (spaces, bracketed hints)', 'components/console/local-keys.ts'],
    ['console mailing address (cascader parts)', 'components/console/fields/identity.ts'],
  ])('%s: %s is linear', async (_what, file) => {
    expect(await findings([file])).toEqual([]);
  });

  it('rules/ and test/ hold no super-linear regex', async () => {
    expect(await findings(['rules', 'test'])).toEqual([]);
  }, 120_000);

  it('the extension code holds none', async () => {
    expect(await findings(['entrypoints', 'components'])).toEqual([]);
  }, 120_000);
});

/** Long enough that a quadratic pattern took seconds (the review's 30,000 typed characters). */
const N = 30_000;
const CTX = { today: TODAY, provider: 'huawei' } as const;

describe('attack strings get the right answer', () => {
  it('bracketed parts: many opening brackets, none closed', () => {
    expect(withoutBracketed('（'.repeat(N))).toBe('（'.repeat(N));
    expect(withoutBracketed('(a'.repeat(N))).toBe('(a'.repeat(N));
    expect(withoutBracketed(`${'（'.repeat(N)}）x`)).toBe('x');
  });

  it('console labels: a long run of spaces, of opening brackets', () => {
    expect(normalizeLabel(`备注${' \u3000\u00a0'.repeat(N)}（选填`)).toBe('备注(选填');
    expect(normalizeLabel('（'.repeat(N))).toBe('('.repeat(N));
  });

  it('host names: many path delimiters before a line break', () => {
    const text = `a${'/'.repeat(N)}\nb`;
    expect(hostOf(text)).toBe(text);
    expect(hostOf(`example.com${'?'.repeat(N)}`)).toBe('example.com');
  });

  it('website remarks: a long run of full stops not at the end', () => {
    const form = (remark: string): FilingForm =>
      makeForm('individual', (f) => {
        f.websites![0]!.serviceContent = ['other'];
        f.websites![0]!.remark = remark;
      });
    expect(otherContentRemark.check(form(`${'。'.repeat(N)}个人摄影`), CTX)).toEqual([]);
    expect(otherContentRemark.check(form(`无${'。'.repeat(N)}`), CTX)).toHaveLength(1);
  });

  it('door numbers: a long digit run without dashes, a long numeral run without 号', () => {
    const at = (province: 'BJ' | 'SD', detail: string): FilingForm =>
      makeForm('individual', (f) => {
        f.province = province;
        f.subject!.mailingAddress!.detail = detail;
      });
    expect(doorNumber.check(at('BJ', `${'1'.repeat(N)}号`), CTX)).toEqual([]);
    expect(doorNumber.check(at('BJ', `${'1-'.repeat(N)}x`), CTX)).toEqual([
      { field: 'subject.mailingAddress.detail', message: 'dashedNumber', params: { text: `${'1-'.repeat(N - 1)}1` } },
    ]);
    expect(doorNumber.check(at('SD', `泉城路${'十'.repeat(N)}`), CTX)).toEqual([{ field: 'subject.mailingAddress.detail', message: 'noDoorNumber' }]);
  });

  it('app names: a platform word in a bracket, then a long run of spaces never closed', () => {
    const withApp = (name: string): FilingForm => makeForm('enterprise', (f) => void (f.apps = [makeApp((a) => void (a.name = name))]));
    expect(appStoreNames.check(withApp(`示例记账（iOS${' '.repeat(N)}x`), CTX)).toEqual([]);
  });

  it('Markdown headings: a long run of spaces inside the heading', () => {
    expect([...headingAnchors(`# a${' '.repeat(N)}b ##\n`)]).toEqual([`a${'-'.repeat(N)}b`]);
  });
});
