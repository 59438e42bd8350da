import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeForm } from '../../test/support/make-form';
import { applyChanges, diffPage, type PageChange } from './page-changes';

/** What a value looks like after a trip through an extension message. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('page changes', () => {
  it('a typed value is one change, applied without touching the previous state', () => {
    const before = makeForm('individual');
    const after = structuredClone(before);
    after.subject!.principal!.mobile = '1380000000';
    const changes = diffPage(before, after);
    expect(changes).toEqual([{ path: ['subject', 'principal', 'mobile'], value: '1380000000' }]);
    const frozen = structuredClone(before);
    const applied = applyChanges(before, overTheWire(changes));
    expect(applied).toEqual(after);
    expect(before).toEqual(frozen);
    // Only the objects on the path are new; the rest is shared.
    expect(applied.websites).toBe(before.websites);
    expect(applied.subject).not.toBe(before.subject);
  });

  it('removed keys, grown lists and replaced values', () => {
    const before = { a: { b: 1, c: 'x' }, list: ['a.cn'], keep: [1, 2], gone: true };
    const after = { a: { b: 2 }, list: ['a.cn', 'b.cn'], keep: [1, 3], fresh: { n: null } };
    const changes = diffPage(before, after);
    expect(changes).toEqual<PageChange[]>([
      { path: ['a', 'b'], value: 2 },
      { path: ['a', 'c'], removed: true },
      { path: ['list'], value: ['a.cn', 'b.cn'] },
      { path: ['keep', 1], value: 3 },
      { path: ['fresh'], value: { n: null } },
      { path: ['gone'], removed: true },
    ]);
    expect(applyChanges(before, overTheWire(changes))).toEqual(after);
    expect(diffPage(after, structuredClone(after))).toEqual([]);
  });

  it('a key holding undefined counts as absent, as it would in a message', () => {
    expect(diffPage({ a: 1, b: undefined }, { a: 1 })).toEqual([]);
    expect(diffPage({ a: 1 }, { a: 1, b: undefined })).toEqual([]);
    expect(diffPage({ a: 1, b: 2 }, { a: 1, b: undefined })).toEqual([{ path: ['b'], removed: true }]);
  });

  it('keys named like Object.prototype members are data like any other', () => {
    expect(diffPage({ toString: false }, {})).toEqual([{ path: ['toString'], removed: true }]);
    expect(diffPage({}, { valueOf: 1 })).toEqual([{ path: ['valueOf'], value: 1 }]);
    expect(applyChanges({ toString: false }, diffPage({ toString: false }, {}))).toEqual({});
  });

  it('refuses paths that would reach an object prototype', () => {
    expect(() => applyChanges({}, [{ path: ['__proto__', 'polluted'], value: true }])).toThrow();
    expect(() => applyChanges({}, [{ path: ['a', 'constructor'], value: 1 }])).toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('for any two values: applying the diff to the first gives the second, and the first is left as it was', () => {
    // Reads never hold prototype-named keys (applyChanges refuses them; tested above).
    const json = fc.jsonValue({ maxDepth: 4 }).filter((value) => !/"(__proto__|constructor|prototype)":/.test(JSON.stringify(value)));
    // Pairs that share most of their structure, like two reads of one page, and unrelated pairs.
    const similar = json.chain((base) => fc.tuple(fc.constant(base), json).map(([a, b]) => [a, mix(a, b)] as const));
    fc.assert(
      fc.property(fc.oneof(similar, fc.tuple(json, json)), ([before, after]) => {
        const frozen = overTheWire(before);
        const applied = applyChanges(overTheWire(before), overTheWire(diffPage(before, after)));
        expect(applied).toEqual(overTheWire(after));
        expect(overTheWire(before)).toEqual(frozen);
      }),
      { numRuns: 2000 },
    );
  });
});

/** `a` with some of its object keys taken from `b`. */
function mix(a: unknown, b: unknown): unknown {
  if (typeof a !== 'object' || a === null || Array.isArray(a) || typeof b !== 'object' || b === null || Array.isArray(b)) return b;
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [key, value] of Object.entries(b as Record<string, unknown>)) out[key] = key.length % 2 ? mix(out[key], value) : value;
  return out;
}
