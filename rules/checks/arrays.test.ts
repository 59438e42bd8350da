import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatMap } from './arrays';

describe('flatMap', () => {
  it('gives what Array.prototype.flatMap gives, arguments included', () => {
    const item = fc.oneof(
      fc.integer(),
      fc.string({ maxLength: 2 }),
      fc.array(fc.integer(), { maxLength: 3 }),
      fc.array(fc.array(fc.integer(), { maxLength: 2 }), { maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), fc.nat(3), (array, mode) => {
        const fn = (value: unknown, index: number, whole: readonly unknown[]) =>
          mode === 0 ? value : mode === 1 ? [value, index] : mode === 2 ? (index % 2 ? [] : [[value], whole.length]) : Array.isArray(value) ? value : [value];
        expect(flatMap(array, fn)).toEqual(array.flatMap(fn));
      }),
      { numRuns: 2000 },
    );
  });

  it('skips holes as the builtin does, in the list and in the returned arrays', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [1, , 3];
    // eslint-disable-next-line no-sparse-arrays
    const fn = (v: number | undefined) => (v === 3 ? [7, , 8] : [v]);
    expect(flatMap(sparse, fn)).toEqual(sparse.flatMap(fn));
    expect(flatMap(sparse, fn)).toHaveLength(3);
    // An undefined item is not a hole: it is kept, in the list and in the returned arrays.
    // eslint-disable-next-line no-sparse-arrays
    const withUndefined = [undefined, , 2];
    // eslint-disable-next-line no-sparse-arrays
    const keep = (v: number | undefined) => (v === 2 ? [undefined, , v] : [v]);
    expect(flatMap(withUndefined, keep)).toEqual(withUndefined.flatMap(keep));
    expect(flatMap(withUndefined, keep)).toHaveLength(3);
  });

  it('works on frozen lists', () => {
    expect(flatMap(Object.freeze([1, 2]), (v) => [v, v])).toEqual([1, 1, 2, 2]);
  });
});
