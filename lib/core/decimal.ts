/**
 * The project's one decimal.js configuration. Every amount of money and BTC is a `Dec`.
 *
 * 34 significant digits (IEEE 754 decimal128's precision) keep the closed-form period sums of the
 * engine equal to the day-by-day sums far below the displayed cent or satoshi.
 */
import DecimalJs from "decimal.js";

export const Dec = DecimalJs.clone({
  precision: 34,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = DecimalJs;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);

/** Days in the model's month: 365.25 / 12. */
export const DAYS_PER_MONTH = new Dec("30.4375");
