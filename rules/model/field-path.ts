/**
 * Field paths (rules/model/fields.ts): `subject.principal.mobile`, `websites[0].name`, and
 * patterns that write any item as `[]` (`websites[].principal.mobile`). What the engine
 * needs of a pattern: its steps, and which of its fields a form lacks.
 */
import type { FilingForm } from './filing-form';

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
export type PathParts = readonly (readonly string[])[];

const compiledPatterns = new Map<string, CompiledPattern>();

/** `pattern` split once, the same object for every later call. */
export function compilePattern(pattern: string): CompiledPattern {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    const parts = pattern.split('[]').map((part) => part.split(/[.[\]]+/).filter(Boolean));
    compiled = { parts, joined: parts.map((part) => part.join('.')) };
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}

const readPath = (root: unknown, path: readonly string[]): unknown => {
  let current = root;
  for (let i = 0; i < path.length; i++) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[path[i]!];
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
export function missingFields(form: FilingForm, pattern: CompiledPattern): readonly string[] {
  // Most fields of a form in progress are there: find that out before building any id.
  if (!anyMissing(form, pattern.parts, 0)) return NONE_MISSING;
  const out: string[] = [];
  collectMissing(form, pattern, 0, '', out);
  return out;
}
