import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, daysBetween, isIsoDate } from './dates';

describe('isIsoDate', () => {
  it('accepts real dates, leap days of leap years included', () => {
    for (const value of ['2026-11-29', '2024-02-29', '2000-02-29', '1999-12-31', '2026-01-01']) expect(isIsoDate(value), value).toBe(true);
  });

  it('rejects 29 February of common years (1900 and 2100 are not leap years)', () => {
    for (const value of ['2026-02-29', '1900-02-29', '2100-02-29']) expect(isIsoDate(value), value).toBe(false);
  });

  it('rejects impossible days and months and other spellings', () => {
    for (const value of ['2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-1', '2026/01/01', '20260101', '', '长期']) {
      expect(isIsoDate(value), value).toBe(false);
    }
  });

  it('keeps years below 100 as written (Date.UTC would read 0099 as 1999)', () => {
    expect(isIsoDate('0099-01-01')).toBe(true);
    expect(isIsoDate('0099-02-29')).toBe(false);
    expect(isIsoDate('0096-02-29')).toBe(true);
  });
});

describe('addMonths', () => {
  it('adds the 3 months an ID card must still be valid for', () => {
    expect(addMonths('2026-11-29', 3)).toBe('2027-02-28');
    expect(addMonths('2026-08-15', 3)).toBe('2026-11-15');
  });

  it('clamps the 31st to the last day of a shorter month, 29 February in leap years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });

  it('goes backwards and across year ends', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -2)).toBe('2025-11-15');
    expect(addMonths('2026-11-29', 14)).toBe('2028-01-29');
  });
});

describe('addDays and daysBetween', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts whole days, negative when the second date is earlier', () => {
    expect(daysBetween('2026-11-29', '2027-02-28')).toBe(91);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-11-29', '2026-11-28')).toBe(-1);
    expect(daysBetween('2026-11-29', '2026-11-29')).toBe(0);
  });
});

describe('ageOn', () => {
  it('counts completed years: 18 on the birthday, 17 the day before', () => {
    expect(ageOn('2008-11-29', '2026-11-29')).toBe(18);
    expect(ageOn('2008-11-30', '2026-11-29')).toBe(17);
    expect(ageOn('2008-12-01', '2026-11-29')).toBe(17);
  });

  it('makes someone born on 29 February a year older on 1 March of a common year', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });
});

/**
 * The Date-based definitions the integer arithmetic replaced, kept as the specification:
 * on any input both must give the same answer (or throw alike).
 */
describe('dates against the Date-based definitions', () => {
  const utc = (y: number, monthIndex: number, d: number) => {
    const date = new Date(Date.UTC(2000, monthIndex, d));
    date.setUTCFullYear(y, monthIndex, d);
    return date;
  };
  const toDate = (value: string) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return utc(y, m - 1, d);
  };
  const fromDate = (date: Date) => date.toISOString().slice(0, 10);
  const ref = {
    isIsoDate(value: string) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!m) return false;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const date = utc(y, mo - 1, d);
      return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
    },
    addMonths(value: string, months: number) {
      const date = toDate(value);
      const day = date.getUTCDate();
      date.setUTCDate(1);
      date.setUTCMonth(date.getUTCMonth() + months);
      const last = utc(date.getUTCFullYear(), date.getUTCMonth() + 1, 0).getUTCDate();
      date.setUTCDate(Math.min(day, last));
      return fromDate(date);
    },
    addDays(value: string, days: number) {
      const date = toDate(value);
      date.setUTCDate(date.getUTCDate() + days);
      return fromDate(date);
    },
    daysBetween: (from: string, to: string) => Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000),
    ageOn(birthDate: string, today: string) {
      const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
      const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
      return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
    },
  };
  /** The same outcome: equal values, or both throwing. */
  const same = (actual: () => unknown, expected: () => unknown) => {
    let want: unknown;
    try {
      want = expected();
    } catch {
      expect(actual).toThrow();
      return;
    }
    expect(actual()).toEqual(want);
  };
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  // Real dates of every year 0–9999, near-dates (day 0, day 31 of short months, month 13) and other spellings.
  const isoLike = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
  const recent = fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`);
  const odd = fc.constantFrom(
    '2026-1-5',
    '2026/01/01',
    '',
    '长期',
    '12345-01-01',
    '2026-01-01T00',
    '２０２６-01-01',
    '-001-01-01',
    '2026-02-30',
    '9999-12-31',
    '0000-01-01',
    '0000-02-29',
  );
  const dates = fc.oneof(isoLike, recent, recent, odd);

  it('isIsoDate', () => {
    fc.assert(
      fc.property(dates, (v) =>
        same(
          () => isIsoDate(v),
          () => ref.isIsoDate(v),
        ),
      ),
      { numRuns: 5000 },
    );
  });
  it('addMonths, also across year 0 and 9999', () => {
    const months = fc.oneof(fc.integer({ min: -36, max: 36 }), fc.integer({ min: -130_000, max: 130_000 }), fc.constantFrom(0.5, -1.5));
    fc.assert(
      fc.property(dates, months, (v, n) =>
        same(
          () => addMonths(v, n),
          () => ref.addMonths(v, n),
        ),
      ),
      { numRuns: 5000 },
    );
  });
  it('addDays, also across year 0 and 9999', () => {
    const days = fc.oneof(fc.integer({ min: -800, max: 800 }), fc.integer({ min: -4_000_000, max: 4_000_000 }), fc.constantFrom(0.5, -1.5));
    fc.assert(
      fc.property(dates, days, (v, n) =>
        same(
          () => addDays(v, n),
          () => ref.addDays(v, n),
        ),
      ),
      { numRuns: 5000 },
    );
  });
  it('daysBetween and ageOn', () => {
    fc.assert(
      fc.property(dates, dates, (a, b) => {
        same(
          () => daysBetween(a, b),
          () => ref.daysBetween(a, b),
        );
        same(
          () => ageOn(a, b),
          () => ref.ageOn(a, b),
        );
      }),
      { numRuns: 5000 },
    );
  });
});
