/** Small text predicates shared by naming rules. */

/** Han characters (CJK unified ideographs, extension A, compatibility). */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

export function countHan(value: string): number {
  let n = 0;
  for (const ch of value) if (HAN.test(ch)) n++;
  return n;
}

/** Length as a reviewer counts it: every character, Han or not, counts one. */
export function charLength(value: string): number {
  return [...value].length;
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
export function compact(value: string): string {
  return value.replace(/\s+/g, '').toLowerCase();
}

/** The letters and digits of `value` (any script), without spaces, punctuation or symbols. */
export function lettersAndDigits(value: string): string {
  return value.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Made of ASCII digits only once spaces and symbols are set aside ("12 34", "2024!"); false when there are none. */
export function isDigitsOnly(value: string): boolean {
  return /^[0-9]+$/.test(lettersAndDigits(value));
}

/** Made of Latin letters only once spaces and symbols are set aside ("My Blog", "café"); false when there are none. */
export function isLatinOnly(value: string): boolean {
  return /^\p{Script=Latin}+$/u.test(lettersAndDigits(value));
}

/** Made of ASCII letters and digits only, with at least one of each ("web2", "ABC 123"). */
export function isLatinAndDigitsOnly(value: string): boolean {
  const core = lettersAndDigits(value);
  return /^[A-Za-z0-9]+$/.test(core) && /[A-Za-z]/.test(core) && /[0-9]/.test(core);
}

/**
 * The characters of `value` that are neither letters, digits nor combining marks of any
 * script, nor white space, nor one of `allowed` — each once, in order of appearance.
 * Invisible format characters (the joiner inside emoji sequences) are left out.
 */
export function symbolsIn(value: string, allowed = ''): string[] {
  const seen = new Set<string>();
  for (const ch of value) {
    if (/[\p{L}\p{N}\p{M}\s\p{Cf}]/u.test(ch) || allowed.includes(ch)) continue;
    seen.add(ch);
  }
  return [...seen];
}

/** Pictographic emoji (☀, 😀, 🔥); ©, ® and ™ are not counted. Also regional-indicator flag letters. */
const EMOJI = /(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}|[\u{1f1e6}-\u{1f1ff}]/u;

/** The emoji of `value`, each once, in order of appearance. */
export function emojisIn(value: string): string[] {
  const seen = new Set<string>();
  for (const ch of value) if (EMOJI.test(ch)) seen.add(ch);
  return [...seen];
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
