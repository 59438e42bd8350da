/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A-Z without I, O, Z, S, V.
 * 1: registration authority, 2: organisation class, 3–8: administrative division code,
 * 9–17: organisation code, 18: check character (mod 31).
 */
import { provinceByGbPrefix } from '../model/provinces';
import { memoByText } from './memo';
import type { SubjectNature } from '../model/vocabulary';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** CHARSET.indexOf by ASCII code (-1 for other characters). */
const CHARSET_INDEX = Int8Array.from({ length: 128 }, (_, code) => CHARSET.indexOf(String.fromCharCode(code)));

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const code = first17.charCodeAt(i); // NaN past the end, where indexOf(undefined) was -1 too
    sum += (code < 128 ? CHARSET_INDEX[code]! : CHARSET.indexOf(first17[i]!)) * WEIGHTS[i]!;
  }
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/**
 * Registration authorities (character 1, GB 32100-2015 annex) and the subject natures
 * they register: 1 机构编制 (机关, 事业单位, 群众团体), 2 外交 (foreign press offices),
 * 3 司法行政 (law firms, notaries, judicial expertise, arbitration), 4 文化 (foreign
 * cultural centres), 5 民政 (social organisations, private non-enterprise units —
 * private hospitals among them — and foundations), 6 旅游 (foreign tourism offices),
 * 7 宗教 (religious venues), 8 工会, 9 市场监管 (enterprises, 个体工商户, farmers'
 * cooperatives, collective enterprises), A 中央军委改革和编制办公室, N 农业 (rural
 * collective economy). Y (other) registers anything, so it is absent here.
 * Medical institutions exist as enterprises (9), public institutions (1) and private
 * non-enterprise units (5).
 */
export const AUTHORITY_NATURES: Record<string, readonly SubjectNature[]> = {
  '1': ['government', 'institution', 'mass-organisation', 'medical'],
  '2': ['overseas-organisation'],
  '3': ['law-firm', 'notary', 'judicial-expertise', 'arbitration'],
  '4': ['foreign-cultural-centre'],
  '5': ['social-organisation', 'private-non-enterprise', 'foundation', 'medical'],
  '6': ['overseas-organisation'],
  '7': ['religious'],
  '8': ['mass-organisation'],
  '9': ['enterprise', 'medical', 'collective-economy'],
  A: ['defence', 'institution'],
  N: ['collective-economy'],
};

/** What each registration authority is called, for messages. */
export const AUTHORITY_LABELS: Record<string, { readonly zh: string; readonly en: string }> = {
  '1': { zh: '机构编制部门', en: 'establishment office' },
  '2': { zh: '外交部门', en: 'foreign-affairs authority' },
  '3': { zh: '司法行政部门', en: 'justice administration' },
  '4': { zh: '文化部门', en: 'culture authority' },
  '5': { zh: '民政部门', en: 'civil-affairs authority' },
  '6': { zh: '旅游部门', en: 'tourism authority' },
  '7': { zh: '宗教事务部门', en: 'religious-affairs authority' },
  '8': { zh: '工会', en: 'trade union' },
  '9': { zh: '市场监管（工商）部门', en: 'market regulator' },
  A: { zh: '中央军委改革和编制办公室', en: 'CMC reform and establishment office' },
  N: { zh: '农业农村部门', en: 'agriculture authority' },
  Y: { zh: '其他登记管理部门', en: 'other registration authority' },
};

/** 'letters': 18 characters but with I, O, S, V or Z, which the code never uses (often O typed for 0). */
export type CreditCodeProblem = 'format' | 'letters' | 'check-char' | 'region';

export interface CreditCodeInfo {
  readonly authority: string;
  readonly classCode: string;
  readonly regionCode: string;
  readonly provinceCode?: string;
  /** 92…: 个体工商户 registered by market regulation. */
  readonly soleProprietor: boolean;
}

export type CreditCodeResult = { ok: true; info: CreditCodeInfo } | { ok: false; problem: CreditCodeProblem };

/**
 * One pass for what the patterns /^[0-9A-Z]{18}$/ with /[IOSVZ]/ ('letters'), and
 * /^[0-9A-HJ-NPQRTUWXY]{18}$/ with digits 3–8 (else 'format'), say of an upper-cased code.
 */
function codeShape(code: string): 'letters' | 'format' | 'ok' {
  if (code.length !== 18) return 'format';
  let refusedLetter = false;
  let digitsOk = true;
  for (let i = 0; i < 18; i++) {
    const c = code.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (!digit && !(c >= 65 && c <= 90)) return 'format';
    if (c === 73 || c === 79 || c === 83 || c === 86 || c === 90) refusedLetter = true; // I O S V Z
    if (i >= 2 && i < 8 && !digit) digitsOk = false;
  }
  if (refusedLetter) return 'letters';
  return digitsOk ? 'ok' : 'format';
}

/** Parses an 18-character code (any letter case); remembered by text across runs (memo.ts), so the answer is frozen. */
export const parseCreditCode: (value: string) => CreditCodeResult = memoByText((value) => {
  const code = value.toUpperCase();
  const shape = codeShape(code);
  if (shape === 'letters') return { ok: false, problem: 'letters' };
  if (shape === 'format') return { ok: false, problem: 'format' };
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return { ok: false, problem: 'check-char' };
  const regionCode = code.slice(2, 8);
  const province = provinceByGbPrefix(regionCode);
  // Central registrations use 100000; anything else must name a province.
  if (!province && regionCode !== '100000') return { ok: false, problem: 'region' };
  return {
    ok: true,
    info: { authority: code[0]!, classCode: code[1]!, regionCode, provinceCode: province?.code, soleProprietor: code.startsWith('92') },
  };
});

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ORG_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** GB 11714 check character of an 8-character organisation-code body (0–9 or X). */
export function organisationCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += ORG_CHARS.indexOf(body8[i]!) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * Old 9-character organisation codes (组织机构代码, written 12345678-9), replaced by the
 * credit code since 2015-10-01 (三证合一). Shape only: a wrong check character still
 * means the user typed the old kind of number.
 */
export function looksLikeOrganisationCode(value: string): boolean {
  return /^[0-9A-Z]{8}-?[0-9X]$/.test(value.toUpperCase());
}

/** Whether a 9-character organisation code also carries the right GB 11714 check character. */
export function isValidOrganisationCode(value: string): boolean {
  const code = value.toUpperCase().replace('-', '');
  return looksLikeOrganisationCode(code) && organisationCodeCheckChar(code.slice(0, 8)) === code[8];
}

/** The 15-digit 注册号 of business licences issued before 三证合一. */
export function looksLikeOldRegistrationNumber(value: string): boolean {
  return /^\d{15}$/.test(value);
}
