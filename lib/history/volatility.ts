/**
 * BTC's annualized volatility from the history tables: the default spread of the range of futures.
 * A statistic of the model, not an amount, so it is computed in floating point. The recorded figure
 * is historicalVolatilityPct of lib/history/tables.ts; over the default 4 years it is also written
 * into data/history-spans.ts (RECENT_VOLATILITY_PCT), which the page reads without the daily tables.
 */
import { daysBetween } from "../core/dates";
import { last } from "../core/at";

/** Years of history the default volatility looks back over, from the tables' last price. */
export const VOLATILITY_YEARS = 4;

/**
 * Standard deviation of the log returns between consecutive points of `points` (dated USD prices)
 * over the `years` before the last one, scaled to a year by √(365.25 / mean days between points),
 * in % rounded to 0.1. Fewer than two returns give 55.
 */
export function volatilityPct(points: ReadonlyArray<readonly [date: string, usd: string]>, years: number): number {
  const [lastDate] = last(points, "the BTC price table is not empty (tested)");
  const window = points.filter(([date]) => daysBetween(date, lastDate) <= years * 365.25);
  const returns: number[] = [];
  let gapDays = 0;
  for (const [i, point] of window.entries()) {
    const previous = window[i - 1];
    if (previous === undefined) continue;
    returns.push(Math.log(Number(point[1]) / Number(previous[1])));
    gapDays += daysBetween(previous[0], point[0]);
  }
  if (returns.length < 2) return 55;
  const mean = returns.reduce((a, b) => a + b, 0) / returns.length;
  const variance = returns.reduce((a, b) => a + (b - mean) ** 2, 0) / (returns.length - 1);
  const step = gapDays / returns.length;
  return Math.round(Math.sqrt(variance) * Math.sqrt(365.25 / step) * 1000) / 10;
}
