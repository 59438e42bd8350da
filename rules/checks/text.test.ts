import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allContained,
  toWellFormed,
  charLength,
  compact,
  countHan,
  emojisIn,
  firstContained,
  hanBigrams,
  hasLatinWord,
  isDigitsOnly,
  isLatinAndDigitsOnly,
  isLatinOnly,
  latinTokens,
  lettersAndDigits,
  symbolsIn,
} from './text';

describe('counting', () => {
  it('counts Han characters and every character once', () => {
    expect(countHan('示例Tech官网')).toBe(4);
    expect(charLength('示例Tech')).toBe(6);
    expect(charLength('𠀀a')).toBe(2); // a supplementary-plane character is one, not two UTF-16 units
  });
});

describe('word search', () => {
  it('finds words case-insensitively', () => {
    expect(firstContained('My DEMO 应用', ['test', 'demo'])).toBe('demo');
    expect(firstContained('张三的笔记', ['论坛'])).toBeUndefined();
    expect(allContained('个人论坛社区', ['社区', '论坛', '网站'])).toEqual(['社区', '论坛']);
  });

  it('matches Latin words whole, with a plural', () => {
    expect(hasLatinWord('Demo App', 'demo')).toBe(true);
    expect(hasLatinWord('测试Tests', 'test')).toBe(true);
    expect(hasLatinWord('Contest', 'test')).toBe(false);
    expect(hasLatinWord('testing', 'test')).toBe(false);
    expect(latinTokens('My-Test App2')).toEqual(['my', 'test', 'app']);
  });
});

describe('character classes', () => {
  it('compacts for comparison', () => {
    expect(compact(' Zhang San ')).toBe('zhangsan');
  });

  it('keeps letters and digits of any script', () => {
    expect(lettersAndDigits('Web 2.0 · 示例!')).toBe('Web20示例');
  });

  it('tells digits-only names', () => {
    expect(isDigitsOnly('12 34')).toBe(true);
    expect(isDigitsOnly('2024!!')).toBe(true);
    expect(isDigitsOnly('2024年')).toBe(false);
    expect(isDigitsOnly('!!!')).toBe(false);
  });

  it('tells Latin-only names, accents included', () => {
    expect(isLatinOnly('My Blog')).toBe(true);
    expect(isLatinOnly('Café-Notes')).toBe(true);
    expect(isLatinOnly('My Blog 2')).toBe(false);
    expect(isLatinOnly('我的Blog')).toBe(false);
    expect(isLatinOnly('')).toBe(false);
  });

  it('tells names of Latin letters and digits only', () => {
    expect(isLatinAndDigitsOnly('web2')).toBe(true);
    expect(isLatinAndDigitsOnly('ABC 123')).toBe(true);
    expect(isLatinAndDigitsOnly('abc')).toBe(false);
    expect(isLatinAndDigitsOnly('123')).toBe(false);
    expect(isLatinAndDigitsOnly('web2笔记')).toBe(false);
  });

  it('lists symbols once each, sparing letters of every script and the allowed ones', () => {
    expect(symbolsIn('示例@科技#官网@')).toEqual(['@', '#']);
    expect(symbolsIn('阿依古丽·买买提的笔记', '·')).toEqual([]);
    expect(symbolsIn('བོད་ཡིག')).toEqual(['་']); // the Tibetan syllable mark is punctuation
    expect(symbolsIn('Ⅱ号①')).toEqual([]); // numbers of any form are digits
    expect(symbolsIn('家👨‍👩‍👧')).toEqual(['👨', '👩', '👧']); // the zero-width joiner is not listed
  });

  it('finds emoji but not ©, ® or ™', () => {
    expect(emojisIn('快乐🔥记账😀🔥')).toEqual(['🔥', '😀']);
    expect(emojisIn('☀天气')).toEqual(['☀']);
    expect(emojisIn('示例©®™')).toEqual([]);
    expect(emojisIn('🇨🇳')).toHaveLength(2);
  });

  it('lists Han bigrams', () => {
    expect(hanBigrams('示例科技')).toEqual(['示例', '例科', '科技']);
    expect(hanBigrams('A示例B官网')).toEqual(['示例', '官网']);
    expect(hanBigrams('示')).toEqual([]);
  });
});

/** The first, regex-per-character definitions: the code-unit fast paths must answer as they do. */
describe('text predicates against their regex definitions', () => {
  const HAN_RE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
  const EMOJI_RE = /(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}|[\u{1f1e6}-\u{1f1ff}]/u;
  const core = (value: string) => value.replace(/[^\p{L}\p{N}]/gu, '');
  const ref = {
    countHan: (value: string) => [...value].filter((ch) => HAN_RE.test(ch)).length,
    charLength: (value: string) => [...value].length,
    isDigitsOnly: (value: string) => /^[0-9]+$/.test(core(value)),
    isLatinOnly: (value: string) => /^\p{Script=Latin}+$/u.test(core(value)),
    isLatinAndDigitsOnly: (value: string) => /^[A-Za-z0-9]+$/.test(core(value)) && /[A-Za-z]/.test(core(value)) && /[0-9]/.test(core(value)),
    symbolsIn: (value: string, allowed = '') => [...new Set([...value].filter((ch) => !/[\p{L}\p{N}\p{M}\s\p{Cf}]/u.test(ch) && !allowed.includes(ch)))],
    emojisIn: (value: string) => [...new Set([...value].filter((ch) => EMOJI_RE.test(ch)))],
  };
  const pieces = fc.constantFrom(
    '示例',
    '网',
    '㐀',
    '豈',
    '\u9fff',
    'a',
    'Z',
    'é',
    '1',
    '２',
    ' ',
    '\u3000',
    '\t',
    '·',
    '-',
    '!',
    '©',
    '™',
    '😀',
    '🇨🇳',
    '#',
    '\u200d',
    '\u0301',
    '\ud800',
    '\udc00',
    '𠀀',
    'İ',
  );
  const texts = fc.oneof(
    fc.array(pieces, { maxLength: 10 }).map((p) => p.join('')),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
  );

  it('agree on any text', () => {
    fc.assert(
      fc.property(texts, (value) => {
        expect(countHan(value)).toBe(ref.countHan(value));
        expect(charLength(value)).toBe(ref.charLength(value));
        expect(isDigitsOnly(value)).toBe(ref.isDigitsOnly(value));
        expect(isLatinOnly(value)).toBe(ref.isLatinOnly(value));
        expect(isLatinAndDigitsOnly(value)).toBe(ref.isLatinAndDigitsOnly(value));
        expect(symbolsIn(value)).toEqual(ref.symbolsIn(value));
        expect(symbolsIn(value, '·-')).toEqual(ref.symbolsIn(value, '·-'));
        expect(emojisIn(value)).toEqual(ref.emojisIn(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('agree on every ASCII character and every character of the main CJK block', () => {
    for (let code = 0; code < 128; code++) expect(symbolsIn(String.fromCharCode(code))).toEqual(ref.symbolsIn(String.fromCharCode(code)));
    for (let code = 0x4e00; code <= 0x9fff; code += 7) {
      const ch = String.fromCharCode(code);
      expect([symbolsIn(ch), isLatinOnly(`${ch}a`), emojisIn(ch)]).toEqual([ref.symbolsIn(ch), ref.isLatinOnly(`${ch}a`), ref.emojisIn(ch)]);
    }
  });
});

describe('toWellFormed', () => {
  it('replaces lone surrogates with U+FFFD and keeps pairs', () => {
    expect(toWellFormed('ab\uD800')).toBe('ab\uFFFD');
    expect(toWellFormed('\uDC00示例')).toBe('\uFFFD示例');
    expect(toWellFormed('\uDFFF\uD800')).toBe('\uFFFD\uFFFD');
    expect(toWellFormed('\uD800\uD83D\uDE00')).toBe('\uFFFD😀');
    const plain = '示例😀abc';
    expect(toWellFormed(plain)).toBe(plain);
  });

  it('gives what String.prototype.toWellFormed gives, and a string encodeURIComponent accepts', () => {
    const native = (String.prototype as { toWellFormed?: () => string }).toWellFormed;
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.array(fc.integer({ min: 0xd800, max: 0xdfff }), { maxLength: 4 }), (text, surrogates) => {
        const value = text + String.fromCharCode(...surrogates) + text;
        const fixed = toWellFormed(value);
        expect(() => encodeURIComponent(fixed)).not.toThrow();
        if (native) expect(fixed).toBe(native.call(value));
      }),
    );
  });
});
