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
    // A hole reads as undefined: only then is the slower `in` needed to tell it from an undefined item.
    const value = array[i];
    if (value === undefined && !(i in array)) continue;
    const result = fn(value!, i, array);
    if (Array.isArray(result)) {
      const items = result as readonly U[];
      for (let j = 0; j < items.length; j++) {
        const item = items[j];
        if (item !== undefined || j in items) out.push(item!);
      }
    } else out.push(result as U);
  }
  return out;
}
