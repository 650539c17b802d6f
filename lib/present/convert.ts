/**
 * Switching a scenario between CNY and USD: every money field converted at one exchange rate.
 */
import { Dec } from "../core/decimal";
import { cnyPerUsdFor, LAST_RATE_MONTH } from "../history/tables";
import { QUOTED_CNY_PER_USD } from "../../data/exchange-rates";
import { FORMATTERS } from "./format";
import { messagesFor } from "../i18n/messages";
import type { Locale } from "../i18n/locale";
import { canonical, type Currency } from "../scenario/schema";
import type { ScenarioField } from "../scenario/fields";
import { readNumberEntry } from "./number-entry";
import { convertPowerLists } from "./power-view";

/** Money fields and the decimal places a converted value keeps. */
export const MONEY_FIELDS: Partial<Record<ScenarioField, number>> = {
  rigPrice: 2,
  btcPrice: 2,
  electricityPrice: 4,
  hostingPricePerKwh: 4,
  fixedCostPerRigPerMonth: 2,
  setupCostPerRig: 2,
  hostingFeePerRigPerMonth: 2,
  hostingSetupFeePerRig: 2,
  // issue 16: the power contract's amounts (the month prices and outage costs are lists: convertPowerLists)
  peakElectricityPrice: 4,
  peakHostingPrice: 4,
  demandResponseCredit: 4,
  hostedDemandResponseCredit: 4,
  hostingExitFeePerRig: 2,
};

export interface DefaultRate {
  /** CNY per 1 USD, a decimal string. */
  rate: string;
  /** True when the date is outside the rate table and the nearest month's rate stands in. */
  extrapolated: boolean;
  /** Where the rate comes from, for the page. */
  source: string;
}

/**
 * The default CNY per USD rate for a start date: the rate quoted with a preset's figures on its
 * date (data/exchange-rates.ts), else the month's average of the history tables (FRED EXCHUS),
 * the nearest month's outside them.
 * Examples: 2018-01-15 → "6.4574" (quoted); 2018-03-01 → "6.3174"; 2026-02-07 → "7.1069" (2025-11's, extrapolated).
 */
export function defaultCnyPerUsd(date: string, locale: Locale = "en"): DefaultRate {
  const quoted = QUOTED_CNY_PER_USD.find((q) => q.date === date);
  if (quoted) return { rate: quoted.cnyPerUsd, extrapolated: false, source: locale === "zh" ? quoted.sourceZh : quoted.source };
  const m = messagesFor(locale);
  const formatMonth = FORMATTERS[locale].month;
  const month = date.slice(0, 7);
  let found: { rate: string; extrapolated: boolean };
  try {
    found = cnyPerUsdFor(date);
  } catch {
    found = { rate: cnyPerUsdFor(LAST_RATE_MONTH).rate, extrapolated: true };
  }
  const source = found.extrapolated
    ? m.rateNearest(/^\d{4}-\d{2}$/.test(month) ? formatMonth(`${month}-01`) : null)
    : m.rateMonth(formatMonth(`${month}-01`));
  return { ...found, source };
}

/**
 * A CNY per USD rate typed by the user: the canonical decimal text when it is a positive number
 * up to 1,000, otherwise null. Example: " 7.10 " → "7.1"; "0", "abc", "-7" → null.
 */
export function parseRate(text: string): string | null {
  const t = text.trim();
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  const v = new Dec(t);
  if (v.lte(0) || v.gt(1000)) return null;
  return canonical(v);
}

/** Why a typed rate is refused, or null when it is accepted. */
export function rateError(text: string, locale: Locale = "en"): string | null {
  return parseRate(text) === null ? messagesFor(locale).rateError : null;
}

/**
 * Converts the money fields of form texts from one currency to the other at `cnyPerUsd`.
 * Texts are read as the form reads them ("30,000", "¥3万"); those that are not numbers are left as
 * they are (their error stays visible); with a refused rate
 * nothing is converted. Example: rig price "30000" CNY at 6.4574 → "4645.83" USD.
 */
export function convertMoneyTexts(
  texts: Partial<Record<ScenarioField, string>>,
  from: Currency,
  to: Currency,
  cnyPerUsd: string,
): Partial<Record<ScenarioField, string>> {
  const rateText = parseRate(cnyPerUsd);
  if (from === to || rateText === null) return { ...texts };
  const rate = new Dec(rateText);
  const out = { ...texts };
  for (const [field, places] of Object.entries(MONEY_FIELDS) as [ScenarioField, number][]) {
    const text = texts[field];
    const entry = text === undefined ? null : readNumberEntry(text, "money", from);
    if (entry?.kind !== "number") continue;
    const value = new Dec(entry.value);
    const converted = to === "USD" ? value.div(rate) : value.times(rate);
    out[field] = canonical(converted.toDecimalPlaces(places, Dec.ROUND_HALF_UP));
  }
  return {
    ...out,
    ...convertPowerLists(texts, (v, places) =>
      canonical((to === "USD" ? v.div(rate) : v.times(rate)).toDecimalPlaces(places, Dec.ROUND_HALF_UP)),
    ),
  };
}

/** Energy efficiency in J/TH: watts ÷ TH/s, each as the form reads it. Example: 1323 W / 13.5 TH/s = 98 J/TH; "1.4kW" / "13.5T" = 103.7. */
export function efficiencyJPerTh(powerWatts: string, hashrateThs: string): string | null {
  // read as the form reads the two fields: "1.4kW" is 1,400 W and "13.5T" or "13.5 TH/s" is 13.5 TH/s
  const power = readNumberEntry(powerWatts, "power", "USD");
  const hashrate = readNumberEntry(hashrateThs, "hashrate", "USD");
  if (power.kind !== "number" || hashrate.kind !== "number") return null;
  try {
    const w = new Dec(power.value);
    const h = new Dec(hashrate.value);
    if (!w.isFinite() || !h.isFinite() || h.lte(0)) return null;
    return w.div(h).toDecimalPlaces(1).toFixed(1);
  } catch {
    return null;
  }
}
