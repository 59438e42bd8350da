/** Calendar arithmetic on YYYY-MM-DD strings (UTC, no clock). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Date.UTC maps years 0–99 to 1900–1999; set the year separately so "0099-01-01" stays year 99. */
function utc(y: number, monthIndex: number, d: number): Date {
  const date = new Date(Date.UTC(2000, monthIndex, d));
  date.setUTCFullYear(y, monthIndex, d);
  return date;
}

export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = utc(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function toDate(value: string): Date {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return utc(y, m - 1, d);
}

function fromDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds calendar months; the 31st clamps to the month's last day (2026-01-31 + 1 month = 2026-02-28). */
export function addMonths(value: string, months: number): string {
  const date = toDate(value);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = utc(date.getUTCFullYear(), date.getUTCMonth() + 1, 0).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return fromDate(date);
}

export function addDays(value: string, days: number): string {
  const date = toDate(value);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

/** Age in completed years on `today` for someone born on `birthDate`. */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
