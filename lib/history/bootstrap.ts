/**
 * Futures drawn from Bitcoin's own history (spec §10): a stationary block bootstrap of the recorded
 * 14-day periods.
 *
 * The window of recorded days is cut into consecutive 14-day periods, each giving three figures
 * taken together (so their link survives): the BTC price's change factor, the difficulty's change
 * factor (the tables' 7-day averages, start to end of the period), and the fees per block as a
 * share of the subsidy on the period's last day. A future is stitched from the scenario's first
 * day: period 1 takes the factors of a period drawn at random, and each next period continues with
 * the period that followed it in history, except that with probability 1 / MEAN_BLOCK_PERIODS it
 * jumps to a new random period (Politis and Romano's stationary bootstrap; the window wraps round).
 *
 * The mean block of 6 periods (12 weeks) is about the time new hardware takes to answer a price
 * move, so a crash and the difficulty's delayed reply mostly stay in one block, and a four-year
 * window (104 periods) still gives a three-year future about 13 independent pieces.
 *
 * Floats throughout: these are the model's random inputs, not amounts.
 */
import { addDays, dayNumber } from "../core/dates";
import { assert } from "../core/assert";
import { futureSeed, mulberry32 } from "../core/random";
import { blockSubsidy } from "../engine/subsidy";
import type { DrawnPath } from "../engine/futures-float";
import { HEIGHT_SPAN, heightOn, HISTORY_SPAN, type DaySpan } from "./tables";
import { FEES_SPAN } from "./fees";
import { fromDailyTables } from "./daily";

/** Days in a period: one 2016-block difficulty period at ten minutes a block. */
export const PERIOD_DAYS = 14;
/** Mean length of a bootstrap block, in periods (12 weeks; see above). */
export const MEAN_BLOCK_PERIODS = 6;
/** Years before the start date the default window reaches back. */
export const DEFAULT_WINDOW_YEARS = 4;
/** A window must hold at least this many periods (half a year) to draw futures from. */
export const MIN_WINDOW_PERIODS = 13;

/** One recorded 14-day period: `from` to `to` (= from + 14 days). */
export interface HistoryPeriod {
  from: string;
  to: string;
  /** BTC price (USD) on `to` / on `from`. */
  price: number;
  /** Difficulty on `to` / on `from`. */
  difficulty: number;
  /** Fees per block / subsidy on `to`. */
  feeRatio: number;
}

/** Where the recorded figures come from: the tables, or a hand-made history in tests. */
export interface HistoryReader {
  /** Difficulty on a day, or null when not recorded. */
  difficulty(date: string): number | null;
  /** BTC price on a day (any one currency), or null. */
  price(date: string): number | null;
  /** Fees per block as a share of the subsidy on a day, or null. */
  feeRatio(date: string): number | null;
}

/** A table's points as floats by day number, sorted (the tables are; tested in tables.test.ts). */
function floatPoints(points: ReadonlyArray<readonly [string, string]>): { days: Float64Array; values: Float64Array } {
  const days = new Float64Array(points.length);
  const values = new Float64Array(points.length);
  points.forEach(([date, value], i) => {
    days[i] = dayNumber(date) ?? NaN;
    values[i] = Number(value);
  });
  return { days, values };
}

/**
 * Linear in the day between a table's points, in floats (the lookups of tables.ts and fees.ts with
 * decimals are exact, and a hundred times slower; these figures only feed statistics). Null outside.
 */
function floatLookup(points: ReadonlyArray<readonly [string, string]>): (day: number) => number | null {
  let table: { days: Float64Array; values: Float64Array } | undefined;
  return (day) => {
    table ??= floatPoints(points);
    const { days, values } = table;
    let lo = 0;
    let hi = days.length - 1;
    if (hi < 0 || day < (days[0] ?? NaN) || day > (days[hi] ?? NaN)) return null;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((days[mid] ?? NaN) <= day) lo = mid;
      else hi = mid;
    }
    const d0 = days[lo] ?? NaN;
    const d1 = days[hi] ?? NaN;
    const v0 = values[lo] ?? NaN;
    if (day === d0 || d1 === d0) return v0;
    if (day === d1) return values[hi] ?? NaN;
    return v0 + ((values[hi] ?? NaN) - v0) * ((day - d0) / (d1 - d0));
  };
}

// built when first read: the daily tables may be installed after this module is (lib/history/daily.ts)
const difficultyByDay = fromDailyTables((t) => floatLookup(t.difficulty));
const priceByDay = fromDailyTables((t) => floatLookup(t.btcUsd));
const feesByDay = fromDailyTables((t) => floatLookup(t.fees));

function dayOf(date: string): number {
  const d = dayNumber(date);
  assert(d !== null, `a history day is a real date: "${date}"`);
  return d;
}

/**
 * The recorded tables, read in floats: difficulty and USD price as difficultyOn and btcUsdOn give
 * them; fees per block as feesPerBlockOn (the day's fees over the day's recorded blocks) divided by
 * the subsidy. After FEES_SPAN ends (the fee table is shorter) a day takes its last day's share.
 */
export const TABLES: HistoryReader = {
  difficulty: (date) => difficultyByDay()(dayOf(date)),
  price: (date) => priceByDay()(dayOf(date)),
  feeRatio: (date) => {
    const day = date > FEES_SPAN.to ? FEES_SPAN.to : date;
    if (day < HEIGHT_SPAN.from || day >= HEIGHT_SPAN.to) return null;
    const fees = feesByDay()(dayOf(day));
    if (fees === null) return null;
    const height = heightOn(day);
    const blocks = heightOn(addDays(day, 1)) - height;
    const subsidy = blockSubsidy(height).toNumber();
    return subsidy > 0 && blocks > 0 ? fees / blocks / subsidy : null;
  },
};

/** Which recorded days the futures are drawn from. */
export type WindowChoice = { kind: "before" } | { kind: "all" } | { kind: "span"; from: string; to: string };

/**
 * The window's days. `before` (the default): the four years that end the day before `startDate`
 * (never a day on or after it), within the tables; `all`: every recorded day before `startDate`;
 * `span`: the days asked (which may reach past the start date: hindsight, see `isHindsight`).
 * Example: start 2018-01-15: 2014-01-14 … 2018-01-14.
 */
export function futuresWindow(startDate: string, choice: WindowChoice, span: DaySpan = HISTORY_SPAN): DaySpan {
  if (choice.kind === "span") return { from: choice.from, to: choice.to };
  const dayBefore = addDays(startDate, -1);
  const to = dayBefore < span.to ? dayBefore : span.to;
  if (choice.kind === "all") return { from: span.from, to };
  const back = addDays(startDate, -Math.round(DEFAULT_WINDOW_YEARS * 365.25));
  return { from: back > span.from ? back : span.from, to };
}

/** Whether a window reads days on or after the start date (an explicit span only): what it shows is hindsight. */
export function isHindsight(startDate: string, window: DaySpan): boolean {
  return window.to >= startDate;
}

/** Periods fitting in a window: from, from + 14, … while the period's last day is inside it. */
export function periodCount(window: DaySpan): number {
  const a = dayNumber(window.from);
  const b = dayNumber(window.to);
  assert(a !== null && b !== null, `a futures window of real dates: ${window.from} … ${window.to}`);
  return b < a ? 0 : Math.floor((b - a) / PERIOD_DAYS);
}

const cache = new Map<string, HistoryPeriod[]>();

/**
 * The window's periods, oldest first. Reads only days inside the window; a period with a missing
 * figure is left out. Cached for the recorded tables.
 */
export function historyPeriods(window: DaySpan, reader: HistoryReader = TABLES): HistoryPeriod[] {
  const key = `${window.from}|${window.to}`;
  const hit = reader === TABLES ? cache.get(key) : undefined;
  if (hit) return hit;
  const periods: HistoryPeriod[] = [];
  const n = periodCount(window);
  let from = window.from;
  let d0 = reader.difficulty(from);
  let p0 = reader.price(from);
  for (let i = 0; i < n; i++) {
    const to = addDays(from, PERIOD_DAYS);
    const d1 = reader.difficulty(to);
    const p1 = reader.price(to);
    const fee = reader.feeRatio(to);
    if (d0 !== null && p0 !== null && d1 !== null && p1 !== null && fee !== null && d0 > 0 && p0 > 0) {
      periods.push({ from, to, price: p1 / p0, difficulty: d1 / d0, feeRatio: fee });
    }
    from = to;
    d0 = d1;
    p0 = p1;
  }
  if (reader === TABLES) {
    if (cache.size > 16) cache.delete(cache.keys().next().value as string);
    cache.set(key, periods);
  }
  return periods;
}

/**
 * The period after `current` in a stationary bootstrap over `n` periods, from two uniform numbers
 * in [0, 1): a jump (u < 1 / MEAN_BLOCK_PERIODS) to period floor(v × n), else the next one round
 * the window. Example: n = 3, current 2, u = 0.5: period 0 (continues, wrapping round).
 */
export function nextPeriod(current: number, n: number, u: number, v: number): number {
  return u < 1 / MEAN_BLOCK_PERIODS ? Math.min(n - 1, Math.floor(v * n)) : (current + 1) % n;
}

/**
 * The history periods drawn for future `index` of seed `seed`: one per future period 1 … length − 1
 * (entry 0 is −1: period 0 is the scenario's own). Depends only on (seed, index, n, length).
 */
export function drawIndexes(p: { n: number; seed: number; index: number; length: number }): Int32Array {
  assert(p.n > 0, "a bootstrap draws from at least one period");
  const random = mulberry32(futureSeed(p.seed, p.index));
  const out = new Int32Array(p.length);
  out[0] = -1;
  let current = -1;
  for (let t = 1; t < p.length; t++) {
    const u = random();
    const v = random();
    current = current < 0 ? Math.min(p.n - 1, Math.floor(v * p.n)) : nextPeriod(current, p.n, u, v);
    out[t] = current;
  }
  return out;
}

/** A drawn future's factors (the engine's DrawnPath) from its periods' indexes. */
export function pathOf(periods: readonly HistoryPeriod[], indexes: Int32Array): DrawnPath {
  const length = indexes.length;
  const path: DrawnPath = { price: new Float64Array(length), difficulty: new Float64Array(length), feeRatio: new Float64Array(length) };
  path.price[0] = 1;
  path.difficulty[0] = 1;
  for (let t = 1; t < length; t++) {
    const period = periods[indexes[t] ?? -1];
    assert(period !== undefined, "a drawn index names a period of the window");
    path.price[t] = period.price;
    path.difficulty[t] = period.difficulty;
    path.feeRatio[t] = period.feeRatio;
  }
  return path;
}

/** Future `index`'s path of `length` periods: the same (periods, seed, index) always give the same path. */
export function historyPath(periods: readonly HistoryPeriod[], seed: number, index: number, length: number): DrawnPath {
  return pathOf(periods, drawIndexes({ n: periods.length, seed, index, length }));
}

/**
 * `historyPath` for many futures in a row without allocating: the returned path is one buffer,
 * overwritten by the next call (read it before drawing the next future).
 */
export function historySampler(periods: readonly HistoryPeriod[], seed: number, length: number): (index: number) => DrawnPath {
  const n = periods.length;
  assert(n > 0, "a bootstrap draws from at least one period");
  const price = new Float64Array(periods.map((p) => p.price));
  const difficulty = new Float64Array(periods.map((p) => p.difficulty));
  const feeRatio = new Float64Array(periods.map((p) => p.feeRatio));
  const path: DrawnPath = { price: new Float64Array(length), difficulty: new Float64Array(length), feeRatio: new Float64Array(length) };
  path.price[0] = 1;
  path.difficulty[0] = 1;
  const jump = 1 / MEAN_BLOCK_PERIODS;
  return (index) => {
    const random = mulberry32(futureSeed(seed, index));
    let current = -1;
    // the same draws, in the same order, as drawIndexes
    for (let t = 1; t < length; t++) {
      const u = random();
      const v = random();
      current = current < 0 || u < jump ? Math.min(n - 1, Math.floor(v * n)) : (current + 1) % n;
      path.price[t] = price[current] ?? NaN;
      path.difficulty[t] = difficulty[current] ?? NaN;
      path.feeRatio[t] = feeRatio[current] ?? NaN;
    }
    return path;
  };
}

/** The spread of the recorded 12-month trends in a window, % per 30.4375-day month. */
export interface TrendSpread {
  /** 10th and 90th percentile of the difficulty's and the price's 12-month compounded monthly rates. */
  difficulty: [number, number];
  price: [number, number];
  /** How many 12-month spans were measured (one every 14 days). */
  spans: number;
}

/**
 * What the window saw: for every day d from a year after its start to its end, every 14 days, the
 * compounded monthly rate over the year before d, ((v(d) / v(d − 365)) ^ (30.4375 / 365) − 1) × 100,
 * and the 10th and 90th percentile of those rates. Null when the window is shorter than a year.
 * Reads only days inside the window.
 */
export function trendSpread(window: DaySpan, reader: HistoryReader = TABLES): TrendSpread | null {
  const rates = { difficulty: [] as number[], price: [] as number[] };
  const month = 30.4375 / 365;
  for (let d = addDays(window.from, 365); d <= window.to; d = addDays(d, PERIOD_DAYS)) {
    const back = addDays(d, -365);
    const [d0, d1, p0, p1] = [reader.difficulty(back), reader.difficulty(d), reader.price(back), reader.price(d)];
    if (d0 === null || d1 === null || p0 === null || p1 === null || d0 <= 0 || p0 <= 0) continue;
    rates.difficulty.push(((d1 / d0) ** month - 1) * 100);
    rates.price.push(((p1 / p0) ** month - 1) * 100);
  }
  if (rates.price.length === 0) return null;
  const spread = (values: number[]): [number, number] => {
    const sorted = [...values].sort((a, b) => a - b);
    const pick = (q: number): number => sorted[Math.floor((sorted.length - 1) * q)] ?? NaN;
    return [pick(0.1), pick(0.9)];
  };
  return { difficulty: spread(rates.difficulty), price: spread(rates.price), spans: rates.price.length };
}
