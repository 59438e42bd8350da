import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang, Params } from './types';
import { formatMessage, placeholders } from './format';

/** The regex replacement formatMessage was first written as: the specification of the compiled templates. */
function reference(template: string, params: Params = {}, lang: Lang = 'zh-CN'): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}

describe('formatMessage', () => {
  it('fills placeholders per language and leaves unknown ones as written', () => {
    const params = { name: '示例', n: 3, owner: { 'zh-CN': '主体负责人', en: 'subject principal' } };
    expect(formatMessage('{owner}的{name}有{n}个', params)).toBe('主体负责人的示例有3个');
    expect(formatMessage('The {owner} of {name}: {n}, {missing}', params, 'en')).toBe('The subject principal of 示例: 3, {missing}');
  });

  it('treats braces that hold no word as text', () => {
    expect(formatMessage('{} {a-b} {{x}} {x', { x: 1 })).toBe('{} {a-b} {1} {x');
  });

  it('gives what the regex replacement gives for any template and parameters', () => {
    const pieces = fc.constantFrom('{', '}', '{a}', '{b}', '{a_1}', '{missing}', '{{a}}', 'a', '文', ' ', '-', '$&', '$1');
    const templates = fc.oneof(
      fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')),
      fc.string({ maxLength: 20 }),
    );
    const value = fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.record({ 'zh-CN': fc.string({ maxLength: 3 }), en: fc.string({ maxLength: 3 }) }));
    const params = fc.option(fc.record({ a: value, b: value, a_1: value }, { requiredKeys: [] }), { nil: undefined });
    fc.assert(
      fc.property(templates, params, fc.constantFrom<Lang>('zh-CN', 'en'), (template, p, lang) => {
        expect(formatMessage(template, p, lang)).toBe(reference(template, p, lang));
        // A second call reads the compiled template.
        expect(formatMessage(template, p, lang)).toBe(reference(template, p, lang));
      }),
      { numRuns: 3000 },
    );
  });

  it('placeholders lists the names the template fills', () => {
    expect(placeholders('{a} and {b_2} but not {c-d}')).toEqual(['a', 'b_2']);
  });
});
