import { describe, expect, it } from 'vitest';
import { ALL_RULES } from './all-rules';
import { COVERAGE_FAMILIES, coverageMarkdown, coverageMatrix } from './coverage';
import { defineRule, RULE_FAMILIES, type Rule } from './engine/types';
import { PROVINCE_CODES } from './model/provinces';

function fakeRule(id: string, family: Rule['family'], provinces?: Rule['scope']['provinces']): Rule {
  const texts = { title: id, messages: { m: 'x' }, why: 'x', fix: 'x' };
  return defineRule({
    id,
    severity: 'info',
    family,
    scope: provinces ? { provinces } : {},
    reads: [],
    texts: { 'zh-CN': texts, en: texts },
    sources: ['S1'],
    reviewedAt: '2026-11-29',
    check: () => [],
  });
}

const RULES = [
  fakeRule('national/x', 'names'),
  fakeRule('provinces/gd/a', 'materials', ['GD']),
  fakeRule('provinces/shared/b', 'domains', ['HE', 'HA', 'GZ']),
  fakeRule('provinces/shared/c', 'domains', ['HE', 'SX']),
];

describe('coverageMatrix', () => {
  const matrix = coverageMatrix(RULES);

  it('has every province and every family in the cells, and the issue’s columns in order', () => {
    expect(matrix.provinces).toEqual(PROVINCE_CODES);
    expect(matrix.families).toEqual(COVERAGE_FAMILIES);
    expect(matrix.families.slice(0, 9)).toEqual([
      'cross-province',
      'age',
      'principal',
      'names',
      'domains',
      'materials',
      'addresses',
      'contacts',
      'sole-proprietor',
    ]);
    for (const code of PROVINCE_CODES) expect(Object.keys(matrix.cells[code]).sort()).toEqual([...RULE_FAMILIES].sort());
  });

  it('leaves national rules out of the province cells', () => {
    for (const code of PROVINCE_CODES) expect(matrix.cells[code].names).toEqual([]);
  });

  it('lists a province rule in its province and a shared rule in each province it scopes', () => {
    expect(matrix.cells.GD.materials).toEqual(['provinces/gd/a']);
    expect(matrix.cells.HE.domains).toEqual(['provinces/shared/b', 'provinces/shared/c']);
    expect(matrix.cells.GZ.domains).toEqual(['provinces/shared/b']);
    expect(matrix.cells.BJ.domains).toEqual([]);
  });

  it('is pure: the same rules give the same matrix', () => {
    expect(coverageMatrix(RULES)).toEqual(matrix);
  });
});

describe('coverageMarkdown', () => {
  it('renders one row per province with ✓ counts and dashes', () => {
    const md = coverageMarkdown(RULES, 'zh-CN');
    const lines = md.split('\n');
    expect(lines[0]).toBe('| 省份 | 异地备案 | 年龄 | 负责人 | 名称 | 域名 | 资料 | 地址 | 联系方式 | 个体工商户 | 服务内容 |');
    expect(lines.filter((l) => /^\| .+ \([A-Z]{2}\) \|/.test(l))).toHaveLength(31);
    expect(md).toContain('| 河北 (HE) | — | — | — | — | ✓ 2 | — | — | — | — | — |');
    expect(md).toContain('| 广东 (GD) | — | — | — | — | — | ✓ 1 | — | — | — | — |');
  });

  it('has an English version', () => {
    const md = coverageMarkdown(RULES, 'en');
    expect(md.split('\n')[0]).toContain('| Province | Cross-province | Age |');
    expect(md).toContain('| Guizhou (GZ) |');
    expect(md).toContain('3 province rules.');
  });
});

describe('coverage of the real rule set', () => {
  it('gives every province at least one site-family rule', () => {
    const matrix = coverageMatrix(ALL_RULES);
    const site = ['names', 'domains', 'materials', 'addresses', 'contacts', 'service-content'] as const;
    const empty = PROVINCE_CODES.filter((code) => site.every((family) => matrix.cells[code][family].length === 0));
    expect(empty).toEqual([]);
  });
});
