import { describe, expect, it } from 'vitest';
import { addWorkingDays, workingDaysBetween } from './working-days';

// 2026-11-27 is a Friday, 2026-11-29 a Sunday.
describe('workingDaysBetween', () => {
  it.each([
    ['2026-11-27', '2026-11-27', 0],
    ['2026-11-27', '2026-11-29', 0], // Saturday and Sunday
    ['2026-11-27', '2026-11-30', 1],
    ['2026-11-26', '2026-11-29', 1],
    ['2026-11-24', '2026-11-29', 3],
    ['2026-11-23', '2026-11-30', 5],
    ['2026-12-30', '2027-01-04', 3], // across a year end
    ['2026-11-30', '2026-11-27', 0],
  ])('%s → %s: %i', (from, to, n) => expect(workingDaysBetween(from, to)).toBe(n));
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-11-27', 1, '2026-11-30'],
    ['2026-11-27', 3, '2026-12-02'],
    ['2026-11-25', 3, '2026-11-30'],
    ['2026-11-29', 0, '2026-11-29'],
    ['2028-02-28', 2, '2028-03-01'], // leap day counts
  ])('%s + %i → %s', (from, n, to) => expect(addWorkingDays(from, n)).toBe(to));
});

/** Monday–Friday days after 1900-01-01 through 2100-12-31, counted day by day independently. */
const TWO_CENTURIES = 52_439;

describe('workingDaysBetween over long spans', () => {
  it('counts five per whole week, across centuries', () => {
    expect(workingDaysBetween('2026-11-02', '2026-11-30')).toBe(20);
    expect(workingDaysBetween('1900-01-01', '2100-12-31')).toBe(TWO_CENTURIES);
  });
});
