/**
 * Working days (Monday–Friday) on YYYY-MM-DD strings, UTC, no clock. Public holidays
 * and the make-up working weekends of the mainland calendar are not known here, so a
 * count across a holiday is an upper bound of the real working days.
 */
import { addDays, daysBetween } from './dates';

function weekday(value: string): number {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function nextDay(value: string): string {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

const isWorkingDay = (value: string) => weekday(value) !== 0 && weekday(value) !== 6;

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string): number {
  const days = daysBetween(from, to);
  if (days <= 0) return 0;
  // Whole weeks hold five working days each; walk only the remaining days.
  let count = Math.floor(days / 7) * 5;
  let day = addDays(from, Math.floor(days / 7) * 7);
  while (day < to) {
    day = nextDay(day);
    if (isWorkingDay(day)) count++;
  }
  return count;
}

/** The day on which `days` working days have passed since `from`. */
export function addWorkingDays(from: string, days: number): string {
  let day = from;
  for (let left = days; left > 0;) {
    day = nextDay(day);
    if (isWorkingDay(day)) left--;
  }
  return day;
}
