/**
 * The recorded trend before a day: how fast difficulty and the BTC price moved over the months
 * before it, as the compounded monthly rates the scenario's `dg` and `bg` use. This is how the
 * presets and the page's "recent trend" choice get a growth figure from what was known on the day,
 * never from what came after.
 */
import { addDays, daysBetween } from "../core/dates";
import { DAYS_PER_MONTH, Dec, HUNDRED, ONE } from "../core/decimal";
import { btcUsdOn, difficultyOn, HISTORY_SPAN } from "./tables";

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
