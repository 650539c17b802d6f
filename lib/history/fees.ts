/**
 * Recorded transaction fees, for the history replay (payback-model.md §7): fees paid to miners per
 * day and per block. The table is generated into data/fees-table.ts (source, units and method:
 * data/README.md, "History tables"); this module only looks it up, once installed (lib/history/daily.ts).
 *
 * Each point of the table is one UTC day's total, every FEE_STEP_DAYS days; a day between two
 * points is read linearly between them. Fees per block divide that by the blocks mined that day
 * according to the recorded block heights of lib/history/tables.ts.
 *
 * All lookups are pure (no clock). A text that is not a real `YYYY-MM-DD` date is a caller bug and throws.
 */
import { assert } from "../core/assert";
import { dayNumber, isoDate } from "../core/dates";
import { Dec } from "../core/decimal";
import { fromDailyTables } from "./daily";
import { FEE_STEP_DAYS, FEES_SPAN, HEIGHT_SPAN, heightOn } from "./spans";

export { FEE_STEP_DAYS, FEES_SPAN };

/** Transaction fees paid to miners in all blocks of one UTC day, BTC per day (exact source text), every 4 days. */
export const feePoints = fromDailyTables((t) => t.fees);

function day(iso: string): number {
  const n = dayNumber(iso);
  assert(n !== null, `fee lookup of a text that is not a date: "${iso}"`);
  return n;
}

const FIRST_DAY = day(FEES_SPAN.from);
const LAST_DAY = day(FEES_SPAN.to);

/** The day's fees by point, checked: the dates must be exactly FEE_STEP_DAYS apart from FEES_SPAN.from to FEES_SPAN.to. */
const feesByPoint = fromDailyTables((t): readonly string[] => {
  // The lookup finds a point by arithmetic, so the dates must be exactly FEE_STEP_DAYS apart (the
  // builder checks it; this guards a hand-edited table) and span FEES_SPAN (data/history-spans.ts).
  assert(
    t.fees.every(([date], i) => day(date) === FIRST_DAY + i * FEE_STEP_DAYS) && day(t.fees.at(-1)?.[0] ?? FEES_SPAN.from) === LAST_DAY,
    `the fee table's dates are not every ${FEE_STEP_DAYS} days from ${FEES_SPAN.from} to ${FEES_SPAN.to}: run scripts/build-history.ts`,
  );
  return t.fees.map(([, fees]) => fees);
});

const HEIGHT_FIRST_DAY = day(HEIGHT_SPAN.from);
const HEIGHT_LAST_DAY = day(HEIGHT_SPAN.to);

function feesAt(i: number): string {
  const fees = feesByPoint()[i];
  assert(fees !== undefined, `fee point ${i} is outside the table`);
  return fees;
}

/**
 * Transaction fees paid to miners on a UTC day, BTC per day (decimal string), or null outside
 * FEES_SPAN. On a point, its exact table text; between the points v0 (day d0) and v1 (day d1),
 * linear by day with decimal.js (34 significant digits): v0 + (v1 − v0) · (d − d0) / (d1 − d0).
 * Example: feesPerDayOn("2018-01-14") = "491.32446483";
 * feesPerDayOn("2018-01-15") = 491.32446483 + (656.89753535 − 491.32446483) / 4 = "532.71773246".
 */
export function feesPerDayOn(date: string): string | null {
  const d = day(date);
  if (d < FIRST_DAY || d > LAST_DAY) return null;
  const i = Math.floor((d - FIRST_DAY) / FEE_STEP_DAYS);
  const d0 = FIRST_DAY + i * FEE_STEP_DAYS;
  if (d === d0) return feesAt(i);
  const v0 = new Dec(feesAt(i));
  const v1 = new Dec(feesAt(i + 1));
  return v0
    .plus(
      v1
        .minus(v0)
        .times(d - d0)
        .div(FEE_STEP_DAYS),
    )
    .toString();
}

/**
 * Blocks mined on a UTC day according to the recorded heights (an integer, at least 1):
 * heightOn(date + 1 day) − heightOn(date). Between recorded heights heightOn is linear and rounded
 * down, so the count alternates between the two integers around that stretch's average pace.
 * Defined from HEIGHT_SPAN's first day to the day before its last (2009-01-03 to 2026-02-06);
 * outside, heightOn throws (a caller bug: check the span).
 * Example: blocksOn("2018-01-14") = 504400 − (420000 + floor(84400 · 554 / 555)) = 504400 − 504247 = 153.
 */
export function blocksOn(date: string): number {
  const blocks = heightOn(isoDate(day(date) + 1)) - heightOn(date);
  assert(blocks >= 1, `the recorded heights give ${blocks} blocks on ${date}`);
  return blocks;
}

/**
 * Average transaction fees per block on a UTC day, BTC per block (decimal string, 34 significant
 * digits): feesPerDayOn(date) / blocksOn(date). Null outside FEES_SPAN, or when the day or the next
 * has no recorded height (never inside FEES_SPAN, which ends before HEIGHT_SPAN).
 * Example: feesPerBlockOn("2018-01-14") = 491.32446483 / 153 = "3.211271011960784313725490196078431".
 */
export function feesPerBlockOn(date: string): string | null {
  const fees = feesPerDayOn(date);
  if (fees === null) return null;
  const d = day(date);
  if (d < HEIGHT_FIRST_DAY || d + 1 > HEIGHT_LAST_DAY) return null;
  return new Dec(fees).div(blocksOn(date)).toString();
}
