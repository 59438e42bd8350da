/**
 * Unit names and the names of their websites. Reviewers accept a unit's site name when
 * it carries the unit's full name, its name without region and legal form, or its trade
 * name (字号): "深圳市示例科技有限公司" → core "示例科技", trade name "示例".
 */
import { PROVINCES } from '../model/provinces';

const LEGAL_FORMS = [
  '股份有限公司', '有限责任公司', '有限公司', '集团有限公司', '集团公司', '分公司', '集团', '公司',
  '工作室', '合作社', '事务所', '研究院', '研究所', '商行', '经营部', '门市部', '中心', '厂', '店',
];
const INDUSTRY_WORDS = [
  '科技', '网络', '信息', '技术', '电子', '商务', '贸易', '文化', '传媒', '教育', '咨询', '管理', '服务',
  '发展', '实业', '投资', '建设', '工程', '软件', '数据', '智能', '物流', '餐饮', '广告', '设计', '商贸',
];
const COMMON_CITY_WORDS = new Set(['城市', '都市', '超市']);

function stripRegion(name: string): string {
  let text = name.replace(/[（(][^）)]*[）)]/gu, '');
  const province = PROVINCES.find((p) => text.startsWith(p.full) || text.startsWith(p.zh));
  if (province) text = text.slice(text.startsWith(province.full) ? province.full.length : province.zh.length);
  for (let i = 0; i < 2; i++) {
    const m = /^([\u4e00-\u9fff]{2,3}?(?:市|区|县))/u.exec(text);
    if (!m || COMMON_CITY_WORDS.has(m[1]!) || text.length - m[1]!.length < 2) break;
    text = text.slice(m[1]!.length);
  }
  return text;
}

/** The unit name without region prefix and legal form: "深圳市示例科技有限公司" → "示例科技". */
export function entityCore(name: string): string {
  let text = stripRegion(name.trim());
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (text.endsWith(form) && text.length > form.length + 1) {
        text = text.slice(0, -form.length);
        changed = true;
      }
    }
  }
  return text;
}

/** The trade name (字号): the core without trailing industry words: "示例科技" → "示例". */
export function tradeName(name: string): string {
  let text = entityCore(name);
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of INDUSTRY_WORDS) {
      if (text.endsWith(word) && text.length > word.length + 1) {
        text = text.slice(0, -word.length);
        changed = true;
      }
    }
  }
  return text;
}

/** Whether a site name carries the unit's full name, core name or trade name. */
export function siteNameRelatesToEntity(siteName: string, entityName: string): boolean {
  const site = siteName.trim();
  const entity = entityName.trim();
  if (!site || !entity) return false;
  if (site.includes(entity)) return true;
  const core = entityCore(entity);
  const trade = tradeName(entity);
  return (core.length >= 2 && site.includes(core)) || (trade.length >= 2 && site.includes(trade));
}
