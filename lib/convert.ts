/**
 * Switching a scenario between CNY and USD: every money field converted at one exchange rate.
 */
import { Dec } from "./decimal";
import { cnyPerUsdFor } from "../data/history";
import { canonical, type Currency } from "./scenario/schema";
import type { ScenarioField } from "./scenario/fields";

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
};

/**
 * The CNY per USD rate for a date: the monthly average of the history tables (FRED EXCHUS),
 * the nearest month's outside them. Example: 2018-01-15 → "6.4233".
 */
export function defaultCnyPerUsd(date: string): { rate: string; extrapolated: boolean } {
  try {
    return cnyPerUsdFor(date);
  } catch {
    return cnyPerUsdFor("2025-11");
  }
}

/**
 * Converts the money fields of form texts from one currency to the other at `cnyPerUsd`.
 * Texts that are not numbers are left as they are (their error stays visible).
 * Example: rig price "30000" CNY at 6.4233 → "4670.5" USD.
 */
export function convertMoneyTexts(
  texts: Partial<Record<ScenarioField, string>>,
  from: Currency,
  to: Currency,
  cnyPerUsd: string,
): Partial<Record<ScenarioField, string>> {
  if (from === to) return { ...texts };
  const rate = new Dec(cnyPerUsd);
  const out = { ...texts };
  for (const [field, places] of Object.entries(MONEY_FIELDS) as [ScenarioField, number][]) {
    const text = texts[field];
    if (text === undefined || !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?$/.test(text.trim())) continue;
    const value = new Dec(text.trim());
    const converted = to === "USD" ? value.div(rate) : value.times(rate);
    out[field] = canonical(converted.toDecimalPlaces(places, Dec.ROUND_HALF_UP));
  }
  return out;
}

/** Energy efficiency in J/TH: watts ÷ TH/s. Example: 1323 W / 13.5 TH/s = 98 J/TH. */
export function efficiencyJPerTh(powerWatts: string, hashrateThs: string): string | null {
  try {
    const w = new Dec(powerWatts);
    const h = new Dec(hashrateThs);
    if (!w.isFinite() || !h.isFinite() || h.lte(0)) return null;
    return w.div(h).toDecimalPlaces(1).toFixed(1);
  } catch {
    return null;
  }
}
