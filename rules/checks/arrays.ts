/**
 * Array helpers for the rules' hot paths. `Array.prototype.flatMap` is a generic builtin
 * that V8 does not inline: on the one- to three-element lists of a form it costs several
 * times a plain loop, and the engine calls it in most rules.
 */

/** What `array.flatMap(fn)` gives (one level flattened, holes skipped), with a plain loop. */
export function flatMap<T, U>(array: readonly T[], fn: (value: T, index: number, array: readonly T[]) => U | readonly U[]): U[] {
  const out: U[] = [];
  const length = array.length;
  for (let i = 0; i < length; i++) {
    if (!(i in array)) continue;
    const result = fn(array[i]!, i, array);
    if (Array.isArray(result)) {
      const items = result as readonly U[];
      for (let j = 0; j < items.length; j++) if (j in items) out.push(items[j]!);
    } else out.push(result as U);
  }
  return out;
}
