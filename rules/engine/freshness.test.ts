import { describe, expect, it } from 'vitest';
import { mayBeOutdated, oneYearBefore } from './freshness';

describe('oneYearBefore', () => {
  it.each([
    ['2026-12-07', '2025-12-07'],
    ['2026-01-01', '2025-01-01'],
    ['2028-02-29', '2027-02-28'],
    ['2027-03-01', '2026-03-01'],
  ])('%s → %s', (day, before) => expect(oneYearBefore(day)).toBe(before));
});

describe('mayBeOutdated', () => {
  it.each([
    // [reviewedAt, today, outdated]
    ['2026-11-29', '2026-12-07', false],
    ['2025-12-07', '2026-12-07', false], // exactly a year: still fresh
    ['2025-12-06', '2026-12-07', true], // a year and a day
    ['2024-06-30', '2026-12-07', true],
    ['2027-02-28', '2028-02-29', false],
    ['2027-02-27', '2028-02-29', true],
    ['2026-12-08', '2026-12-07', false], // reviewed "after" the day of the check (an old --today)
    ['2026-02-30', '2026-12-07', true], // not a calendar date: nobody knows when it was reviewed
  ])('reviewed %s, checked %s → %s', (reviewedAt, today, outdated) => expect(mayBeOutdated(reviewedAt, today)).toBe(outdated));

  it('refuses a day of the check that is not a date', () => {
    expect(() => mayBeOutdated('2026-11-29', '07/12/2026')).toThrow(RangeError);
  });
});
