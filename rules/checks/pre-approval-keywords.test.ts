import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRE_APPROVAL_CATEGORIES, type PreApprovalCategory } from '../model/vocabulary';
import {
  categoryLabels,
  findPreApprovalKeywords,
  PRE_APPROVAL_KEYWORDS,
  uncoveredMatches,
  type PreApprovalKeyword,
  type PreApprovalMatch,
} from './pre-approval-keywords';

const words = (text: string, categories?: readonly PreApprovalCategory[]) => findPreApprovalKeywords(text, { categories }).map((m) => m.word);

describe('the keyword table', () => {
  it('uses only console categories and lists each word once', () => {
    for (const kw of PRE_APPROVAL_KEYWORDS) for (const c of kw.categories) expect(PRE_APPROVAL_CATEGORIES).toHaveProperty(c);
    const all = PRE_APPROVAL_KEYWORDS.map((kw) => kw.word);
    expect(new Set(all).size).toBe(all.length);
  });

  it('has words for every pre-approval category', () => {
    const covered = new Set(PRE_APPROVAL_KEYWORDS.flatMap((kw) => kw.categories));
    expect([...covered].sort()).toEqual(Object.keys(PRE_APPROVAL_CATEGORIES).sort());
  });

  it('keeps Latin keywords lower-case so matching can lower-case the text', () => {
    for (const kw of PRE_APPROVAL_KEYWORDS) expect(kw.word).toBe(kw.word.toLowerCase());
  });
});

describe('findPreApprovalKeywords', () => {
  it('finds a word with its category and position', () => {
    expect(findPreApprovalKeywords('示例新闻网')).toEqual([{ word: '新闻', categories: ['news'], index: 2 }]);
  });

  it('returns nothing for a plain name', () => {
    expect(findPreApprovalKeywords('张三的技术笔记')).toEqual([]);
    expect(findPreApprovalKeywords('')).toEqual([]);
  });

  it('lists several words in order of appearance, each once', () => {
    expect(words('理财新闻和理财课程')).toEqual(['理财', '新闻', '课程']);
  });

  it('prefers the longer of two overlapping words', () => {
    expect(words('医药商城')).toEqual(['医药']);
    expect(words('保健品小店')).toEqual(['保健品']);
    expect(words('医疗器械目录')).toEqual(['医疗器械']);
    expect(findPreApprovalKeywords('校外培训')[0]!.categories).toEqual(['off-campus-training']);
  });

  it('skips the listed exceptions but still finds the word elsewhere', () => {
    expect(words('佛山美食')).toEqual([]);
    expect(words('芍药花园')).toEqual([]);
    expect(words('佛山礼佛指南')).toEqual(['佛']);
    expect(words('示例公益基金会')).toEqual([]); // a charitable foundation is not a fund
    expect(words('保险柜选购')).toEqual([]);
  });

  it('gives words that belong to two categories both', () => {
    expect(findPreApprovalKeywords('游戏攻略')[0]!.categories).toEqual(['games', 'culture']);
    expect(findPreApprovalKeywords('直播间')[0]!.categories).toEqual(['culture', 'broadcasting']);
  });

  it('matches short Latin words whole only, case-insensitively, plural included', () => {
    expect(words('EDU Online')).toEqual(['edu']);
    expect(words('my-games.cn')).toEqual(['game']);
    expect(words('schedule')).toEqual([]);
    expect(words('newsletter')).toEqual([]);
    expect(words('Fundamentals')).toEqual([]);
  });

  it('matches longer pinyin and English words inside a domain label', () => {
    expect(words('51licai')).toEqual(['licai']);
    expect(words('bestinvest-hub')).toEqual(['invest']);
  });

  it('limits the search to the categories asked for', () => {
    expect(words('投资新闻', ['finance'])).toEqual(['投资']);
    expect(words('新闻网', ['finance'])).toEqual([]);
  });
});

describe('uncoveredMatches', () => {
  it('drops the matches a held pre-approval covers, by any of their categories', () => {
    const matches = findPreApprovalKeywords('新闻直播');
    expect(uncoveredMatches(matches, []).map((m) => m.word)).toEqual(['新闻', '直播']);
    expect(uncoveredMatches(matches, ['news']).map((m) => m.word)).toEqual(['直播']);
    expect(uncoveredMatches(matches, ['news', 'broadcasting', undefined])).toEqual([]);
  });
});

describe('categoryLabels', () => {
  it('joins the console labels in both languages', () => {
    expect(categoryLabels(['games', 'culture'])).toEqual({ 'zh-CN': '游戏/文化', en: 'Games/Culture' });
  });
});

/**
 * The first, straightforward implementation (every keyword searched with indexOf, then
 * the overlaps resolved): kept here as the specification the one-pass scan must match.
 */
function referenceMatches(text: string, categories?: readonly PreApprovalCategory[]): PreApprovalMatch[] {
  interface Hit extends PreApprovalMatch {
    readonly end: number;
  }
  const occurrences = (haystack: string, needle: string) => {
    const out: number[] = [];
    for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
    return out;
  };
  const isLatinLetter = (ch: string | undefined) => ch !== undefined && /[a-z]/.test(ch);
  const hitsOf = (lower: string, keyword: PreApprovalKeyword): Hit[] => {
    const word = keyword.word.toLowerCase();
    const latin = /^[a-z0-9]+$/.test(word);
    return occurrences(lower, word)
      .filter((index) => {
        if (latin && word.length <= 4) {
          const after = lower.slice(index + word.length);
          return !isLatinLetter(lower[index - 1]) && (!isLatinLetter(after[0]) || (after[0] === 's' && !isLatinLetter(after[1])));
        }
        return !(keyword.except ?? []).some((longer) => occurrences(lower, longer).some((at) => at <= index && at + longer.length >= index + word.length));
      })
      .map((index) => ({ word: keyword.word, categories: keyword.categories, index, end: index + word.length }));
  };
  const lower = text.toLowerCase();
  const keywords = categories ? PRE_APPROVAL_KEYWORDS.filter((kw) => kw.categories.some((c) => categories.includes(c))) : PRE_APPROVAL_KEYWORDS;
  const hits = keywords.flatMap((kw) => hitsOf(lower, kw));
  const kept = hits.filter(
    (hit) => !hits.some((other) => other !== hit && other.end - other.index > hit.end - hit.index && other.index <= hit.index && other.end >= hit.end),
  );
  const firstByWord = new Map<string, Hit>();
  for (const hit of kept.sort((a, b) => a.index - b.index)) if (!firstByWord.has(hit.word)) firstByWord.set(hit.word, hit);
  return [...firstByWord.values()].map(({ word, categories: c, index }) => ({ word, categories: c, index }));
}

describe('findPreApprovalKeywords against the reference implementation', () => {
  // Texts built from keywords, their exception words, pieces of them, Latin letters
  // (upper and lower case, the plural s), separators and unrelated characters, so that
  // overlaps, nested words, word boundaries and exceptions all occur often.
  const pieces = [
    ...PRE_APPROVAL_KEYWORDS.flatMap((kw) => [kw.word, kw.word.toUpperCase(), kw.word.slice(0, -1), kw.word.slice(1), ...(kw.except ?? [])]),
    '医药',
    '保健品',
    '校外培训',
    'news',
    'NEWS',
    's',
    'S',
    'a',
    'x',
    '-',
    '.',
    ' ',
    '1',
    '示例',
    '科技',
    '网',
    'İ',
    '😀',
    '\uFF21',
  ].filter((p) => p !== '');
  const texts = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join(''));
  const categoryIds = Object.keys(PRE_APPROVAL_CATEGORIES) as PreApprovalCategory[];
  const selections = fc.option(fc.subarray(categoryIds), { nil: undefined });

  it('gives the same matches, in the same order, for any text and category selection', () => {
    fc.assert(
      fc.property(texts, selections, (text, categories) => {
        expect(findPreApprovalKeywords(text, { categories })).toEqual(referenceMatches(text, categories));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same matches for every keyword and exception word alone and inside text', () => {
    for (const kw of PRE_APPROVAL_KEYWORDS) {
      for (const text of [kw.word, `示例${kw.word}网`, `a${kw.word}s`, `${kw.word}s-x`, ...(kw.except ?? []).map((e) => `${e}${kw.word}${e}`)]) {
        expect(findPreApprovalKeywords(text)).toEqual(referenceMatches(text));
      }
    }
  });

  it('gives the same result for a category selection passed as a new array each time', () => {
    expect(findPreApprovalKeywords('投资新闻', { categories: ['finance'] })).toEqual(referenceMatches('投资新闻', ['finance']));
    expect(findPreApprovalKeywords('投资新闻', { categories: ['news', 'finance'] })).toEqual(referenceMatches('投资新闻', ['news', 'finance']));
    expect(findPreApprovalKeywords('投资新闻', { categories: [] })).toEqual([]);
  });
});
