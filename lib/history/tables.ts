/**
 * What really happened: recorded difficulty, BTC price, CNY/USD rate and block height by day, for
 * the history replay (payback-model.md §6). The tables are generated into data/history-table.ts
 * (sources, units and method: data/README.md, "History tables"); this module only looks them up.
 *
 * All lookups are pure (no clock). A day outside the difficulty or price table gives `null`, so the
 * caller switches to its projection there; `heightOn` is defined on HEIGHT_SPAN, which contains
 * HISTORY_SPAN. A text that is not a real `YYYY-MM-DD` date is a caller bug and throws.
 */
import { assert } from "../core/assert";
import { at, last } from "../core/at";
import { dayNumber, isoDate } from "../core/dates";
import { Dec } from "../core/decimal";
import {
  BTC_USD_PACKED,
  CENTRE_SHIFT_DAYS,
  LAST_RATE_MONTH,
  CNY_PER_USD_MONTHS,
  DIFFICULTY_PACKED,
  HEIGHT_POINTS,
} from "../../data/history-table";
import { unpackDays } from "./packed";

/** Network difficulty (7-day average, exact source text) at its centred date, every 4 days. */
const DIFFICULTY_POINTS: ReadonlyArray<readonly [date: string, value: string]> = unpackDays(DIFFICULTY_PACKED);
/** BTC market price in USD per BTC (7-day average, exact source text) at its centred date. */
const BTC_USD_POINTS: ReadonlyArray<readonly [date: string, value: string]> = unpackDays(BTC_USD_PACKED);

export { BTC_USD_POINTS, CENTRE_SHIFT_DAYS, LAST_RATE_MONTH, CNY_PER_USD_MONTHS, DIFFICULTY_POINTS, HEIGHT_POINTS };

/** First and last day (`YYYY-MM-DD`, both included) of a table. */
export interface DaySpan {
  from: string;
  to: string;
}

/** A month's CNY per 1 USD; `extrapolated` when the month is outside the table (nearest month's rate). */
export interface CnyRate {
  rate: string;
  extrapolated: boolean;
}

function day(iso: string): number {
  const n = dayNumber(iso);
  assert(n !== null, `history lookup of a text that is not a date: "${iso}"`);
  return n;
}

const EMPTY_TABLE = "a history table has at least one point (tested)";

function spanOf(points: ReadonlyArray<readonly [string, unknown]>): DaySpan {
  return { from: at(points, 0, EMPTY_TABLE)[0], to: last(points, EMPTY_TABLE)[0] };
}

/** Days covered by the difficulty table (centred dates; see data/README.md). */
export const DIFFICULTY_SPAN: DaySpan = spanOf(DIFFICULTY_POINTS);
/** Days covered by the BTC price table. */
export const BTC_USD_SPAN: DaySpan = spanOf(BTC_USD_POINTS);
/** Days covered by the recorded block heights. */
export const HEIGHT_SPAN: DaySpan = spanOf(HEIGHT_POINTS);

/**
 * The days on which difficulty, price and height are all recorded: 2012-12-28 to 2026-02-07.
 * Inside it `difficultyOn` and `btcUsdOn` never return null and `heightOn` never throws.
 */
export const HISTORY_SPAN: DaySpan = {
  from: isoDate(Math.max(...[DIFFICULTY_SPAN, BTC_USD_SPAN, HEIGHT_SPAN].map((s) => day(s.from)))),
  to: isoDate(Math.min(...[DIFFICULTY_SPAN, BTC_USD_SPAN, HEIGHT_SPAN].map((s) => day(s.to)))),
};

/** A table's point: its day number and value. */
interface Point<T> {
  day: number;
  value: T;
}

function index<T>(points: ReadonlyArray<readonly [string, T]>): Point<T>[] {
  return points.map(([date, value]) => ({ day: day(date), value }));
}

const IN_TABLE = "a search index lies within its table";

const DIFFICULTY = index(DIFFICULTY_POINTS);
const BTC_USD = index(BTC_USD_POINTS);
const HEIGHT = index(HEIGHT_POINTS);

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
function bracket<T>(points: readonly Point<T>[], d: number): readonly [Point<T>, Point<T>] | null {
  const i = floorIndex(points, d);
  if (i < 0) return null;
  const before = at(points, i, IN_TABLE);
  if (before.day === d) return [before, before];
  const after = points[i + 1];
  if (after === undefined) return null;
  return [before, after];
}

/** Linear in the day between two points, with decimal.js; on a point, its exact table text. */
function interpolate(table: readonly Point<string>[], iso: string): string | null {
  const d = day(iso);
  const b = bracket(table, d);
  if (b === null) return null;
  const [p0, p1] = b;
  if (p0 === p1) return p0.value;
  const v0 = new Dec(p0.value);
  const v1 = new Dec(p1.value);
  return v0
    .plus(
      v1
        .minus(v0)
        .times(d - p0.day)
        .div(p1.day - p0.day),
    )
    .toString();
}

/**
 * Network difficulty on a UTC day (dimensionless, decimal string), or null outside DIFFICULTY_SPAN.
 * The 7-day average of the source at its centred date, linear by day between points (34
 * significant digits). Around an adjustment it ramps over about 7 days instead of stepping.
 * Example: difficultyOn("2018-01-15") = "2172089832110.7317".
 */
export function difficultyOn(date: string): string | null {
  return interpolate(DIFFICULTY, date);
}

/**
 * BTC market price on a UTC day, USD per BTC (decimal string), or null outside BTC_USD_SPAN.
 * Same method as difficultyOn. Example: btcUsdOn("2018-01-15") = "12979.92".
 */
export function btcUsdOn(date: string): string | null {
  return interpolate(BTC_USD, date);
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

/**
 * Block height at a UTC day (integer), on HEIGHT_SPAN (2009-01-03 to 2026-02-07, which contains
 * HISTORY_SPAN). Between recorded heights h0 on day d0 and h1 on day d1:
 * h0 + floor((h1 - h0) · (d - d0) / (d1 - d0)). A day outside HEIGHT_SPAN has no recorded height:
 * asking for one is a caller bug and throws (check the span first; beyond it, project).
 * Example: heightOn("2018-01-15") = 504400; heightOn("2018-01-16") = 504548.
 */
export function heightOn(date: string): number {
  const d = day(date);
  const b = bracket(HEIGHT, d);
  assert(b !== null, `no recorded block height on ${date} (heights cover ${HEIGHT_SPAN.from} to ${HEIGHT_SPAN.to})`);
  const [p0, p1] = b;
  if (p0 === p1) return p0.value;
  const [d0, d1] = [p0.day, p1.day];
  const [h0, h1] = [p0.value, p1.value];
  // Integers below 2^53, so the division is exact or at least 1/(d1 - d0) from an integer.
  return h0 + Math.floor(((h1 - h0) * (d - d0)) / (d1 - d0));
}
