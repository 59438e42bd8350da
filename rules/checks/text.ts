/** Small text predicates shared by naming rules. compact and lettersAndDigits are remembered by text (memo.ts). */
import { memoByText } from './memo';

/** Han characters (CJK unified ideographs, extension A, compatibility). */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/** Whether a code point is in HAN's ranges (all in the BMP). */
const isHanCode = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);

export function countHan(value: string): number {
  // A BMP code unit in those ranges is never half of a surrogate pair, so counting code units counts HAN's matches.
  let n = 0;
  for (let i = 0; i < value.length; i++) if (isHanCode(value.charCodeAt(i))) n++;
  return n;
}

/** Whether `value` holds a Han character of the original CJK block (U+4E00–9FA5, letters in every Unicode version). */
function hasCommonHan(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fa5) return true;
  }
  return false;
}

/** Length as a reviewer counts it: every character, Han or not, counts one. */
export function charLength(value: string): number {
  // What [...value].length counts: code points, a lone surrogate counting one.
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The first of `words` that `value` contains, or undefined. */
export function firstContained(value: string, words: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  return words.find((word) => lower.includes(word.toLowerCase()));
}

/** Every word of `words` that `value` contains. */
export function allContained(value: string, words: readonly string[]): string[] {
  const lower = value.toLowerCase();
  return words.filter((word) => lower.includes(word.toLowerCase()));
}

/** `value` lower-cased with every space removed: how two spellings of one name are compared. */
const SPACES = /\s+/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
const ASCII_DIGITS = /^[0-9]+$/;
const LATIN_SCRIPT = /^\p{Script=Latin}+$/u;
const ASCII_ALNUM = /^[A-Za-z0-9]+$/;
const ASCII_LETTER = /[A-Za-z]/;
const ASCII_DIGIT = /[0-9]/;

export const compact = memoByText(function compact(value: string): string {
  return value.replace(SPACES, '').toLowerCase();
});

/** The letters and digits of `value` (any script), without spaces, punctuation or symbols. */
export const lettersAndDigits = memoByText(function lettersAndDigits(value: string): string {
  return value.replace(NOT_LETTER_OR_DIGIT, '');
});

// The three tests below: a Han character is a letter, so it stays in lettersAndDigits() and
// fails each of them — a Chinese name is answered without building that string.

/** Made of ASCII digits only once spaces and symbols are set aside ("12 34", "2024!"); false when there are none. */
export function isDigitsOnly(value: string): boolean {
  return !hasCommonHan(value) && ASCII_DIGITS.test(lettersAndDigits(value));
}

/** Made of Latin letters only once spaces and symbols are set aside ("My Blog", "café"); false when there are none. */
export function isLatinOnly(value: string): boolean {
  return !hasCommonHan(value) && LATIN_SCRIPT.test(lettersAndDigits(value));
}

/** Made of ASCII letters and digits only, with at least one of each ("web2", "ABC 123"). */
export function isLatinAndDigitsOnly(value: string): boolean {
  if (hasCommonHan(value)) return false;
  const core = lettersAndDigits(value);
  return ASCII_ALNUM.test(core) && ASCII_LETTER.test(core) && ASCII_DIGIT.test(core);
}

/**
 * The characters of `value` that are neither letters, digits nor combining marks of any
 * script, nor white space, nor one of `allowed` — each once, in order of appearance.
 * Invisible format characters (the joiner inside emoji sequences) are left out.
 */
export function symbolsIn(value: string, allowed = ''): string[] {
  let seen: Set<string> | undefined;
  for (const ch of value) {
    if (isWordOrSpace(ch) || allowed.includes(ch)) continue;
    (seen ??= new Set()).add(ch);
  }
  return seen ? [...seen] : [];
}

const WORD_OR_SPACE = /[\p{L}\p{N}\p{M}\s\p{Cf}]/u;

/** WORD_OR_SPACE.test(ch), answered without the regex for ASCII and the main CJK block. */
function isWordOrSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 32 || (code >= 9 && code <= 13);
  }
  if (code >= 0x4e00 && code <= 0x9fa5) return true;
  return WORD_OR_SPACE.test(ch);
}

/** Pictographic emoji (☀, 😀, 🔥); ©, ® and ™ are not counted. Also regional-indicator flag letters. */
const EMOJI = /(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}|[\u{1f1e6}-\u{1f1ff}]/u;

/** The emoji of `value`, each once, in order of appearance. */
export function emojisIn(value: string): string[] {
  let seen: Set<string> | undefined;
  for (const ch of value) {
    // ASCII and the original CJK block hold no emoji (ASCII # * 0–9 are emoji only with a following keycap mark).
    const code = ch.charCodeAt(0);
    if (code < 128 || (code >= 0x4e00 && code <= 0x9fa5)) continue;
    if (EMOJI.test(ch)) (seen ??= new Set()).add(ch);
  }
  return seen ? [...seen] : [];
}

/** Runs of ASCII letters, lower-cased: "My-Test App2" → ["my", "test", "app"]. */
export function latinTokens(value: string): string[] {
  return value.toLowerCase().match(/[a-z]+/g) ?? [];
}

/** Whether `value` has `word` as a whole Latin word (its plural with -s too): "Demo App" has "demo"; "Contest" has no "test". */
export function hasLatinWord(value: string, word: string): boolean {
  const wanted = word.toLowerCase();
  return latinTokens(value).some((token) => token === wanted || token === `${wanted}s`);
}

/** The distinct two-character windows of the Han runs of `value`: "示例科技" → 示例, 例科, 科技. */
export function hanBigrams(value: string): string[] {
  const out = new Set<string>();
  for (const run of value.match(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  return [...out];
}

/**
 * `value` with every lone surrogate replaced by U+FFFD, as String.prototype.toWellFormed
 * does (not in every runtime the rules run in). Page text may hold lone surrogates, and
 * encodeURIComponent throws a URIError on them.
 */
export function toWellFormed(value: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    if (code <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    out += `${value.slice(from, i)}\uFFFD`;
    from = i + 1;
  }
  return from === 0 ? value : out + value.slice(from);
}
