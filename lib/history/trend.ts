/**
 * The recorded trend before a day: how fast difficulty and the BTC price moved over the months
 * before it, as the compounded monthly rates the scenario's `dg` and `bg` use. This is how the
 * presets and the page's "recent trend" choice get a growth figure from what was known on the day,
 * never from what came after.
 */
import { addDays, daysBetween } from "../core/dates";
import { DAYS_PER_MONTH, Dec, HUNDRED, ONE } from "../core/decimal";
import { btcUsdOn, difficultyOn, HISTORY_SPAN } from "./tables";
import { fromDailyTables } from "./daily";

/** A recorded trend: the span it was measured over and the two rates, in % per 30.4375-day month. */
export interface RecordedTrend {
  from: string;
  to: string;
  difficultyGrowthPctPerMonth: Dec;
  btcPriceGrowthPctPerMonth: Dec;
}

/**
 * Compounded monthly rate between two values `days` apart: ((end / start)^(30.4375 / days) − 1) × 100.
 * Example: a doubling over 121.75 days (4 months) is (2^(1/4) − 1) × 100 ≈ 18.92 % a month.
 */
export function monthlyRatePct(start: Dec, end: Dec, days: number): Dec {
  return end.div(start).pow(DAYS_PER_MONTH.div(days)).minus(ONE).times(HUNDRED);
}

/**
 * The trend over the `months` months that end the day before `date` (30.4375-day months, the
 * window's length rounded to whole days), from the recorded difficulty and USD price (the
 * tables' 7-day averages, linear by day). A window that would reach past the tables ends on
 * their last day instead; one that starts before them gives null.
 * Example: recordedTrend("2018-01-15", 6) measures 2017-07-17 … 2018-01-14.
 */
export function recordedTrend(date: string, months: number): RecordedTrend | null {
  const lastKnown = addDays(date, -1);
  const to = lastKnown > HISTORY_SPAN.to ? HISTORY_SPAN.to : lastKnown;
  const days = Math.round(months * 30.4375);
  const from = addDays(to, -days);
  if (from < HISTORY_SPAN.from || days <= 0 || daysBetween(from, to) !== days) return null;
  const d0 = difficultyOn(from);
  const d1 = difficultyOn(to);
  const p0 = btcUsdOn(from);
  const p1 = btcUsdOn(to);
  if (d0 === null || d1 === null || p0 === null || p1 === null) return null;
  return {
    from,
    to,
    difficultyGrowthPctPerMonth: monthlyRatePct(new Dec(d0), new Dec(d1), days),
    btcPriceGrowthPctPerMonth: monthlyRatePct(new Dec(p0), new Dec(p1), days),
  };
}

/** The fastest and slowest compounded monthly rates recorded over any stretch of a given length, % a month. */
export interface RecordedRange {
  months: number;
  priceMaxPct: number;
  priceMinPct: number;
  difficultyMaxPct: number;
  difficultyMinPct: number;
}

function extremes(points: ReadonlyArray<readonly [string, string]>, days: number): { max: number; min: number } | null {
  let max = -Infinity;
  let min = Infinity;
  let j = 0;
  const values = points.map(([, v]) => Number(v));
  const dates = points.map(([d]) => d);
  for (let i = 0; i < points.length; i++) {
    const end = addDays(dates[i] ?? "", days);
    while (j < points.length && (dates[j] ?? "") < end) j++;
    if (j >= points.length) break;
    const span = daysBetween(dates[i] ?? "", dates[j] ?? "");
    const rate = ((values[j] ?? 0) / (values[i] ?? 1)) ** (30.4375 / span) - 1;
    if (rate > max) max = rate;
    if (rate < min) min = rate;
  }
  return max === -Infinity ? null : { max: max * 100, min: min * 100 };
}

/**
 * For each length of 1 to `upTo` months: the fastest and slowest monthly rates the BTC price (USD)
 * and the difficulty ever kept up over a stretch that long in the history tables (7-day averages,
 * every 4 days; floats: a statistic for a warning, never an amount). A length longer than the record
 * is left out. Each rate is rounded outward to a thousandth of a percent (a maximum up, a minimum
 * down): the page receives all 120 lengths with its HTML, and 17 digits each tripled their size.
 * Example: over any 36 months the price never rose faster than about +11 % a month.
 */
const up = (pct: number) => Math.ceil(pct * 1000) / 1000;
const down = (pct: number) => Math.floor(pct * 1000) / 1000;

export function recordedRanges(
  points: { btcUsd: ReadonlyArray<readonly [string, string]>; difficulty: ReadonlyArray<readonly [string, string]> },
  upTo = 120,
): RecordedRange[] {
  const out: RecordedRange[] = [];
  for (let months = 1; months <= upTo; months++) {
    const days = Math.round(months * 30.4375);
    const price = extremes(points.btcUsd, days);
    const difficulty = extremes(points.difficulty, days);
    if (!price || !difficulty) break;
    out.push({
      months,
      priceMaxPct: up(price.max),
      priceMinPct: down(price.min),
      difficultyMaxPct: up(difficulty.max),
      difficultyMinPct: down(difficulty.min),
    });
  }
  return out;
}

/** recordedRanges of the installed daily tables, worked out once. */
export const recordedRangesOfTables = fromDailyTables((t) => recordedRanges(t));
