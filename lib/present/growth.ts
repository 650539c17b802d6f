/**
 * The growth choices beside the growth fields: the salesperson's flat figures, the recorded trend
 * of the months before the start date, and 2018 again. Each sets both monthly rates; the link then
 * records the figures themselves, so a choice never changes meaning later.
 */
import { AGAIN_2018, TREND_MONTHS } from "../../data/growth-scenarios";
import { recordedTrend, type RecordedRange } from "../history/trend";
import { Dec, DAYS_PER_MONTH, HUNDRED, ONE } from "../core/decimal";
import { addDays, dayNumber } from "../core/dates";
import { BTC_USD_SPAN, DIFFICULTY_SPAN } from "../../data/history-spans";
import { canonical } from "../scenario/schema";
import type { Locale } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";
import { FORMATTERS } from "./format";

export type GrowthChoiceId = "flat" | "trend" | "again2018" | "example";

export interface GrowthChoice {
  id: GrowthChoiceId;
  /** For "trend": the months of recorded history it was measured over. */
  months?: number;
  /** For "trend": the recorded span, first and last day. */
  from?: string;
  to?: string;
  /** The rates it sets, % per month, as the form and the link write them. */
  difficultyGrowthPctPerMonth: string;
  btcPriceGrowthPctPerMonth: string;
}

/**
 * The choices for a start date. A trend is measured on the days before the start date (or before
 * the tables end), rounded to 0.01 % a month; a window that would begin before the tables is left out.
 * Example: growthChoices("2018-01-15") includes the 12-month trend +16.7 % difficulty, +25.89 % price.
 */
export function growthChoices(startDate: string): GrowthChoice[] {
  const choices: GrowthChoice[] = [{ id: "flat", difficultyGrowthPctPerMonth: "0", btcPriceGrowthPctPerMonth: "0" }];
  for (const months of TREND_MONTHS) {
    const trend = recordedTrend(startDate, months);
    if (trend === null) continue;
    choices.push({
      id: "trend",
      months,
      from: trend.from,
      to: trend.to,
      difficultyGrowthPctPerMonth: canonical(trend.difficultyGrowthPctPerMonth.toDecimalPlaces(2)),
      btcPriceGrowthPctPerMonth: canonical(trend.btcPriceGrowthPctPerMonth.toDecimalPlaces(2)),
    });
  }
  choices.push({ id: "again2018", ...AGAIN_2018 });
  return choices;
}

/** "+16.7" / "−11.5" / "0": a rate as a chip shows it. */
function signed(pct: string): string {
  if (pct === "0") return "0";
  return pct.startsWith("-") ? `−${pct.slice(1)}` : `+${pct}`;
}

/**
 * What a choice's chip says: its name, the two rates in short, and in full (with a trend's recorded
 * span) for its tooltip and screen readers.
 */
export function growthChoiceText(c: GrowthChoice, locale: Locale): { label: string; rates: string; detail: string } {
  const m = messagesFor(locale);
  const label =
    c.id === "flat"
      ? m.growthFlat
      : c.id === "again2018"
        ? m.growthAgain
        : c.id === "example"
          ? m.growthExample
          : m.growthTrend(c.months ?? 0);
  const dg = signed(c.difficultyGrowthPctPerMonth);
  const bg = signed(c.btcPriceGrowthPctPerMonth);
  const f = FORMATTERS[locale];
  const span = c.from && c.to ? `; ${m.growthTrendSpan(f.shortDate(c.from), f.shortDate(c.to))}` : "";
  return { label, rates: m.growthRates(dg, bg), detail: `${m.growthDetail(dg, bg)}${span}` };
}

/** What a pair of growth rates implies at the horizon, and whether the record ever kept up such a pace that long. */
export interface GrowthImplied {
  /** The BTC price and the difficulty on the last day, decimal strings (2 places; whole). */
  btcPriceEnd: string;
  difficultyEnd: string;
  /** The rate beyond anything recorded over a stretch of the horizon's length, or null. */
  beyond: { what: "price" | "difficulty"; up: boolean; recordedPct: number; months: number } | null;
}

/**
 * How a rate beyond the record is said: faster than the record's fastest, a steeper fall than its
 * steepest, or (below the slowest, when even the slowest rose) slower growth than any. Example: the
 * difficulty at +2.28 % a month for 3 years, when every 3 years on record rose at least 2.5 % a
 * month, is slower growth, not a fall.
 */
export function beyondKind(beyond: { up: boolean; recordedPct: number }): "faster" | "fall" | "slower" {
  if (beyond.up) return "faster";
  return beyond.recordedPct > 0 ? "slower" : "fall";
}

/**
 * A value after `days` days at `pct` % a 30.4375-day month, compounded: value × (1 + pct/100)^(days/30.4375).
 * Example: ¥87,800 at +25.89 % a month for 1,095 days = 87,800 × 1.2589^35.975 ≈ ¥3.5 billion.
 */
export function grown(value: string, pct: string, days: number): Dec {
  return new Dec(value).times(ONE.plus(new Dec(pct).div(HUNDRED)).pow(new Dec(days).div(DAYS_PER_MONTH)));
}

/**
 * The BTC price and difficulty at the horizon under a choice's rates, and a warning when a rate is
 * faster (or a fall steeper) than anything the history tables recorded over a stretch as long as the
 * horizon (`ranges`: ./trend recordedRanges; a horizon longer than the record is measured on its longest).
 */
export function growthImplied(
  s: { btcPrice: string; difficulty: string; horizonDays: number },
  c: Pick<GrowthChoice, "difficultyGrowthPctPerMonth" | "btcPriceGrowthPctPerMonth">,
  ranges: readonly RecordedRange[],
): GrowthImplied {
  const btcPriceEnd = grown(s.btcPrice, c.btcPriceGrowthPctPerMonth, s.horizonDays).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);
  const difficultyEnd = grown(s.difficulty, c.difficultyGrowthPctPerMonth, s.horizonDays).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toFixed(0);
  const months = Math.max(1, Math.round(s.horizonDays / 30.4375));
  const range = ranges[Math.min(months, ranges.length) - 1];
  let beyond: GrowthImplied["beyond"] = null;
  if (range) {
    const bg = Number(c.btcPriceGrowthPctPerMonth);
    const dg = Number(c.difficultyGrowthPctPerMonth);
    const m = range.months;
    if (bg > range.priceMaxPct) beyond = { what: "price", up: true, recordedPct: range.priceMaxPct, months: m };
    else if (bg < range.priceMinPct) beyond = { what: "price", up: false, recordedPct: range.priceMinPct, months: m };
    else if (dg > range.difficultyMaxPct) beyond = { what: "difficulty", up: true, recordedPct: range.difficultyMaxPct, months: m };
    else if (dg < range.difficultyMinPct) beyond = { what: "difficulty", up: false, recordedPct: range.difficultyMinPct, months: m };
  }
  return { btcPriceEnd, difficultyEnd, beyond };
}

/**
 * What a replay of the records makes of the growth rates: the last day with both a recorded
 * difficulty and a recorded BTC price, and whether the horizon ends by it (the rates are not used)
 * or after it (they apply after it). Null for a start date that is not a day. Example: the January
 * 2018 S9 over 1,825 days ends on 14 January 2023, within the records (to 13 February 2026).
 */
export function replayGrowth(startDate: string, horizonDays: number): { recordsEnd: string; covered: boolean } | null {
  if (dayNumber(startDate) === null || !Number.isInteger(horizonDays) || horizonDays < 1) return null;
  const recordsEnd = DIFFICULTY_SPAN.to < BTC_USD_SPAN.to ? DIFFICULTY_SPAN.to : BTC_USD_SPAN.to;
  // the horizon's last day is day horizonDays − 1 after the start
  return { recordsEnd, covered: addDays(startDate, horizonDays - 1) <= recordsEnd };
}
