/**
 * What really happened: recorded difficulty, BTC price, CNY/USD rate and block height by day, for
 * the history replay (payback-model.md §6). The tables are generated into data/ (sources, units and
 * method: data/README.md, "History tables"). The spans, the CNY rates and the block heights are
 * always at hand (lib/history/spans.ts); the daily difficulty and price are read once installed
 * (lib/history/daily.ts: the server has them at once, the page loads them when a view needs them).
 *
 * All lookups are pure (no clock). A day outside the difficulty or price table gives `null`, so the
 * caller switches to its projection there; `heightOn` is defined on HEIGHT_SPAN, which contains
 * HISTORY_SPAN. A text that is not a real `YYYY-MM-DD` date is a caller bug and throws.
 */
import { Dec } from "../core/decimal";
import { fromDailyTables } from "./daily";
import { VOLATILITY_YEARS, volatilityPct } from "./volatility";
import { assert } from "../core/assert";
import { BTC_USD_SPAN, DIFFICULTY_SPAN, bracket, dayOf, index, type DaySpan, type Point } from "./spans";

export {
  BTC_USD_SPAN,
  CENTRE_SHIFT_DAYS,
  CNY_PER_USD_MONTHS,
  DIFFICULTY_SPAN,
  HEIGHT_POINTS,
  HEIGHT_SPAN,
  HISTORY_SPAN,
  LAST_RATE_MONTH,
  cnyPerUsdFor,
  heightOn,
  type CnyRate,
  type DaySpan,
} from "./spans";

/** Network difficulty (7-day average, exact source text) at its centred date, every 4 days. */
export const difficultyPoints = fromDailyTables((t) => t.difficulty);
/** BTC market price in USD per BTC (7-day average, exact source text) at its centred date. */
export const btcUsdPoints = fromDailyTables((t) => t.btcUsd);

/** A table's points by day, checked against the span data/history-spans.ts was generated with. */
function indexOn(points: ReadonlyArray<readonly [string, string]>, span: DaySpan, name: string): Point<string>[] {
  const first = points[0];
  const final = points[points.length - 1];
  assert(
    first?.[0] === span.from && final?.[0] === span.to,
    `the ${name} table runs ${first?.[0] ?? "?"} to ${final?.[0] ?? "?"}, not ${span.from} to ${span.to}: run scripts/build-history.ts`,
  );
  return index(points);
}

const difficultyIndex = fromDailyTables((t) => indexOn(t.difficulty, DIFFICULTY_SPAN, "difficulty"));
const btcUsdIndex = fromDailyTables((t) => indexOn(t.btcUsd, BTC_USD_SPAN, "BTC price"));

/** Linear in the day between two points, with decimal.js; on a point, its exact table text. */
function interpolate(table: readonly Point<string>[], iso: string): string | null {
  const d = dayOf(iso);
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
  return interpolate(difficultyIndex(), date);
}

/**
 * BTC market price on a UTC day, USD per BTC (decimal string), or null outside BTC_USD_SPAN.
 * Same method as difficultyOn. Example: btcUsdOn("2018-01-15") = "12979.92".
 */
export function btcUsdOn(date: string): string | null {
  return interpolate(btcUsdIndex(), date);
}

/**
 * BTC's annualized volatility over the `years` before the price table's last point (points 4 days
 * apart, lib/history/volatility.ts). The source prices are 7-day averages, which smooth day-to-day
 * moves: the figure is a floor, not a ceiling, of the real volatility. Over the default 4 years it
 * equals RECENT_VOLATILITY_PCT of data/history-spans.ts (tested), which needs no daily table.
 */
export function historicalVolatilityPct(years = VOLATILITY_YEARS): number {
  return volatilityPct(btcUsdPoints(), years);
}
