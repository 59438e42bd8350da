/**
 * Province × rule-family coverage: which province-specific rules exist for each of the
 * 31 administrations. National rules apply everywhere and are left out of the cells; a
 * rule in provinces/shared/ counts in every province its scope lists. Pure (no zod, no
 * DOM): the side panel and the README generator both use it.
 */
import { RULE_FAMILIES, type Lang, type Rule, type RuleFamily } from './engine/types';
import { PROVINCES, PROVINCE_CODES, type ProvinceCode } from './model/provinces';

/** The columns the issue "all 31 provincial administrations" asks for, in its order. */
export const COVERAGE_FAMILIES: readonly RuleFamily[] = [
  'cross-province',
  'age',
  'principal',
  'names',
  'domains',
  'materials',
  'addresses',
  'contacts',
  'sole-proprietor',
  'service-content',
];

const FAMILY_LABELS: Record<RuleFamily, Record<Lang, string>> = {
  identity: { 'zh-CN': '身份证件', en: 'Identity' },
  'cross-province': { 'zh-CN': '异地备案', en: 'Cross-province' },
  age: { 'zh-CN': '年龄', en: 'Age' },
  principal: { 'zh-CN': '负责人', en: 'Principal' },
  names: { 'zh-CN': '名称', en: 'Names' },
  domains: { 'zh-CN': '域名', en: 'Domains' },
  'service-content': { 'zh-CN': '服务内容', en: 'Service content' },
  'pre-approval': { 'zh-CN': '前置审批', en: 'Pre-approval' },
  contacts: { 'zh-CN': '联系方式', en: 'Contacts' },
  addresses: { 'zh-CN': '地址', en: 'Addresses' },
  'sole-proprietor': { 'zh-CN': '个体工商户', en: 'Sole proprietors' },
  apps: { 'zh-CN': 'APP', en: 'Apps' },
  materials: { 'zh-CN': '资料', en: 'Materials' },
  'filing-type': { 'zh-CN': '备案类型', en: 'Filing type' },
};

export interface CoverageMatrix {
  readonly provinces: ProvinceCode[];
  /** The columns to show (COVERAGE_FAMILIES); `cells` has every family. */
  readonly families: RuleFamily[];
  /** Province → family → ids of the province-specific rules, sorted. */
  readonly cells: Record<ProvinceCode, Record<RuleFamily, string[]>>;
}

function emptyRow(): Record<RuleFamily, string[]> {
  return Object.fromEntries(RULE_FAMILIES.map((family) => [family, [] as string[]])) as Record<RuleFamily, string[]>;
}

export function coverageMatrix(rules: readonly Rule[]): CoverageMatrix {
  const cells = Object.fromEntries(PROVINCE_CODES.map((code) => [code, emptyRow()])) as Record<ProvinceCode, Record<RuleFamily, string[]>>;
  for (const rule of rules) {
    for (const province of rule.scope.provinces ?? []) cells[province]?.[rule.family].push(rule.id);
  }
  for (const row of Object.values(cells)) for (const ids of Object.values(row)) ids.sort();
  return { provinces: [...PROVINCE_CODES], families: [...COVERAGE_FAMILIES], cells };
}

/** A Markdown table for the README: one row per province, "✓ n" where n rules exist, "—" where none. */
export function coverageMarkdown(rules: readonly Rule[], lang: Lang): string {
  const matrix = coverageMatrix(rules);
  const zh = lang === 'zh-CN';
  const header = [zh ? '省份' : 'Province', ...matrix.families.map((f) => FAMILY_LABELS[f][lang])];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const province of PROVINCES) {
    const row = matrix.cells[province.code];
    const cells = matrix.families.map((family) => (row[family].length > 0 ? `✓ ${row[family].length}` : '—'));
    lines.push(`| ${zh ? province.zh : province.en} (${province.code}) | ${cells.join(' | ')} |`);
  }
  const provinceRules = rules.filter((r) => r.scope.provinces).length;
  lines.push(
    '',
    zh
      ? `共 ${provinceRules} 条省级规则。“✓ n”= 该省该类有 n 条专属规则（shared/ 规则计入其适用的每个省）；“—”= 没有省级专属规则，全国规则仍然适用。`
      : `${provinceRules} province rules. "✓ n" = n rules specific to that province and family (a shared/ rule counts in each province it covers); "—" = no province-specific rule, the national rules still apply.`,
  );
  return lines.join('\n');
}
