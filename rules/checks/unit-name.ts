/**
 * The distinctive part of a unit's registered name — its 字号 (trade name) — for rules
 * that ask whether a website name "relates to" the unit (P45, K-驳回, P26).
 *
 * A Chinese enterprise name is built 行政区划 + 字号 + 行业 + 组织形式 (e.g. 深圳市 + 示例 +
 * 科技 + 有限公司). The region, industry and legal form are shared by thousands of units,
 * so only the trade name says which unit a website belongs to. The lists below hold the
 * common industry and legal-form words; they need not be complete, because a leftover
 * industry word only makes the match more lenient.
 */
import { PROVINCES } from '../model/provinces';
import { withoutBracketed } from './brackets';
import { compact, hanBigrams, latinTokens } from './text';

/** Legal forms and unit types, longest first so 股份有限公司 goes before 有限公司. */
const LEGAL_FORMS = [
  '股份有限公司',
  '有限责任公司',
  '个体工商户',
  '有限公司',
  '分公司',
  '总公司',
  '合伙企业',
  '分行',
  '支行',
  '集团',
  '股份',
  '公司',
  '事务所',
  '工作室',
  '研究院',
  '研究所',
  '基金会',
  '委员会',
  '协会',
  '学会',
  '商会',
  '中心',
  '门市部',
  '经营部',
  '商行',
  '厂',
  '店',
];

/** Industry words of registered names (GB/T 4754 style), stripped from the end while a trade name of two or more characters remains. */
const INDUSTRY_WORDS = [
  '信息技术',
  '网络科技',
  '电子商务',
  '文化传媒',
  '企业管理',
  '供应链管理',
  '人力资源',
  '新材料',
  '新能源',
  '建筑工程',
  '装饰工程',
  '科技',
  '技术',
  '信息',
  '网络',
  '软件',
  '数字',
  '智能',
  '数据',
  '电子',
  '通信',
  '贸易',
  '商贸',
  '实业',
  '发展',
  '投资',
  '控股',
  '管理',
  '咨询',
  '服务',
  '文化',
  '传媒',
  '广告',
  '教育',
  '餐饮',
  '物流',
  '建筑',
  '工程',
  '设计',
  '国际',
  '生物',
  '医药',
  '环保',
  '能源',
  '农业',
  '食品',
  '商务',
  '物业',
  '置业',
  '地产',
  '房地产',
  '旅游',
  '健康',
  '机械',
  '设备',
  '制造',
  '印刷',
  '包装',
  '家居',
  '装饰',
  '汽车',
];

const REGION_SUFFIX = /^(?:特别行政区|自治区|自治州|自治县|地区|省|市|区|县|盟|旗)/u;

/** Region names to strip: every province, plus the unit's own province/city/district from its address. */
function regionNames(extra: readonly (string | undefined)[]): string[] {
  const names = new Set<string>();
  for (const p of PROVINCES) {
    names.add(p.full);
    names.add(p.zh);
  }
  for (const value of extra) {
    if (!value) continue;
    const trimmed = compact(value);
    names.add(trimmed);
    const bare = trimmed.replace(/(?:特别行政区|自治区|自治州|自治县|地区|省|市|区|县|盟|旗)$/u, '');
    if ([...bare].length >= 2) names.add(bare);
  }
  return [...names].filter(Boolean).sort((a, b) => b.length - a.length);
}

function stripLeadingRegions(name: string, regions: readonly string[]): string {
  let rest = name;
  for (let changed = true; changed;) {
    changed = false;
    for (const region of regions) {
      if (rest.startsWith(region) && rest.length > region.length) {
        rest = rest.slice(region.length).replace(REGION_SUFFIX, '');
        changed = true;
        break;
      }
    }
    // A city or county the address did not give: two or three Han characters and 市/县, when a name still follows.
    const generic = /^[\u4e00-\u9fff]{2,3}(?:市|县)(?=[\u4e00-\u9fffA-Za-z]{2,})/u.exec(rest);
    if (!changed && generic) {
      rest = rest.slice(generic[0].length);
      changed = true;
    }
  }
  return rest;
}

function stripTrailing(name: string, words: readonly string[], minRest: number): string {
  let rest = name;
  for (let changed = true; changed;) {
    changed = false;
    for (const word of words) {
      if (rest.endsWith(word) && [...rest].length - [...word].length >= minRest) {
        rest = rest.slice(0, rest.length - word.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

/**
 * The trade-name core of a unit name: 深圳市示例科技有限公司 → 示例,
 * 示例科技（深圳）有限公司 → 示例. `regions` are the unit's own province, city and district
 * (from its address) so that city names outside the province list are removed too.
 * Returns '' when nothing distinctive is left.
 */
export function unitNameCore(unitName: string, regions: readonly (string | undefined)[] = []): string {
  const withoutBrackets = withoutBracketed(compact(unitName));
  const afterRegion = stripLeadingRegions(withoutBrackets, regionNames(regions));
  const afterForm = stripTrailing(
    afterRegion,
    [...LEGAL_FORMS].sort((a, b) => b.length - a.length),
    0,
  );
  return stripTrailing(
    afterForm,
    [...INDUSTRY_WORDS].sort((a, b) => b.length - a.length),
    2,
  );
}

/**
 * The pieces of a core a related name would share: its Han bigrams and its Latin words of
 * three or more letters (示例 → [示例]; 华为Cloud → [华为, cloud]). A one-character core
 * stands for itself.
 */
export function corePieces(core: string): string[] {
  const pieces = [...hanBigrams(core), ...latinTokens(core).filter((t) => t.length >= 3)];
  if (pieces.length === 0 && [...core].length === 1 && /\p{L}/u.test(core)) pieces.push(core);
  return pieces;
}

/** Whether `name` shares a piece of the unit's trade-name core; undefined when the core is empty (nothing to compare). */
export function sharesUnitName(name: string, unitName: string, regions: readonly (string | undefined)[] = []): boolean | undefined {
  const pieces = corePieces(unitNameCore(unitName, regions));
  if (pieces.length === 0) return undefined;
  const target = compact(name);
  return pieces.some((piece) => target.includes(piece));
}
