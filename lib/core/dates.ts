/**
 * Calendar dates as `YYYY-MM-DD` strings and whole UTC day numbers. The engine never reads the clock.
 */
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number (days since 1970-01-01) of a real calendar date, or null if the text is not one. */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** Year, month (1–12) and day of a real `YYYY-MM-DD` date. Example: dateParts("2018-07-22") = { year: 2018, month: 7, day: 22 }. */
export function dateParts(iso: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(iso);
  if (!m || dayNumber(iso) === null) throw new Error(`not a date: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** `YYYY-MM-DD` of a day number. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `days` days after `iso` (which must be valid). Example: addDays("2018-01-15", 188) = "2018-07-22". */
export function addDays(iso: string, days: number): string {
  const start = dayNumber(iso);
  if (start === null) throw new Error(`not a date: ${iso}`);
  return isoDate(start + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === null || b === null) throw new Error(`not a date: ${a === null ? from : to}`);
  return b - a;
}
