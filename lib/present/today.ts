/**
 * "Today": the figures every pool calculator leads with, from the first day of the run with
 * difficulty and price as they stand (a side's day 0, spec §2): revenue, power (or hosting) and
 * profit per day, profit per month, the shutdown coin price (关机币价), the break-even power price
 * (关机电价), the price per TH and the static payback (静态回本: the outlay ÷ today's profit per day).
 */
import { Dec, DAYS_PER_MONTH } from "../core/decimal";
import type { SideName, SideSummary } from "../engine/simulate";
import type { Scenario } from "../scenario/schema";
import type { Locale } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";
import { figure, FORMATTERS } from "./format";

export interface TodayFigure {
  id:
    "revenue-day" | "cost-day" | "profit-day" | "profit-month" | "shutdown-price" | "break-even-power" | "price-per-th" | "static-payback";
  label: string;
  value: string;
  /** Below zero: a loss. */
  loss?: boolean;
}

/**
 * Static payback in whole days: ⌈outlay ÷ profit per day⌉, or null when today's profit is 0 or less.
 * Example: ¥30,000 ÷ ¥158.95 a day = 188.7 → 189 days.
 */
export function staticPaybackDays(capex: Dec, profitPerDay: Dec): number | null {
  if (profitPerDay.lte(0)) return null;
  return capex.div(profitPerDay).ceil().toNumber();
}

/**
 * Price per TH/s: the rig price ÷ its hashrate. Example: ¥30,000 ÷ 13.5 TH/s = ¥2,222.22 per TH/s.
 * Null for a rig of no hashrate.
 */
export function pricePerTh(s: Pick<Scenario, "rigPrice" | "hashrateThs">): Dec | null {
  const ths = new Dec(s.hashrateThs);
  return ths.isZero() ? null : new Dec(s.rigPrice).div(ths);
}

/** The "today" row of one side's card, in the reader's language. */
export function todayFigures(side: SideName, x: SideSummary, s: Scenario, locale: Locale = "en"): TodayFigure[] {
  const t = messagesFor(locale).today;
  const f = FORMATTERS[locale];
  const cur = s.currency;
  const money = (v: Dec, digits?: number) => f.money(figure(v, "money"), cur, digits);
  const day = x.firstDay;
  const costs = day.energyCost.plus(day.fixedCost);
  const month = day.profit.times(DAYS_PER_MONTH);
  const perTh = pricePerTh(s);
  const payback = staticPaybackDays(x.capex, day.profit);
  const perKwh = (v: Dec) => f.money(figure(v, "pricePerKwh"), cur, v.abs().lt(10) ? 3 : 2);
  return [
    { id: "revenue-day", label: t.revenueDay, value: money(day.revenue, 2) },
    { id: "cost-day", label: side === "hosted" ? t.hostingDay : t.powerDay, value: money(costs, 2) },
    { id: "profit-day", label: t.profitDay, value: money(day.profit, 2), loss: day.profit.isNegative() },
    { id: "profit-month", label: t.profitMonth, value: money(month, 0), loss: month.isNegative() },
    {
      id: "shutdown-price",
      label: t.shutdownPrice,
      // no power cost a day (a host charging by the month only): nothing to switch off for, not a price of ¥0
      value: x.shutdownBtcPrice === null ? "—" : x.shutdownBtcPrice.isZero() ? t.noShutdown : money(x.shutdownBtcPrice, 0),
    },
    {
      id: "break-even-power",
      label: side === "hosted" ? t.breakEvenHosting : t.breakEvenPower,
      value: x.breakEvenElectricityPrice === null ? "—" : t.perKwh(perKwh(x.breakEvenElectricityPrice)),
    },
    { id: "price-per-th", label: t.pricePerTh, value: perTh === null ? "—" : t.perTh(money(perTh, 0)) },
    {
      id: "static-payback",
      label: t.staticPayback,
      value: payback === null ? t.neverAtToday : t.days(f.number(payback, 0)),
    },
  ];
}

/**
 * A difficulty as miners read it, in T (10¹²) to two places: "2227847638503.63" → "2.23 T";
 * null for a text that is not a plain decimal (the field says why).
 */
export function difficultyInT(text: string, locale: Locale = "en"): string | null {
  const t = text.trim();
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return `${FORMATTERS[locale].fixed(new Dec(t).div(1e12).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2), 2)} T`;
}

/**
 * A horizon in days as years: "1095" → "3 years", "1000" → "2.7 years" (÷ 365, one place); null for
 * a text that is not a whole number of days.
 */
export function horizonInYears(text: string, locale: Locale = "en"): string | null {
  const t = text.trim();
  if (!/^\d+$/.test(t) || t === "0") return null;
  const m = messagesFor(locale);
  const days = Number(t);
  if (days % 365 === 0) return m.years(days / 365);
  return m.today.yearsApprox(FORMATTERS[locale].fixed(new Dec(days).div(365).toDecimalPlaces(1, Dec.ROUND_HALF_UP).toFixed(1), 1));
}
