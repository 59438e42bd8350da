/** Today in the user's time zone, YYYY-MM-DD: a filing is judged on the day it is typed (the rules never read the clock). */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
