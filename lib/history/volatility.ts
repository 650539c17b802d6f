/**
 * BTC's annualized volatility from the history tables: the default spread of the range of futures.
 * A statistic of the model, not an amount, so it is computed in floating point.
 */
import { BTC_USD_POINTS } from "./tables";
import { daysBetween } from "../core/dates";

/** Years of history the default volatility looks back over, from the tables' last price. */
export const VOLATILITY_YEARS = 4;

/**
 * Standard deviation of the log returns between consecutive points (4 days apart), scaled to a
 * year by √(365.25 / days between points), in %. The source prices are 7-day averages, which
 * smooth day-to-day moves: the figure is a floor, not a ceiling, of the real volatility.
 */
export function historicalVolatilityPct(years = VOLATILITY_YEARS): number {
  const last = BTC_USD_POINTS[BTC_USD_POINTS.length - 1];
  const points = BTC_USD_POINTS.filter(([date]) => daysBetween(date, last[0]) <= years * 365.25);
  const returns: number[] = [];
  let gapDays = 0;
  for (let i = 1; i < points.length; i++) {
    returns.push(Math.log(Number(points[i][1]) / Number(points[i - 1][1])));
    gapDays += daysBetween(points[i - 1][0], points[i][0]);
  }
  if (returns.length < 2) return 55;
  const mean = returns.reduce((a, b) => a + b, 0) / returns.length;
  const variance = returns.reduce((a, b) => a + (b - mean) ** 2, 0) / (returns.length - 1);
  const step = gapDays / returns.length;
  return Math.round(Math.sqrt(variance) * Math.sqrt(365.25 / step) * 1000) / 10;
}
