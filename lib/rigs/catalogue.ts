/**
 * The rig catalogue (data/rigs.ts) as a scenario sees it: a rig fills only the rig's fields
 * (hashrate, power, and its reference price where the catalogue has one, in the scenario's
 * currency), never the site's (power price, hosting offer, pool fee, uptime, currency, horizon).
 */
import { Dec } from "../core/decimal";
import { cnyPerUsdFor } from "../history/spans";
import type { Rig, RigPrice } from "../../data/rigs";
import { findRig } from "./ids";

/** A catalogue price in the scenario's currency. */
export interface RigPriceIn {
  /** Per rig, 2 decimals, in the scenario's currency. */
  amount: string;
  currency: "USD" | "CNY";
  /** CNY per USD used to convert, or null when the price is quoted in the scenario's currency. */
  rate: string | null;
  quoted: RigPrice;
}

/**
 * The rig's reference price in `currency`, or null when the catalogue has none. A price quoted in
 * the other currency is converted at the average rate of the month it was quoted (the history
 * tables' FRED EXCHUS month, lib/history/tables cnyPerUsdFor), rounded half up to 2 places.
 * Example: the S21's US$2,800 of 2023-10-11 in CNY = 2800 × 7.3071 (October 2023) = ¥20,459.88.
 */
export function rigPriceIn(rig: Rig, currency: "USD" | "CNY"): RigPriceIn | null {
  const quoted = rig.price;
  if (quoted === null) return null;
  if (quoted.currency === currency) return { amount: new Dec(quoted.amount).toFixed(2), currency, rate: null, quoted };
  const { rate } = cnyPerUsdFor(quoted.date);
  const amount = currency === "CNY" ? new Dec(quoted.amount).times(rate) : new Dec(quoted.amount).div(rate);
  return { amount: amount.toFixed(2, Dec.ROUND_HALF_UP), currency, rate, quoted };
}

/** The canonical text of a decimal (as the schema writes it): "200", "13.5", "20459.88". */
function plain(text: string): string {
  const value = new Dec(text);
  return value.isZero() ? "0" : value.toFixed();
}

/**
 * The raw values `rig=<id>` gives a scenario in `currency` (anything but "CNY" reads as USD): the
 * hashrate, the power, and the reference price when there is one; {} for an unknown id (the schema
 * refuses it by name).
 */
export function rigRaw(id: unknown, currency: unknown): { hashrateThs?: string; powerWatts?: string; rigPrice?: string } {
  const rig = typeof id === "string" ? findRig(id) : undefined;
  if (!rig) return {};
  const price = rigPriceIn(rig, currency === "CNY" ? "CNY" : "USD");
  const values = { hashrateThs: plain(rig.hashrateThs), powerWatts: plain(rig.powerWatts) };
  return price ? { ...values, rigPrice: plain(price.amount) } : values;
}

/** Whether hashrate and power texts are still the rig's own (an edited one is a custom rig). */
export function isRigsOwn(rig: Rig, hashrateThs: string, powerWatts: string): boolean {
  try {
    return new Dec(hashrateThs.trim()).eq(rig.hashrateThs) && new Dec(powerWatts.trim()).eq(rig.powerWatts);
  } catch {
    return false;
  }
}
