/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A-Z without I, O, Z, S, V.
 * 1: registration authority, 2: organisation class, 3–8: administrative division code,
 * 9–17: organisation code, 18: check character (mod 31).
 */
import { provinceByGbPrefix } from '../model/provinces';
import type { SubjectNature } from '../model/vocabulary';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/**
 * Registration authorities (character 1) and the subject natures they register.
 * 1 机构编制 (government bodies, public institutions), 2 外交, 3 司法行政 (law firms,
 * notaries, judicial expertise), 4 文化, 5 民政 (social organisations, private
 * non-enterprise units, foundations), 6 旅游, 7 宗教, 8 工会, 9 市场监管 (enterprises,
 * 个体工商户, farmers' cooperatives), A 中央军委改革和编制办公室, N 农业 (collective economy),
 * Y other.
 */
export const AUTHORITY_NATURES: Record<string, readonly SubjectNature[]> = {
  '1': ['government', 'institution', 'mass-organisation'],
  '2': ['foreign-cultural-centre', 'overseas-organisation'],
  '3': ['law-firm', 'notary', 'judicial-expertise', 'arbitration'],
  '4': ['foreign-cultural-centre'],
  '5': ['social-organisation', 'private-non-enterprise', 'foundation'],
  '6': ['overseas-organisation'],
  '7': ['religious'],
  '8': ['mass-organisation'],
  '9': ['enterprise', 'medical'],
  A: ['defence'],
  N: ['collective-economy'],
};

export type CreditCodeProblem = 'format' | 'check-char' | 'region';

export interface CreditCodeInfo {
  readonly authority: string;
  readonly classCode: string;
  readonly regionCode: string;
  readonly provinceCode?: string;
  /** 92…: 个体工商户 registered by market regulation. */
  readonly soleProprietor: boolean;
}

export type CreditCodeResult = { ok: true; info: CreditCodeInfo } | { ok: false; problem: CreditCodeProblem };

export function parseCreditCode(value: string): CreditCodeResult {
  const code = value.toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code) || !/^[0-9A-HJ-NPQRTUWXY][0-9A-HJ-NPQRTUWXY]\d{6}/.test(code)) {
    return { ok: false, problem: 'format' };
  }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return { ok: false, problem: 'check-char' };
  const regionCode = code.slice(2, 8);
  const province = provinceByGbPrefix(regionCode);
  // Central registrations use 100000; anything else must name a province.
  if (!province && regionCode !== '100000') return { ok: false, problem: 'region' };
  return {
    ok: true,
    info: { authority: code[0]!, classCode: code[1]!, regionCode, provinceCode: province?.code, soleProprietor: code.startsWith('92') },
  };
}

/** Old 9-character organisation codes (组织机构代码, e.g. 12345678-9), replaced by the credit code since 2015-10-01. */
export function looksLikeOrganisationCode(value: string): boolean {
  return /^[0-9A-Z]{8}-?[0-9X]$/.test(value.toUpperCase());
}
