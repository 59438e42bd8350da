/**
 * Incremental evaluation: what a rule's check looked at, kept between runs, so that a rule
 * none of whose inputs changed since it last ran gives its last results without running.
 * A key press changes one value of the form; most rules never look at it.
 *
 * A rule's inputs are field-id patterns (ruleInputs()): its `reads`, its `alsoReads` and
 * the scope fields. For each pattern the engine keeps a tape: the values the pattern
 * reaches in the last form, written out flat (primitives as they are, objects and arrays
 * as markers and lengths). A pattern's end is compared in depth (`subject.principal`:
 * everything in it), except a pattern that ends in `[]` (`websites[]`: how many items and
 * whether each is an object, not what they hold). A run walks the pattern over the new
 * form and compares along the tape; nothing is allocated unless something changed.
 *
 * Values are compared, never object identities: a caller may change a form in place
 * between two runs (tests do), and the background rebuilds the form from messages.
 * The rule tester records every property each check reads (test/support/record-reads.ts)
 * and fails a case that reads a field the rule's inputs do not cover;
 * test/unit/incremental.test.ts does the same over random filings, and compares incremental
 * runs with fresh ones over random sequences of edits.
 */
import type { PathParts } from '../model/field-path';
import { SCOPE_INPUTS } from './scope';
import type { Rule } from './types';

/** Fields every rule may read without declaring them (rules/engine/scope.ts). */
export { SCOPE_INPUTS };

/** Every field-id pattern a rule's check may look at: what the engine compares between runs. */
export function ruleInputs(rule: Pick<Rule, 'reads' | 'alsoReads'>): string[] {
  return [...new Set([...SCOPE_INPUTS, ...rule.reads, ...(rule.alsoReads ?? [])])];
}

/** Tape markers: a value that is an object, an array, and the end of an object's keys. */
const OBJECT = Object.freeze({ tape: 'object' });
const ARRAY = Object.freeze({ tape: 'array' });
const END = Object.freeze({ tape: 'end' });

/** The values one pattern reached in the last form compared; see the module comment. */
export class InputTape {
  private values: unknown[] = [];
  private position = 0;
  private writing = true;
  /** Whether the tape holds a form yet (a new tape matches nothing). */
  private written = false;

  /**
   * Whether `form` gives the same values along `parts` as the form the tape holds; if not,
   * the tape is rewritten with `form`'s values and false is returned.
   */
  update(form: unknown, parts: PathParts): boolean {
    if (this.written) {
      this.writing = false;
      this.position = 0;
      if (walkSegment(form, parts, 0, this) && this.position === this.values.length) return true;
    }
    this.values = [];
    this.writing = true;
    walkSegment(form, parts, 0, this);
    this.written = true;
    return false;
  }

  /** Writes `value`, or compares it with the next value on the tape. */
  put(value: unknown): boolean {
    if (this.writing) {
      this.values.push(value);
      return true;
    }
    // Past the end reads undefined: update() catches that by the position.
    return this.values[this.position++] === value;
  }
}

/** Puts what `parts[index]` reaches under `value` on the tape; false at the first difference. */
function walkSegment(value: unknown, parts: PathParts, index: number, tape: InputTape): boolean {
  const steps = parts[index]!;
  let current = value;
  for (let i = 0; i < steps.length; i++) {
    // A check may test whether an object on the way is there (`form.subject?.…`): its kind is an input too.
    if (current === null || typeof current !== 'object') return tape.put(current);
    if (!tape.put(Array.isArray(current) ? ARRAY : OBJECT)) return false;
    current = (current as Record<string, unknown>)[steps[i]!];
  }
  if (index === parts.length - 1) return steps.length === 0 ? putKind(current, tape) : putDeep(current, tape);
  if (!Array.isArray(current)) return tape.put(current === null || typeof current !== 'object' ? current : OBJECT);
  if (!tape.put(ARRAY) || !tape.put(current.length)) return false;
  for (let i = 0; i < current.length; i++) if (!walkSegment(current[i], parts, index + 1, tape)) return false;
  return true;
}

/**
 * An item of a pattern that ends in `[]` (`websites[]`): the list's length and what kind
 * of thing each item is, not what is in it. A check that counts websites, or says
 * something per website without reading it, declares that.
 */
function putKind(value: unknown, tape: InputTape): boolean {
  if (value === null || typeof value !== 'object') return tape.put(value);
  return tape.put(Array.isArray(value) ? ARRAY : OBJECT);
}

/** A leaf, whole: a check may read anything inside it. */
function putDeep(value: unknown, tape: InputTape): boolean {
  if (value === null || typeof value !== 'object') return tape.put(value);
  if (Array.isArray(value)) {
    if (!tape.put(ARRAY) || !tape.put(value.length)) return false;
    for (let i = 0; i < value.length; i++) if (!putDeep(value[i], tape)) return false;
    return true;
  }
  if (!tape.put(OBJECT)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    if (!tape.put(key) || !putDeep(record[key], tape)) return false;
  }
  return tape.put(END);
}
