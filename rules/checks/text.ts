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
