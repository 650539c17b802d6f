/**
 * BTC's annualized volatility from the history tables: the default spread of the range of futures.
 * A statistic of the model, not an amount, so it is computed in floating point.
 */
import { BTC_USD_POINTS } from "./tables";
import { daysBetween } from "../core/dates";
import { last } from "../core/at";

/** Years of history the default volatility looks back over, from the tables' last price. */
export const VOLATILITY_YEARS = 4;

/**
 * Standard deviation of the log returns between consecutive points (4 days apart), scaled to a
 * year by √(365.25 / days between points), in %. The source prices are 7-day averages, which
 * smooth day-to-day moves: the figure is a floor, not a ceiling, of the real volatility.
 */
export function historicalVolatilityPct(years = VOLATILITY_YEARS): number {
  const [lastDate] = last(BTC_USD_POINTS, "the BTC price table is not empty (tested)");
  const points = BTC_USD_POINTS.filter(([date]) => daysBetween(date, lastDate) <= years * 365.25);
  const returns: number[] = [];
  let gapDays = 0;
  for (const [i, point] of points.entries()) {
    const previous = points[i - 1];
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
