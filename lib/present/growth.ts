/**
 * The growth choices beside the growth fields: the salesperson's flat figures, the recorded trend
 * of the months before the start date, and 2018 again. Each sets both monthly rates; the link then
 * records the figures themselves, so a choice never changes meaning later.
 */
import { AGAIN_2018, TREND_MONTHS } from "../../data/growth-scenarios";
import { recordedTrend } from "../history/trend";
import { canonical } from "../scenario/schema";
import type { Locale } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";
import { FORMATTERS } from "./format";

export type GrowthChoiceId = "flat" | "trend" | "again2018";

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
  const label = c.id === "flat" ? m.growthFlat : c.id === "again2018" ? m.growthAgain : m.growthTrend(c.months ?? 0);
  const dg = signed(c.difficultyGrowthPctPerMonth);
  const bg = signed(c.btcPriceGrowthPctPerMonth);
  const f = FORMATTERS[locale];
  const span = c.from && c.to ? `; ${m.growthTrendSpan(f.shortDate(c.from), f.shortDate(c.to))}` : "";
  return { label, rates: m.growthRates(dg, bg), detail: `${m.growthDetail(dg, bg)}${span}` };
}
