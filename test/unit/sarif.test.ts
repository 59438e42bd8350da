/** rules/sarif.ts in process: every rule as a SARIF rule descriptor, against the SARIF 2.1.0 schema. */
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/all-rules';
import type { Finding, RunResult } from '../../rules/engine/result';
import { pathToUriReference, sarifLog } from '../../rules/sarif';
import { sarifErrors } from '../support/sarif-schema';

/** One finding of every rule, with the rule's first message as its text. */
function everyRule(): RunResult {
  const findings = ALL_RULES.map((rule): Finding => {
    const text = (lang: 'zh-CN' | 'en') => Object.values<string>(rule.texts[lang].messages)[0] ?? rule.texts[lang].title;
    return {
      ruleId: rule.id,
      field: 'websites[0].domains[0]',
      severity: rule.severity,
      messageId: 'm',
      message: { 'zh-CN': text('zh-CN'), en: text('en') },
      title: { 'zh-CN': rule.texts['zh-CN'].title, en: rule.texts.en.title },
      why: { 'zh-CN': rule.texts['zh-CN'].why, en: rule.texts.en.why },
      fix: { 'zh-CN': rule.texts['zh-CN'].fix, en: rule.texts.en.fix },
      sources: [],
    };
  });
  return {
    findings,
    notApplicable: [],
    unknown: [{ ruleId: ALL_RULES[0]!.id, title: { 'zh-CN': '', en: '' }, missing: ['subject.name'] }],
    passed: [],
    materials: [],
  };
}

describe('sarifLog', () => {
  it('describes every rule validly (percent-encoded help URIs), in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const log = sarifLog([{ file: 'filings/张三 #1.json', result: everyRule() }], ALL_RULES, { lang, today: '2026-12-07', toolVersion: '0.1.0' });
      expect(sarifErrors(log)).toBe('');
      const run = log.runs[0]!;
      expect(run.tool.driver.rules.map((r) => r.id)).toEqual(ALL_RULES.map((r) => r.id));
      expect(run.results.map((r) => r.ruleIndex)).toEqual(ALL_RULES.map((_, i) => i));
      expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('filings/%E5%BC%A0%E4%B8%89%20%231.json');
    }
  });

  it('maps severities to SARIF levels: error → error, warning → warning, info → note', () => {
    const log = sarifLog([{ file: 'a.json', result: everyRule() }], ALL_RULES, { lang: 'en', today: '2026-12-07' });
    const levels = new Map(log.runs[0]!.tool.driver.rules.map((r) => [r.id, r.defaultConfiguration.level]));
    for (const rule of ALL_RULES) expect(levels.get(rule.id)).toBe({ error: 'error', warning: 'warning', info: 'note' }[rule.severity]);
  });

  it('writes Windows paths with forward slashes', () => {
    expect(pathToUriReference('filings\\a.json')).toBe('filings/a.json');
  });

  it('is checked by a validator that refuses what SARIF 2.1.0 refuses', () => {
    const good = sarifLog([{ file: 'a.json', result: everyRule() }], ALL_RULES, { lang: 'en', today: '2026-12-07' });
    expect(sarifErrors(good)).toBe('');
    // Untyped on purpose: each edit breaks the log in a way its type would refuse.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see the line above
    type Loose = any;
    const broken = (edit: (log: Loose) => void) => {
      const log = structuredClone(good) as unknown as Loose;
      edit(log);
      return sarifErrors(log);
    };
    expect(broken((log) => void delete log.version)).not.toBe('');
    expect(broken((log) => void (log.version = '2.0.0'))).not.toBe('');
    expect(broken((log) => void (log.runs[0].results[0].level = 'fatal'))).not.toBe('');
    expect(broken((log) => void (log.runs[0].results[0].message = {}))).not.toBe('');
    expect(broken((log) => void (log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'filings/张三 1.json'))).not.toBe('');
    expect(broken((log) => void (log.runs[0].tool.driver.rules[0].helpUri = 'not a uri'))).not.toBe('');
    expect(broken((log) => void (log.runs[0].surprise = true))).not.toBe('');
  });
});
