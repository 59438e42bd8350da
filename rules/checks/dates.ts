/**
 * Calendar arithmetic on YYYY-MM-DD strings (UTC, no clock).
 *
 * Dates of the form YYYY-MM-DD that exist (years 0000–9999) are computed with integer
 * day numbers, without Date objects; anything else (other spellings, results outside
 * those years) takes the Date-based path, so every input gives what Date arithmetic gives.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Date.UTC maps years 0–99 to 1900–1999; set the year separately so "0099-01-01" stays year 99. */
function utc(y: number, monthIndex: number, d: number): Date {
  const date = new Date(Date.UTC(2000, monthIndex, d));
  date.setUTCFullYear(y, monthIndex, d);
  return date;
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of year `y`, proleptic Gregorian as Date counts. */
function daysInMonth(y: number, month: number): number {
  return month === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[month - 1]!;
}

const digitAt = (value: string, i: number) => value.charCodeAt(i) - 48;
const isDigitAt = (value: string, i: number) => {
  const code = value.charCodeAt(i);
  return code >= 48 && code <= 57;
};

/** A day of a real date as y/m/d numbers (month 1–12). */
interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9] as const;

/** `value` read as an existing YYYY-MM-DD date (ASCII digits, as the ISO pattern), else undefined. */
function parseIso(value: string): Ymd | undefined {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  for (const i of DIGIT_POSITIONS) if (!isDigitAt(value, i)) return undefined;
  const y = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10 + digitAt(value, 3);
  const m = digitAt(value, 5) * 10 + digitAt(value, 6);
  const d = digitAt(value, 8) * 10 + digitAt(value, 9);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil), exact for every proleptic Gregorian date. */
function dayNumber({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of dayNumber (civil_from_days). */
function fromDayNumber(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** YYYY-MM-DD as Date.toISOString() writes it, for years 0–9999 (undefined outside them). */
function formatIso({ y, m, d }: Ymd): string | undefined {
  if (y < 0 || y > 9999) return undefined;
  return `${y < 10 ? '000' : y < 100 ? '00' : y < 1000 ? '0' : ''}${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function isIsoDate(value: string): boolean {
  if (parseIso(value)) return true;
  // The fast reading accepts exactly what the pattern and Date accept; this keeps the definition.
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
  const from = Number.isInteger(months) ? parseIso(value) : undefined;
  if (from) {
    const total = from.y * 12 + (from.m - 1) + months;
    const y = Math.floor(total / 12);
    const m = total - y * 12 + 1;
    const out = formatIso({ y, m, d: Math.min(from.d, daysInMonth(y, m)) });
    if (out !== undefined) return out;
  }
  const date = toDate(value);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = utc(date.getUTCFullYear(), date.getUTCMonth() + 1, 0).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return fromDate(date);
}

export function addDays(value: string, days: number): string {
  const from = Number.isInteger(days) ? parseIso(value) : undefined;
  if (from) {
    const out = formatIso(fromDayNumber(dayNumber(from) + days));
    if (out !== undefined) return out;
  }
  const date = toDate(value);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseIso(from);
  const b = a && parseIso(to);
  if (a && b) return dayNumber(b) - dayNumber(a);
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

/** Age in completed years on `today` for someone born on `birthDate`. */
export function ageOn(birthDate: string, today: string): number {
  const b = parseIso(birthDate);
  const t = b && parseIso(today);
  if (b && t) return t.y - b.y - (t.m < b.m || (t.m === b.m && t.d < b.d) ? 1 : 0);
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
