/**
 * Rule freshness: a rule whose `reviewedAt` lies more than a year before the day of the
 * check may be outdated (a console, a province page or a regulation may have changed since).
 * Pure: the caller passes the day (the CLI's --today, the panel's run day); nothing reads
 * the clock. The CLI marks findings of such rules in its text, JSON and SARIF output;
 * test/unit/freshness.test.ts reports them against the real calendar.
 */
import { isIsoDate } from '../checks/dates';

/** The same calendar day one year before `day` (YYYY-MM-DD); 29 February goes back to 28 February. */
export function oneYearBefore(day: string): string {
  const year = String(Number(day.slice(0, 4)) - 1).padStart(4, '0');
  const monthDay = day.slice(5) === '02-29' ? '02-28' : day.slice(5);
  return `${year}-${monthDay}`;
}

/**
 * Whether a rule last reviewed on `reviewedAt` was reviewed more than a year before `today`
 * (both YYYY-MM-DD). Exactly one year ago is still fresh; a date that is not a calendar date
 * counts as outdated, since nobody can say when the rule was looked at.
 */
export function mayBeOutdated(reviewedAt: string, today: string): boolean {
  if (!isIsoDate(today)) throw new RangeError(`today must be a date written YYYY-MM-DD, got ${today}`);
  if (!isIsoDate(reviewedAt)) return true;
  return reviewedAt < oneYearBefore(today);
}
