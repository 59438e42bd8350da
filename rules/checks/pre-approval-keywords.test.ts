import { describe, expect, it } from 'vitest';
import { PRE_APPROVAL_CATEGORIES, type PreApprovalCategory } from '../model/vocabulary';
import { categoryLabels, findPreApprovalKeywords, PRE_APPROVAL_KEYWORDS, uncoveredMatches } from './pre-approval-keywords';

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
