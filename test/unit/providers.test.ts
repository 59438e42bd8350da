/**
 * The provider is context, not text: every rule and material, described for Alibaba Cloud
 * or Tencent Cloud, names neither Huawei nor its app, templates or IPs. A text may name a
 * provider only inside a phrase its rule lists in `citations` (a source is a source).
 */
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/all-rules';
import { placeholders } from '../../rules/engine/format';
import { describe as describeRaw, describeRules, run, type RawResult, type RunResult } from '../../rules/engine/run';
import { defineRule, LANGS, type Lang, type Params, type Rule } from '../../rules/engine/types';
import { MATERIALS } from '../../rules/model/materials';
import {
  DEFAULT_PROVIDER,
  isProviderPlaceholder,
  PROVIDER_IDS,
  PROVIDER_PLACEHOLDERS,
  PROVIDERS,
  providerParams,
  type ProviderId,
} from '../../rules/model/providers';
import { makeForm, TODAY } from '../support/make-form';

const HUAWEI = /华为|huawei/i;
const ANY_PROVIDER = /华为|huawei|阿里|alibaba|aliyun|腾讯|tencent/i;

/** Sample params for a message: every placeholder that is not the engine's gets a plain value. */
function sampleParams(...templates: string[]): Params {
  const params: Record<string, string> = {};
  for (const template of templates) for (const name of placeholders(template)) if (!isProviderPlaceholder(name)) params[name] = 'X';
  return params;
}

const catalog = describeRules(ALL_RULES);

/** Every finding message of every rule, and every material with a reason, as the engine describes them for `provider`. */
function describeEverything(provider: ProviderId, rules: readonly Rule[] = ALL_RULES): RunResult {
  const findings: RawResult['findings'][number][] = [];
  const materials: RawResult['materials'][number][] = [];
  for (const rule of rules) {
    for (const messageId of Object.keys(rule.texts['zh-CN'].messages)) {
      const params = sampleParams(rule.texts['zh-CN'].messages[messageId]!, rule.texts.en.messages[messageId]!);
      findings.push({ ruleId: rule.id, field: `f.${messageId}`, severity: rule.severity, messageId, params });
    }
    for (const materialId of Object.keys(rule.materials ?? {})) {
      materials.push({ key: `${materialId}@${rule.id}`, materialId, reasons: [], status: 'missing' });
    }
  }
  const anyRule = ALL_RULES[0]!;
  const anyMessage = Object.keys(anyRule.texts['zh-CN'].messages)[0]!;
  for (const materialId of Object.keys(MATERIALS)) {
    materials.push({
      key: materialId,
      materialId,
      reasons: [{ ruleId: anyRule.id, messageId: anyMessage, params: sampleParams(anyRule.texts['zh-CN'].messages[anyMessage]!) }],
      status: 'missing',
    });
  }
  // Rule-local materials need their rule as a reason to be found.
  const withReasons = materials.map((m) => {
    if (m.reasons.length > 0) return m;
    const ruleId = m.key.slice(m.key.indexOf('@') + 1);
    const rule = rules.find((r) => r.id === ruleId)!;
    const messageId = Object.keys(rule.texts['zh-CN'].messages)[0]!;
    return { ...m, reasons: [{ ruleId, messageId, params: sampleParams(rule.texts['zh-CN'].messages[messageId]!, rule.texts.en.messages[messageId]!) }] };
  });
  return describeRaw({ findings, notApplicable: [], unknown: [], passed: [], materials: withReasons, provider }, catalog);
}

/** The texts a user of `provider` reads from one rule, by language, with the rule's citations taken out. */
function shownTexts(result: RunResult, rule: Rule, lang: Lang): string[] {
  const texts = result.findings.filter((f) => f.ruleId === rule.id).flatMap((f) => [f.message[lang], f.title[lang], f.why[lang], f.fix[lang]]);
  return texts.map((text) => (rule.citations?.[lang] ?? []).reduce((rest, citation) => rest.split(citation).join('〔citation〕'), text));
}

const appliesTo = (rule: Rule, provider: ProviderId) => !rule.scope.providers || rule.scope.providers.includes(provider);

describe('the providers table', () => {
  it('has an entry for every provider id, every value in both languages', () => {
    expect(Object.keys(PROVIDERS).sort()).toEqual([...PROVIDER_IDS].sort());
    for (const id of PROVIDER_IDS) {
      const params = providerParams(id);
      expect(Object.keys(params).sort()).toEqual([...PROVIDER_PLACEHOLDERS].sort());
      for (const value of Object.values(params)) for (const lang of LANGS) expect(value[lang].trim(), `${id}`).not.toBe('');
    }
  });

  it('names its placeholders as the formatter reads them', () => {
    for (const name of PROVIDER_PLACEHOLDERS) expect(placeholders(`{${name}}`)).toEqual([name]);
  });

  it('names Huawei in no other provider’s entry', () => {
    for (const id of PROVIDER_IDS.filter((p) => p !== 'huawei')) expect(JSON.stringify(PROVIDERS[id])).not.toMatch(HUAWEI);
  });
});

describe.each(PROVIDER_IDS.filter((p) => p !== 'huawei'))('described for %s', (provider) => {
  const result = describeEverything(provider);

  it.each(ALL_RULES.filter((rule) => appliesTo(rule, provider)).map((rule) => [rule.id, rule] as const))(
    '%s names Huawei only where it cites a source',
    (_id, rule) => {
      for (const lang of LANGS) {
        for (const text of shownTexts(result, rule, lang)) expect(text, `${rule.id} (${lang})`).not.toMatch(HUAWEI);
      }
    },
  );

  it('names Huawei in no material name or how-to', () => {
    expect(result.materials.length).toBeGreaterThan(Object.keys(MATERIALS).length - 1);
    for (const item of result.materials) {
      for (const text of [...Object.values(item.name), ...Object.values(item.howTo ?? {})]) expect(text, item.key).not.toMatch(HUAWEI);
    }
  });

  it('fills every provider placeholder', () => {
    const texts = [
      ...result.findings.flatMap((f) => [f.message, f.title, f.why, f.fix].flatMap((b) => Object.values(b))),
      ...result.materials.flatMap((m) => [m.name, m.howTo ?? m.name].flatMap((b) => Object.values(b))),
    ];
    for (const text of texts) for (const name of PROVIDER_PLACEHOLDERS) expect(text).not.toContain(`{${name}}`);
  });
});

describe('citations', () => {
  it.each(ALL_RULES.filter((rule) => rule.citations).map((rule) => [rule.id, rule] as const))(
    '%s: each is in its texts and names a source by its provider',
    (_id, rule) => {
      for (const lang of LANGS) {
        const t = rule.texts[lang];
        const all = [t.title, t.why, t.fix, ...Object.values(t.messages)].join('\n');
        for (const citation of rule.citations![lang]) {
          expect(all, `${rule.id}: citation "${citation}" is not in its ${lang} texts`).toContain(citation);
          expect(citation, `${rule.id}: citation "${citation}" names no provider`).toMatch(ANY_PROVIDER);
        }
      }
    },
  );
});

describe('the engine and the provider', () => {
  const huaweiOnly = defineRule({
    id: 'national/test-huawei-only',
    severity: 'info',
    family: 'materials',
    scope: { providers: ['huawei'] },
    reads: [],
    texts: {
      'zh-CN': { title: '{provider}', messages: { m: '在{providerApp}中完成' }, why: '{providerPublicIp}', fix: '{providerTemplates}' },
      en: { title: '{provider}', messages: { m: 'in {providerApp}' }, why: '{providerPublicIp}', fix: '{providerTemplates}' },
    },
    sources: ['S5'],
    reviewedAt: '2026-12-07',
    check: () => [{ field: 'subject.name', message: 'm' }],
  });
  const everywhere = defineRule({ ...huaweiOnly, id: 'national/test-everywhere', scope: {} });

  it('runs for the default provider when none is given', () => {
    expect(DEFAULT_PROVIDER).toBe('huawei');
    const result = run(makeForm(), { today: TODAY, rules: [huaweiOnly] });
    expect(result.findings.map((f) => f.message['zh-CN'])).toEqual(['在华为云App中完成']);
  });

  it('puts a rule out of scope for another provider, with the reason "provider"', () => {
    for (const provider of ['aliyun', 'tencent'] as const) {
      const result = run(makeForm(), { today: TODAY, rules: [huaweiOnly], provider });
      expect(result.notApplicable).toEqual([expect.objectContaining({ ruleId: huaweiOnly.id, reason: 'provider' })]);
      expect(result.findings).toEqual([]);
    }
  });

  it('keeps one scope plan per provider: switching back and forth never carries a verdict over', () => {
    const rules = [huaweiOnly, everywhere];
    const form = makeForm();
    const outOfScope = (provider: ProviderId) => run(form, { today: TODAY, rules, provider }).notApplicable.map((n) => `${n.ruleId}:${n.reason}`);
    for (let i = 0; i < 2; i++) {
      expect(outOfScope('huawei')).toEqual([]);
      expect(outOfScope('aliyun')).toEqual([`${huaweiOnly.id}:provider`]);
      expect(outOfScope('tencent')).toEqual([`${huaweiOnly.id}:provider`]);
    }
  });

  it('fills title, why, fix and messages for the run’s provider, and never reuses one provider’s text for another', () => {
    const rules = [everywhere];
    const form = makeForm();
    const texts = (provider?: ProviderId) => {
      const f = run(form, { today: TODAY, rules, provider }).findings[0]!;
      return [f.title.en, f.message.en, f.why['zh-CN'], f.fix['zh-CN']];
    };
    const huawei = texts('huawei');
    expect(huawei).toEqual(['Huawei Cloud', 'in the Huawei Cloud app', '华为云中国大陆资源的公网IP', '华为云“备案材料模板下载”']);
    const aliyun = texts('aliyun');
    expect(aliyun[0]).toBe('Alibaba Cloud');
    expect(aliyun[1]).toBe('in the Alibaba Cloud app');
    expect(texts('tencent')[1]).toBe('in the WeChat mini-program 腾讯云网站备案');
    expect(texts('huawei')).toEqual(huawei);
    expect(texts()).toEqual(huawei);
    expect(texts('aliyun')).toEqual(aliyun);
  });

  it('fills provider placeholders from the table even when a rule’s params carry the same name', () => {
    const shadowing = defineRule({
      ...everywhere,
      id: 'national/test-shadowing',
      check: () => [{ field: 'subject.name', message: 'm', params: { providerApp: 'elsewhere' } }],
    });
    expect(run(makeForm(), { today: TODAY, rules: [shadowing], provider: 'aliyun' }).findings[0]!.message.en).toBe('in the Alibaba Cloud app');
  });

  it('describes materials for the run’s provider, alternating without stale texts', () => {
    const howTo = (provider: ProviderId) => {
      const raw = {
        findings: [],
        notApplicable: [],
        unknown: [],
        passed: [],
        provider,
        materials: [
          {
            key: 'authenticity-check',
            materialId: 'authenticity-check',
            reasons: [{ ruleId: 'materials/authenticity-check', messageId: 'faceCheck', params: { service: 'X' } }],
            status: 'missing' as const,
          },
        ],
      };
      return describeRaw(raw, catalog).materials[0]!;
    };
    expect(howTo('huawei').howTo?.['zh-CN']).toContain('华为云App');
    expect(howTo('aliyun').howTo?.['zh-CN']).toContain('阿里云App');
    expect(howTo('aliyun').reasons[0]!.message['zh-CN']).toContain('阿里云App');
    expect(howTo('huawei').reasons[0]!.message['zh-CN']).toContain('华为云App');
    expect(howTo('tencent').howTo?.en).toContain('腾讯云网站备案');
  });
});
