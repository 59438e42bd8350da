/**
 * Field paths, the one grammar for them: dotted names that mirror FilingForm
 * (`subject.principal.mobile`), item indexes in brackets (`websites[0].name`), and in
 * patterns `[]` for any item (`websites[].principal.mobile`). The same paths name fields in
 * the rules' `reads`, in findings, in the adapters and in the UI (rules/model/fields.ts).
 *
 * Lenient, like the readers it replaced: a dot or bracket out of place separates names
 * and is otherwise ignored (`a..b` is `a.b`), and a bracket that holds anything but digits
 * holds a name (`a[x]` is `a.x`).
 */

/** The step of a pattern that stands for any item of a list. */
export const EACH = '[]';

/** A name, an item index (`[0]` → 0), or EACH (`[]`). */
export type PathStep = string | number;

const TOKEN = /\[(\d*)\]|[^.[\]]+/g;

/** `websites[0].domains[]` → ['websites', 0, 'domains', '[]']; '' → []. */
export function parseFieldPath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  for (const match of path.matchAll(TOKEN)) {
    const index = match[1];
    if (index === undefined) steps.push(match[0]);
    else if (index === '') steps.push(EACH);
    else {
      // An index too large to count exactly is kept as a name, so that it reads back the same.
      const n = Number(index);
      steps.push(Number.isSafeInteger(n) ? n : index);
    }
  }
  return steps;
}

/** The path of `steps`, as parseFieldPath() reads it: ['websites', 0, 'name'] → `websites[0].name`. */
export function formatFieldPath(steps: readonly PathStep[]): string {
  let path = '';
  for (const step of steps) {
    if (typeof step === 'number') path += `[${step}]`;
    else if (step === EACH) path += EACH;
    else path += path === '' ? step : `.${step}`;
  }
  return path;
}

/** Fields whose keys are data, not names: `materials.<material id>@websites[0]` is one key of `materials`. */
const KEYED_RECORDS = ['materials'];

/**
 * A concrete field id as the steps to set it in a form: parseFieldPath(), except that the
 * key of a keyed record is one step (`materials.icp-letter@websites[0]` → ['materials',
 * 'icp-letter@websites[0]']).
 */
export function fieldIdSteps(id: string): PathStep[] {
  const dot = id.indexOf('.');
  if (dot > 0 && KEYED_RECORDS.includes(id.slice(0, dot))) return [id.slice(0, dot), id.slice(dot + 1)];
  return parseFieldPath(id);
}

/**
 * A pattern split at its `[]`: `websites[].principal.mobile` → parts [['websites'],
 * ['principal', 'mobile']], the steps to an array, then the steps within each item; with
 * each part also joined for field ids (['websites', 'principal.mobile']).
 */
export interface CompiledPattern {
  readonly parts: PathParts;
  readonly joined: readonly string[];
}

/** The parts of a CompiledPattern. */
export type PathParts = readonly (readonly PathStep[])[];

/** The parts of `pattern` (see CompiledPattern). */
export function patternParts(pattern: string): PathStep[][] {
  const parts: PathStep[][] = [[]];
  for (const step of parseFieldPath(pattern)) {
    if (step === EACH) parts.push([]);
    else parts[parts.length - 1]!.push(step);
  }
  return parts;
}

const compiledPatterns = new Map<string, CompiledPattern>();

/** `pattern` split once, the same object for every later call. */
export function compilePattern(pattern: string): CompiledPattern {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    const parts = patternParts(pattern);
    compiled = { parts, joined: parts.map(formatFieldPath) };
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}

/** The value at `path` under `root` (undefined past anything that is not an object). */
export const readPath = (root: unknown, path: readonly PathStep[]): unknown => {
  let current = root;
  for (let i = 0; i < path.length; i++) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathStep, unknown>)[path[i]!];
  }
  return current;
};

/** Appends to `out` the ids of the fields of `parts` (from `index` on) absent under `value`. */
function collectMissing(value: unknown, pattern: CompiledPattern, index: number, id: string, out: string[]): void {
  const part = pattern.parts[index]!;
  const next = readPath(value, part);
  const nextId = part.length === 0 ? id : id ? `${id}.${pattern.joined[index]}` : pattern.joined[index]!;
  if (index === pattern.parts.length - 1) {
    if (next === undefined) out.push(nextId);
    return;
  }
  // An absent array names the path up to the array itself, so "unknown" can say what is missing.
  if (!Array.isArray(next)) {
    if (next === undefined) out.push(nextId);
    return;
  }
  for (let i = 0; i < next.length; i++) collectMissing(next[i], pattern, index + 1, `${nextId}[${i}]`, out);
}

/** Whether any field of `parts` (from `index` on) is absent under `value`: collectMissing() without building ids. */
function anyMissing(value: unknown, parts: PathParts, index: number): boolean {
  const next = readPath(value, parts[index]!);
  if (next === undefined) return true;
  if (index === parts.length - 1 || !Array.isArray(next)) return false;
  for (let i = 0; i < next.length; i++) if (anyMissing(next[i], parts, index + 1)) return true;
  return false;
}

const NONE_MISSING: readonly string[] = Object.freeze([]);

/**
 * The fields of `pattern` absent from `form`, as concrete ids: what expandPattern() +
 * readField() give, without re-parsing the pattern for every rule and every run.
 */
export function missingFields(form: unknown, pattern: CompiledPattern): readonly string[] {
  // Most fields of a form in progress are there: find that out before building any id.
  if (!anyMissing(form, pattern.parts, 0)) return NONE_MISSING;
  const out: string[] = [];
  collectMissing(form, pattern, 0, '', out);
  return out;
}
