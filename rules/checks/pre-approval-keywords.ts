import type { IssueMaterial } from '../engine/types';
/**
 * Words that make a reviewer ask for a 前置审批 (pre-approval), by category — one table
 * for every rule that scans names, domains, remarks or business scope.
 *
 * Basis: the categories are Huawei's (P19, K-驳回, and the console's own list);
 * the trigger words are our own proposal (an inference) built from the
 * category names and Huawei's examples, plus the finance words UCloud and Huawei name
 * (UC-pre-approval, S11). Huawei's own keyword set is not public.
 * Matches are therefore hints for warnings, never grounds for an error.
 *
 *   findPreApprovalKeywords('示例新闻网') → [{ word: '新闻', categories: ['news'], index: 2 }]
 *   uncoveredMatches(matches, ['news'])   → []
 */
import { PRE_APPROVAL_CATEGORIES, type PreApprovalCategory } from '../model/vocabulary';
import { memoByText } from './memo';

export interface PreApprovalKeyword {
  /** Chinese words match anywhere; Latin words of up to 4 letters only as whole words ("edu", not "schedule"). */
  readonly word: string;
  /** A word may point at more than one category (直播: culture and broadcasting); holding any one of them covers it. */
  readonly categories: readonly PreApprovalCategory[];
  /** Longer words that contain `word` but do not mean it (佛山 is a city, not 佛). */
  readonly except?: readonly string[];
}

const k = (categories: PreApprovalCategory | readonly PreApprovalCategory[], words: readonly string[], except?: Readonly<Record<string, readonly string[]>>) =>
  words.map((word): PreApprovalKeyword => ({
    word,
    categories: typeof categories === 'string' ? [categories] : categories,
    ...(except?.[word] ? { except: except[word] } : {}),
  }));

export const PRE_APPROVAL_KEYWORDS: readonly PreApprovalKeyword[] = [
  ...k('news', ['新闻', '资讯', '时政', '头条', '报道', '日报', '晚报', 'news']),
  ...k('publishing', ['出版', '书城', '电子书', '期刊', '杂志', '小说', '文学', '漫画']),
  ...k('education', ['教育', '学校', '网校', '课程', '考试', '学院', 'edu']),
  // Tutoring words point at both: K-12 off-campus tutoring has its own category (§3.7).
  ...k(['education', 'off-campus-training'], ['培训', '辅导']),
  ...k('off-campus-training', ['校外培训', '学科培训', '课外辅导', '家教', '中小学', '中考', '高考']),
  ...k('healthcare', ['医疗', '医院', '诊所', '健康', '保健', '养生', '问诊', '医生']),
  // 药 alone is in the table; the exceptions are common words where it is not a medicine.
  ...k('drugs-devices', ['药', '药品', '医药', '药房', '药店', '医疗器械', '保健品'], { 药: ['芍药', '农药', '火药', '炸药', '弹药'] }),
  ...k('culture', ['文化', '演出', '音乐', '动漫', '艺术品', '展览']),
  ...k(['culture', 'broadcasting'], ['直播']),
  ...k(['games', 'culture'], ['游戏', '手游', '电竞', 'game']),
  ...k('broadcasting', ['视频', '影视', '电影', '电视', '广播', '节目', '音频']),
  ...k('religion', ['宗教', '佛', '道教', '寺', '教会', '清真', '基督'], { 佛: ['佛山', '仿佛', '佛系'] }),
  // §8.2 also lists 出行; left out: it names every travel site, and reviewers key on the car-hire words.
  ...k('ride-hailing', ['网约车', '打车', '专车', '叫车']),
  ...k('bulletin-board', ['论坛', '社区', 'bbs', '留言板', '聊天室']),
  ...k(
    'finance',
    ['金融', '投资', '理财', '基金', '资产管理', '财富管理', '贷', '借贷', '网贷', '支付', '保险', '证券', '期货', '股票', '交易所', '交易中心', '众筹', 'p2p'],
    { 基金: ['基金会'], 保险: ['保险柜', '保险箱', '保险丝'] },
  ),
  // Domain prefixes spell the finance words in pinyin or English (S11 names 投资, 理财, 基金 as domain prefixes) [I].
  ...k('finance', ['touzi', 'licai', 'jijin', 'jinrong', 'daikuan', 'zhengquan', 'qihuo', 'finance', 'invest', 'fund', 'loan']),
];

export interface PreApprovalMatch {
  readonly word: string;
  readonly categories: readonly PreApprovalCategory[];
  /** Position of the first occurrence in the text (UTF-16 index). */
  readonly index: number;
}

/** A keyword ready for matching: lower-cased, with its test decided once at module load. */
interface Entry {
  readonly keyword: PreApprovalKeyword;
  readonly word: string;
  /** Latin words of up to 4 letters match whole only. */
  readonly whole: boolean;
  readonly except: readonly string[] | undefined;
}

/** Keywords by the char code they start with, each list in table order. */
type KeywordIndex = ReadonlyMap<number, readonly Entry[]>;

function buildIndex(keywords: readonly PreApprovalKeyword[]): KeywordIndex {
  const index = new Map<number, Entry[]>();
  for (const keyword of keywords) {
    const word = keyword.word.toLowerCase();
    if (word === '') continue;
    const entry: Entry = { keyword, word, whole: /^[a-z0-9]+$/.test(word) && word.length <= 4, except: keyword.except };
    const first = word.charCodeAt(0);
    const list = index.get(first);
    if (list) list.push(entry);
    else index.set(first, [entry]);
  }
  return index;
}

const ALL_KEYWORDS = buildIndex(PRE_APPROVAL_KEYWORDS);

/** One bit per UTF-16 code unit: set when some keyword of the whole table starts with it (8 KB). */
const STARTS_A_KEYWORD = new Uint8Array(0x10000 >> 3);
for (const first of ALL_KEYWORDS.keys()) STARTS_A_KEYWORD[first >> 3]! |= 1 << (first & 7);
/** One index per category selection; rules pass a handful of fixed selections. */
const indexByArray = new WeakMap<readonly PreApprovalCategory[], KeywordIndex>();
const indexByKey = new Map<string, KeywordIndex>();

function indexFor(wanted: readonly PreApprovalCategory[] | undefined): KeywordIndex {
  if (!wanted) return ALL_KEYWORDS;
  let index = indexByArray.get(wanted);
  if (!index) {
    const key = wanted.join('|');
    index = indexByKey.get(key);
    if (!index) {
      index = buildIndex(PRE_APPROVAL_KEYWORDS.filter((kw) => kw.categories.some((c) => wanted.includes(c))));
      if (indexByKey.size > 64) indexByKey.clear();
      indexByKey.set(key, index);
    }
    indexByArray.set(wanted, index);
  }
  return index;
}

const isLatinLetterAt = (text: string, i: number) => {
  const code = text.charCodeAt(i); // NaN outside the text: not a letter
  return code >= 97 && code <= 122;
};

/** Whole word: no letter before; after it nothing but a non-letter or a plural -s. */
function isWholeWordAt(text: string, index: number, length: number): boolean {
  if (isLatinLetterAt(text, index - 1)) return false;
  const after = index + length;
  if (!isLatinLetterAt(text, after)) return true;
  return text.charCodeAt(after) === 115 /* s */ && !isLatinLetterAt(text, after + 1);
}

/** Whether the occurrence of `length` chars at `index` lies inside one of the longer exception words. */
function isInsideException(text: string, index: number, length: number, except: readonly string[]): boolean {
  for (const longer of except) {
    for (let at = Math.max(0, index + length - longer.length); at <= index; at++) if (text.startsWith(longer, at)) return true;
  }
  return false;
}

interface Hit {
  readonly entry: Entry;
  readonly index: number;
  readonly end: number;
}

/**
 * The pre-approval words in `text`, in order of appearance, each word once. Where one
 * match lies inside a longer one (药 in 医药, 保健 in 保健品) only the longer counts.
 * `categories` limits the search to those categories.
 *
 * One pass over the text: at each position only the keywords starting with that
 * character are tried, so a text without any keyword costs one table look-up per character.
 */
export function findPreApprovalKeywords(text: string, options: { readonly categories?: readonly PreApprovalCategory[] } = {}): readonly PreApprovalMatch[] {
  const index = indexFor(options.categories);
  let find = finders.get(index);
  if (!find) {
    // Remembered by text per keyword selection (memo.ts): names and domains stay the same from one run to the next.
    find = memoByText((value) => scan(value, index));
    finders.set(index, find);
  }
  return find(text);
}

const finders = new WeakMap<KeywordIndex, (text: string) => readonly PreApprovalMatch[]>();

function scan(text: string, index: KeywordIndex): PreApprovalMatch[] {
  const lower = text.toLowerCase();
  // Hits in order of position, then of the table: the order in which the first of each word is kept.
  let hits: Hit[] | undefined;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    // Every selection is part of the whole table, so its bit map rules out most characters at once.
    if ((STARTS_A_KEYWORD[code >> 3]! & (1 << (code & 7))) === 0) continue;
    const candidates = index.get(code);
    if (candidates === undefined) continue;
    for (const entry of candidates) {
      const { word } = entry;
      if (!lower.startsWith(word, i)) continue;
      if (entry.whole ? !isWholeWordAt(lower, i, word.length) : entry.except !== undefined && isInsideException(lower, i, word.length, entry.except)) continue;
      (hits ??= []).push({ entry, index: i, end: i + word.length });
    }
  }
  if (hits === undefined) return [];
  const out: PreApprovalMatch[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    const length = hit.end - hit.index;
    if (hits.some((other) => other.end - other.index > length && other.index <= hit.index && other.end >= hit.end)) continue;
    const { keyword } = hit.entry;
    if (seen.has(keyword.word)) continue;
    seen.add(keyword.word);
    out.push({ word: keyword.word, categories: keyword.categories, index: hit.index });
  }
  return out;
}

/** The matches none of whose categories is among `held` (the pre-approvals the user ticked). */
export function uncoveredMatches(matches: readonly PreApprovalMatch[], held: readonly (PreApprovalCategory | undefined)[]): PreApprovalMatch[] {
  return matches.filter((match) => !match.categories.some((category) => held.includes(category)));
}

/** The categories' console labels, joined for a message: { zh: '文化/广播电影电视节目', en: 'Culture/Radio, film and TV programmes' }. */
export function categoryLabels(categories: readonly PreApprovalCategory[]): { readonly 'zh-CN': string; readonly en: string } {
  return {
    'zh-CN': categories.map((c) => PRE_APPROVAL_CATEGORIES[c].zh).join('/'),
    en: categories.map((c) => PRE_APPROVAL_CATEGORIES[c].en).join('/'),
  };
}

/**
 * What a pre-approval word implies for a service (`websites[0]`, `apps[1]`) on the checklist
 * (K-材料): the approval document, or instead the province's 不涉及前置审批承诺书
 * (rules/verification/pre-approval.ts provincePledge) when the service carries no such content.
 */
export function impliedPreApproval(service: string): readonly IssueMaterial[] {
  return [{ material: 'pre-approval-document', for: service, or: 'no-pre-approval-pledge' }];
}
