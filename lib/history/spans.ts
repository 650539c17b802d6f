/**
 * The history that every view may need at once, without the daily tables: the spans of the
 * recorded tables, the CNY/USD rate by month and the recorded block heights (data/history-spans.ts,
 * generated with the daily tables by scripts/build-history.ts). The daily difficulty, price and fees
 * are looked up in lib/history/tables.ts and lib/history/fees.ts, once they are loaded
 * (lib/history/daily.ts).
 *
 * All lookups are pure (no clock). A text that is not a real date or month is a caller bug and throws.
 */
import { assert } from "../core/assert";
import { at, last } from "../core/at";
import { dayNumber, isoDate } from "../core/dates";
import { BTC_USD_SPAN, CNY_PER_USD_MONTHS, DIFFICULTY_SPAN, HEIGHT_POINTS, type DaySpan } from "../../data/history-spans";

export { BTC_USD_SPAN, CNY_PER_USD_MONTHS, DIFFICULTY_SPAN, HEIGHT_POINTS, type DaySpan };
export { CENTRE_SHIFT_DAYS, FEE_STEP_DAYS, FEES_SPAN, LAST_RATE_MONTH, RECENT_VOLATILITY_PCT } from "../../data/history-spans";

/** A month's CNY per 1 USD; `extrapolated` when the month is outside the table (nearest month's rate). */
export interface CnyRate {
  rate: string;
  extrapolated: boolean;
}

export function dayOf(iso: string): number {
  const n = dayNumber(iso);
  assert(n !== null, `history lookup of a text that is not a date: "${iso}"`);
  return n;
}

export const EMPTY_TABLE = "a history table has at least one point (tested)";

/** Days covered by the recorded block heights. */
export const HEIGHT_SPAN: DaySpan = { from: at(HEIGHT_POINTS, 0, EMPTY_TABLE)[0], to: last(HEIGHT_POINTS, EMPTY_TABLE)[0] };

/**
 * The days on which difficulty, price and height are all recorded: 2012-12-28 to 2026-02-07.
 * Inside it `difficultyOn` and `btcUsdOn` never return null and `heightOn` never throws.
 */
export const HISTORY_SPAN: DaySpan = {
  from: isoDate(Math.max(...[DIFFICULTY_SPAN, BTC_USD_SPAN, HEIGHT_SPAN].map((s) => dayOf(s.from)))),
  to: isoDate(Math.min(...[DIFFICULTY_SPAN, BTC_USD_SPAN, HEIGHT_SPAN].map((s) => dayOf(s.to)))),
};

/** A table's point: its day number and value. */
export interface Point<T> {
  day: number;
  value: T;
}

export function index<T>(points: ReadonlyArray<readonly [string, T]>): Point<T>[] {
  return points.map(([date, value]) => ({ day: dayOf(date), value }));
}

const IN_TABLE = "a search index lies within its table";

/** Index of the last point on or before day `d`, or -1. The days are sorted (tested). */
function floorIndex(points: readonly Point<unknown>[], d: number): number {
  let lo = 0;
  let hi = points.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at(points, mid, IN_TABLE).day <= d) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The bracketing points of day `d`: on a point, [p, p]; between points, the two; outside, null.
 */
export function bracket<T>(points: readonly Point<T>[], d: number): readonly [Point<T>, Point<T>] | null {
  const i = floorIndex(points, d);
  if (i < 0) return null;
  const before = at(points, i, IN_TABLE);
  if (before.day === d) return [before, before];
  const after = points[i + 1];
  if (after === undefined) return null;
  return [before, after];
}

const MONTH = /^(\d{4})-(\d{2})(?:-\d{2})?$/;

/**
 * CNY per 1 USD for a month (`YYYY-MM`) or the month of a date (`YYYY-MM-DD`): the month's average.
 * After LAST_RATE_MONTH (2025-11) the last rate, before the first month (2013-01) the first rate,
 * both with `extrapolated: true`. Example: cnyPerUsdFor("2018-01-15") = { rate: "6.4233", extrapolated: false }.
 */
export function cnyPerUsdFor(monthOrDate: string): CnyRate {
  const m = MONTH.exec(monthOrDate);
  const valid = m !== null && (monthOrDate.length === 7 ? dayNumber(`${monthOrDate}-01`) : dayNumber(monthOrDate)) !== null;
  assert(m !== null && valid, `history lookup of a text that is not a month or date: "${monthOrDate}"`);
  const month = `${m[1]}-${m[2]}`;
  const first = at(CNY_PER_USD_MONTHS, 0, EMPTY_TABLE);
  const final = last(CNY_PER_USD_MONTHS, EMPTY_TABLE);
  // YYYY-MM strings order like the months they name.
  if (month < first[0]) return { rate: first[1], extrapolated: true };
  if (month > final[0]) return { rate: final[1], extrapolated: true };
  const row = CNY_PER_USD_MONTHS.find(([key]) => key === month);
  assert(row !== undefined, `the CNY table has no row for ${month} inside its span`);
  return { rate: row[1], extrapolated: false };
}

const HEIGHT = index(HEIGHT_POINTS);

/**
 * Block height at a UTC day (integer), on HEIGHT_SPAN (2009-01-03 to 2026-02-07, which contains
 * HISTORY_SPAN). Between recorded heights h0 on day d0 and h1 on day d1:
 * h0 + floor((h1 - h0) · (d - d0) / (d1 - d0)). A day outside HEIGHT_SPAN has no recorded height:
 * asking for one is a caller bug and throws (check the span first; beyond it, project).
 * Example: heightOn("2018-01-15") = 504400; heightOn("2018-01-16") = 504548.
 */
export function heightOn(date: string): number {
  const d = dayOf(date);
  const b = bracket(HEIGHT, d);
  assert(b !== null, `no recorded block height on ${date} (heights cover ${HEIGHT_SPAN.from} to ${HEIGHT_SPAN.to})`);
  const [p0, p1] = b;
  if (p0 === p1) return p0.value;
  const [d0, d1] = [p0.day, p1.day];
  const [h0, h1] = [p0.value, p1.value];
  // Integers below 2^53, so the division is exact or at least 1/(d1 - d0) from an integer.
  return h0 + Math.floor(((h1 - h0) * (d - d0)) / (d1 - d0));
}
