/**
 * The one place where typed text is normalised. People type full-width digits and
 * letters with a Chinese IME ("１３８ ００１３ ８０００"), ideographic spaces, and
 * province names instead of codes; rules must see one spelling.
 */
import type { FilingForm, FilingFormInput } from './filing-form';
import { memoByText } from '../checks/memo';
import { parseProvince, PROVINCE_CODES, type ProvinceCode } from './provinces';

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;

/** Anything normalizeText() would change; most typed values have none of it. */
const NEEDS_NORMALIZING = /[\uFF01-\uFF5E\u3000\u00A0\t\r\n]| {2}|^\s|\s$/;

/** Full-width ASCII → half-width, ideographic space → space, whitespace runs collapsed, trimmed. */
export function normalizeText(value: string): string {
  if (!NEEDS_NORMALIZING.test(value)) return value;
  return value
    .replace(FULL_WIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00A0\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** For numbers people group with spaces or dashes (phones, ID and credit codes): keep only the characters. */
export function compactCode(value: string): string {
  // Digits and capitals only (how numbers are mostly typed): nothing to remove or change.
  if (isDigitsAndCapitals(value)) return value;
  return compactOther(value);
}

/** compactCode() of anything else (names are compared this way too), remembered by text across runs. */
const compactOther = memoByText((value) => normalizeText(value).replace(CODE_SEPARATORS, '').toUpperCase());

const CODE_SEPARATORS = /[\s\-–—]/g;

function isDigitsAndCapitals(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 90))) return false;
  }
  return true;
}

/** One value of a form, normalised: strings here, arrays and objects by normalizeDeep(). */
function normalizeValue(value: unknown): unknown {
  if (typeof value === 'string') return normalizeText(value);
  if (typeof value !== 'object' || value === null) return value;
  return normalizeDeep(value);
}

/**
 * `value` with every string normalised. Copy on write: an array or object none of whose
 * strings change is returned as it is, so a form typed cleanly costs no copies.
 */
function normalizeDeep(value: object): object {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const normalized = normalizeValue(item);
      if (out === undefined && normalized !== item) out = value.slice(0, i);
      if (out !== undefined) out[i] = normalized;
    }
    return out ?? value;
  }
  const record = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const item = record[key];
    const normalized = normalizeValue(item);
    if (out === undefined && normalized !== item) out = copyBefore(record, key);
    if (out !== undefined) out[key] = normalized;
  }
  return out ?? value;
}

/** The own properties of `record` that come before `stop`, in order. */
function copyBefore(record: Record<string, unknown>, stop: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in record) {
    if (key === stop) break;
    if (Object.hasOwn(record, key)) out[key] = record[key];
  }
  return out;
}

/**
 * Returns the form normalised: every string normalised, the province as its ISO code.
 * The result is a new object; parts with nothing to normalise are shared with `input`
 * (the engine and the rules only read forms).
 * A province that cannot be recognised is dropped (unknown), so rules report "unknown"
 * instead of judging a wrong province.
 */
export function normalizeForm(input: FilingFormInput | FilingForm): FilingForm {
  const form = normalizeValue(input) as FilingFormInput;
  const province = typeof form.province === 'string' ? provinceOf(form.province) : undefined;
  const filed = form.filed;
  const filedProvince = filed && typeof filed.province === 'string' ? provinceOf(filed.province) : undefined;
  // A new object with the typed province replaced by its code (or dropped), last, as `{ ...rest, province }` puts it.
  const normalized: Record<string, unknown> = {};
  for (const key in form) {
    if (key === 'province' || !Object.hasOwn(form, key)) continue;
    normalized[key] = (form as Record<string, unknown>)[key];
  }
  if (province) normalized.province = province;
  if (filed && typeof filed.province === 'string') {
    const filedOut: Record<string, unknown> = {};
    for (const key in filed) {
      if (key === 'province' || !Object.hasOwn(filed, key)) continue;
      filedOut[key] = (filed as Record<string, unknown>)[key];
    }
    if (filedProvince) filedOut.province = filedProvince;
    normalized.filed = filedOut;
  }
  return normalized as FilingForm;
}

/** parseProvince(), answering a code typed as a code at once. */
function provinceOf(value: string): ProvinceCode | undefined {
  return PROVINCE_CODE_SET.has(value) ? (value as ProvinceCode) : parseProvince(value);
}

const PROVINCE_CODE_SET: ReadonlySet<string> = new Set(PROVINCE_CODES);
