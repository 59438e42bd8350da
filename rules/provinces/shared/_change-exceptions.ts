/**
 * Provinces whose own pages let a personal filing become a unit's by a change, against
 * Huawei's general rule (S3, S2, P17, R-rules: cancel and file the unit anew). Shared by the national
 * rule, which stays silent there, and the province rule that says what the province allows.
 * Not a rule: the `_` prefix keeps it out of the registry.
 *
 *  - 广东 (S2, 个人用户 page, 2025-05-27): a personal subject may change to another person or to a unit.
 *  - 江西 (S3, 个人用户 page, 2025-03-13): only to a unit whose legal representative is that person.
 *
 * 甘肃 is grouped with 江西 in the reference's notes, but no 甘肃 page says so; it keeps the national rule.
 */
import type { ProvinceCode } from '../../model/provinces';

export const PERSONAL_TO_UNIT_BY_CHANGE = {
  GD: { source: 'S2', condition: 'any' },
  JX: { source: 'S3', condition: 'legal-representative' },
} as const satisfies Partial<Record<ProvinceCode, { source: string; condition: 'any' | 'legal-representative' }>>;

export function personalToUnitAllowedIn(province: string | undefined): boolean {
  return province !== undefined && province in PERSONAL_TO_UNIT_BY_CHANGE;
}
