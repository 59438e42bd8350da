/**
 * Conventions every rule module must keep, so that adding a rule is two files: the
 * module and its sibling test. A rule that breaks one fails here, named.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ALL_RULES } from '../../rules/all-rules';
import { loadAllRules } from '../../rules/load-rules';
import { placeholders } from '../../rules/engine/format';
import { RuleMetaSchema } from '../../rules/engine/meta-schema';
import { parseFieldPath } from '../../rules/model/field-path';
import { FIELDS, fieldPattern } from '../../rules/model/fields';
import { FilingFormSchema } from '../../rules/model/filing-form';
import { MATERIALS, type MaterialInfo } from '../../rules/model/materials';
import { isProviderPlaceholder } from '../../rules/model/providers';
import { PROVINCE_CODES } from '../../rules/model/provinces';
import { SOURCES } from '../../rules/sources';

/**
 * Placeholders a text uses that the engine does not fill from the provider table
 * (rules/model/providers.ts). A `{provider…}` name that is not in the table is a typo.
 */
function ownPlaceholders(template: string): string[] {
  return placeholders(template).filter((name) => !isProviderPlaceholder(name));
}
const misspeltProviderPlaceholders = (template: string) => ownPlaceholders(template).filter((name) => name.startsWith('provider'));
const materialTexts = (info: MaterialInfo) => [info.zh, info.en, info.howTo?.zh ?? '', info.howTo?.en ?? ''];

const RULES_ROOT = fileURLToPath(new URL('../../rules/', import.meta.url));
const fileOf = (id: string) => `${RULES_ROOT}${id}.ts`;
const testFileOf = (id: string) => `${RULES_ROOT}${id}.test.ts`;

/** Every shared province rule module, with its named exports (the province tables it is scoped by). */
const SHARED_MODULES = import.meta.glob<Record<string, unknown>>(
  ['../../rules/provinces/shared/*.ts', '!../../rules/provinces/shared/*.test.ts', '!../../rules/provinces/shared/_*.ts'],
  { eager: true },
);

/** The named exports of a module that are per-province tables: plain objects keyed by province codes only. */
function provinceTables(module: Record<string, unknown>): Record<string, object> {
  const isTable = (value: unknown): value is object =>
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length > 0 &&
    Object.keys(value).every((key) => (PROVINCE_CODES as readonly string[]).includes(key));
  return Object.fromEntries(Object.entries(module).filter(([name, value]) => name !== 'default' && isTable(value))) as Record<string, object>;
}

/** The part of the form model a field-id pattern names (`websites[].principal` → the principal schema), or undefined. */
function modelAt(pattern: string): z.ZodType | undefined {
  let schema: z.ZodType | undefined = FilingFormSchema;
  for (const step of parseFieldPath(pattern)) {
    while (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
    if (step === '[]') schema = schema instanceof z.ZodArray ? (schema.element as z.ZodType) : undefined;
    else schema = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>)[step] : undefined;
    if (!schema) return undefined;
  }
  return schema;
}

describe('the rule set', () => {
  it('is not empty', () => expect(ALL_RULES.length).toBeGreaterThan(0));

  it('is the same whether Vite bundles it or Node loads it', async () => {
    const fromNode = await loadAllRules();
    expect(fromNode.map((r) => r.id)).toEqual(ALL_RULES.map((r) => r.id));
  });

  it('has no two rules with one id', () => {
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
  });

  it('fills catalog material names and how-tos from the provider table only (no other placeholders)', () => {
    for (const [id, info] of Object.entries(MATERIALS))
      for (const text of materialTexts(info))
        expect(
          placeholders(text).filter((n) => !isProviderPlaceholder(n)),
          id,
        ).toEqual([]);
  });

  it('declares each rule-local material once, the same way everywhere, and never shadows the catalog', () => {
    const seen = new Map<string, string>();
    for (const rule of ALL_RULES) {
      for (const [id, info] of Object.entries(rule.materials ?? {})) {
        expect(id in MATERIALS, `${rule.id}: material ${id} is in the catalog already`).toBe(false);
        const json = JSON.stringify(info);
        expect(seen.get(id) ?? json, `${rule.id}: material ${id} declared differently elsewhere`).toBe(json);
        seen.set(id, json);
      }
    }
  });
});

describe('the form model lookup the metadata checks use', () => {
  it('finds fields, lists and their items, and nothing else', () => {
    for (const pattern of ['subject.principal.mobile', 'websites[]', 'websites[].domains[]', 'filed.websites[].name', 'materials'])
      expect(modelAt(pattern), pattern).toBeDefined();
    for (const pattern of ['websites[].nope', 'subject[]', 'subject.name.length', 'materials[]']) expect(modelAt(pattern), pattern).toBeUndefined();
  });
});

describe.each(ALL_RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('matches the metadata schema', () => {
    const parsed = RuleMetaSchema.safeParse(rule);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('lives at the path its id names and has a sibling test', () => {
    expect(existsSync(fileOf(id))).toBe(true);
    expect(existsSync(testFileOf(id)), `${id}.test.ts is missing`).toBe(true);
  });

  it('has the same message ids and placeholders in both languages', () => {
    const zh = rule.texts['zh-CN'].messages;
    const en = rule.texts.en.messages;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    // The params a check gives fill the rule's own placeholders; the engine fills the provider's (rules/model/providers.ts).
    for (const key of Object.keys(zh)) {
      expect(placeholders(en[key]!).sort(), `placeholders of ${key}`).toEqual(placeholders(zh[key]!).sort());
      for (const text of [zh[key]!, en[key]!]) expect(misspeltProviderPlaceholders(text), `${key}: not a provider placeholder`).toEqual([]);
    }
  });

  it('uses no placeholder in its title, why, fix and materials but the provider ones (nothing else fills them)', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const { title, why, fix } = rule.texts[lang];
      for (const [part, text] of Object.entries({ title, why, fix }))
        expect(
          placeholders(text).filter((n) => !isProviderPlaceholder(n)),
          `${lang} ${part}`,
        ).toEqual([]);
    }
    for (const [id, info] of Object.entries(rule.materials ?? {})) {
      for (const text of materialTexts(info))
        expect(
          placeholders(text).filter((n) => !isProviderPlaceholder(n)),
          `material ${id}`,
        ).toEqual([]);
    }
  });

  it('tests every message id', () => {
    const test = readFileSync(testFileOf(id), 'utf8');
    for (const messageId of Object.keys(rule.texts['zh-CN'].messages)) {
      expect(test, `${id}.test.ts never expects message '${messageId}'`).toMatch(new RegExp(`message: '${messageId}'`));
    }
  });

  it('cites sources with an https URL and a retrieved date', () => {
    for (const ref of rule.sources) {
      const source = typeof ref === 'string' ? SOURCES[ref] : ref;
      expect(source?.url).toMatch(/^https:\/\//);
      expect(source?.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('reads only known fields', () => {
    for (const field of rule.reads) expect(FIELDS[fieldPattern(field)] ?? FIELDS[field.split('.')[0]!], field).toBeDefined();
  });

  it('declares as alsoReads only parts of the form model, none of them already in reads', () => {
    for (const pattern of rule.alsoReads ?? []) {
      expect(modelAt(pattern), `${pattern} is not in the FilingForm model`).toBeDefined();
      expect(rule.reads, `${pattern} is in reads already`).not.toContain(pattern);
    }
  });

  it('scopes a province rule to its province (shared/: to two or more provinces)', () => {
    const dir = /^provinces\/([a-z]{2}|shared)\//.exec(id)?.[1];
    if (!dir) return expect(rule.scope.provinces, 'national rules have no province scope').toBeUndefined();
    if (dir === 'shared') expect(rule.scope.provinces?.length ?? 0).toBeGreaterThanOrEqual(2);
    else expect(rule.scope.provinces).toEqual([dir.toUpperCase()]);
  });

  it('scopes a shared rule by its province table (every row is in scope, every scoped province has a row)', () => {
    if (!id.startsWith('provinces/shared/')) return;
    const module = SHARED_MODULES[`../../rules/${id}.ts`];
    expect(module, `${id} is not among the shared modules`).toBeDefined();
    const tables = Object.values(provinceTables(module!));
    expect(tables.length, `${id} exports no province table (export the table its scope is derived from)`).toBeGreaterThan(0);
    const rows = [...new Set(tables.flatMap((table) => Object.keys(table)))].sort();
    expect([...(rule.scope.provinces ?? [])].sort()).toEqual(rows);
  });

  it('starts before it ends', () => {
    if (rule.effectiveFrom && rule.effectiveUntil) expect(rule.effectiveFrom < rule.effectiveUntil).toBe(true);
  });

  it('never reads the clock or the page', () => {
    const source = readFileSync(fileOf(id), 'utf8');
    expect(source).not.toMatch(/\bDate\.now\(|new Date\(\)|\bdocument\.|\bwindow\.|\bbrowser\.|\bchrome\.|from 'wxt/);
  });
});

describe('the rules core', () => {
  it('imports nothing from the DOM, browser APIs or WXT', async () => {
    const { readdirSync, statSync } = await import('node:fs');
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => (statSync(`${dir}/${name}`).isDirectory() ? walk(`${dir}/${name}`) : [`${dir}/${name}`]));
    const offenders = walk(RULES_ROOT.replace(/\/$/, ''))
      .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
      .filter((path) => /from ['"](wxt|webextension-polyfill|preact)|\bdocument\.|\bwindow\.|\bbrowser\.runtime/.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
