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
