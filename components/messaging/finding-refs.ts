/**
 * Findings over the engine port, each sent whole once: a later answer that carries the
 * same finding (same rule, field, words) sends its number instead. A typing user gets
 * an answer per key press, mostly with the findings of the answer before; the page
 * would otherwise parse their texts, explanations and sources again each time, on the
 * console's main thread. Numbers count per port, in the order the findings were first
 * sent, on both ends; the background starts the numbering over (and says so) past
 * FINDING_TABLE_LIMIT so neither end keeps a growing table.
 */
import type { Finding } from '../../rules/engine/run';

/** A finding in an answer: the finding itself, or the number of one sent earlier on the port. */
export type FindingOrRef = Finding | number;

export const FINDING_TABLE_LIMIT = 512;

/**
 * A finding's identity: all it says. The engine hands back the very same (frozen) object
 * for a finding that did not change since the last run, so the text is worked out once
 * per object.
 */
const keys = new WeakMap<Finding, string>();
function keyOf(finding: Finding): string {
  let key = keys.get(finding);
  if (key === undefined) {
    key = JSON.stringify(finding);
    if (Object.isFrozen(finding)) keys.set(finding, key);
  }
  return key;
}

/** The background's end, one per port. */
export function findingsSender(limit = FINDING_TABLE_LIMIT): (findings: readonly Finding[]) => { items: FindingOrRef[]; restart: boolean } {
  const numbers = new Map<string, number>();
  return (findings) => {
    const restart = numbers.size + findings.length > limit;
    if (restart) numbers.clear();
    const items = findings.map((finding) => {
      const key = keyOf(finding);
      const known = numbers.get(key);
      if (known !== undefined) return known;
      numbers.set(key, numbers.size);
      return finding;
    });
    return { items, restart };
  };
}

/** The content script's end, one per port. Numbers it does not know (never sent) are dropped. */
export function findingsReceiver(): (items: readonly FindingOrRef[], restart?: boolean) => Finding[] {
  let table: Finding[] = [];
  return (items, restart) => {
    if (restart) table = [];
    const out: Finding[] = [];
    for (const item of items) {
      if (typeof item === 'number') {
        const known = table[item];
        if (known) out.push(known);
      } else {
        table.push(item);
        out.push(item);
      }
    }
    return out;
  };
}
