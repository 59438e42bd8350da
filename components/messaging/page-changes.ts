/**
 * What changed between two reads of a page, as a short list of path → value changes. A key
 * press changes one value of a form of a few kilobytes: the content script sends the
 * background that one change rather than the whole read (extension messages are
 * serialised on the console's main thread, so their size is paid per key press).
 *
 * The values are plain data as messages carry them (objects, arrays, strings, numbers,
 * booleans, null). `undefined` does not survive a message, so a removed key is a change
 * of its own kind.
 */

export type PathStep = string | number;

export type PageChange =
  /** The value at `path` is now `value`. */
  | { readonly path: readonly PathStep[]; readonly value: unknown }
  /** The key at `path` is gone. */
  | { readonly path: readonly PathStep[]; readonly removed: true };

const UNSAFE_STEPS = new Set(['__proto__', 'prototype', 'constructor']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A key's own value (`toString` of a plain object is not a value the data holds). */
const own = (record: Record<string, unknown>, key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);

function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], other[i])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key in left) {
    if (left[key] === undefined) continue;
    count++;
    if (!sameData(left[key], own(right, key))) return false;
  }
  for (const key in right) if (right[key] !== undefined) count--;
  return count === 0;
}

/**
 * The changes that turn `before` into `after`. Objects are compared key by key; an array
 * whose length changed is sent whole (a list of domains grows by one entry, rarely more),
 * otherwise item by item. Keys holding `undefined` count as absent, as in a message.
 */
export function diffPage(before: unknown, after: unknown, path: PathStep[] = [], out: PageChange[] = []): PageChange[] {
  if (before === after) return out;
  if (isRecord(before) && isRecord(after)) {
    for (const key in after) {
      const value = after[key];
      const earlier = own(before, key);
      if (value === undefined) {
        if (earlier !== undefined) out.push({ path: [...path, key], removed: true });
      } else if (earlier === undefined) out.push({ path: [...path, key], value });
      else diffPage(earlier, value, [...path, key], out);
    }
    for (const key in before)
      if (before[key] !== undefined && !Object.prototype.hasOwnProperty.call(after, key)) out.push({ path: [...path, key], removed: true });
    return out;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    for (let i = 0; i < after.length; i++) diffPage(before[i], after[i], [...path, i], out);
    return out;
  }
  if (!sameData(before, after)) out.push({ path, value: after });
  return out;
}

/**
 * `base` with `changes` applied, copying only the objects along the changed paths: `base`
 * itself is never modified (the previous state may still be waiting to be stored).
 */
export function applyChanges<T>(base: T, changes: readonly PageChange[]): T {
  let root: unknown = base;
  // The background applies what a message says: a path may only name data keys.
  if (changes.some((c) => !Array.isArray(c.path) || c.path.some((step) => UNSAFE_STEPS.has(step as string)))) throw new Error('change path not allowed');
  const copied = new Set<unknown>();
  const own = (value: unknown): Record<PathStep, unknown> => {
    if (copied.has(value)) return value as Record<PathStep, unknown>;
    const copy = Array.isArray(value) ? value.slice() : { ...(value as object) };
    copied.add(copy);
    return copy as Record<PathStep, unknown>;
  };
  for (const change of changes) {
    if (change.path.length === 0) {
      if ('removed' in change) throw new Error('cannot remove the root');
      root = change.value;
      continue;
    }
    root = own(root);
    let parent = root as Record<PathStep, unknown>;
    for (const step of change.path.slice(0, -1)) {
      const child = parent[step];
      if (typeof child !== 'object' || child === null) throw new Error('change below a value that is not an object');
      parent = parent[step] = own(child);
    }
    const last = change.path[change.path.length - 1]!;
    if ('removed' in change) delete parent[last];
    else parent[last] = change.value;
  }
  return root as T;
}
