/**
 * A rig's market price estimated from the price index (data/rig-price-index.ts): its efficiency
 * band's figure at or before the start date (never one after it), × its rated TH/s. Between two
 * figures the last one stands; after the last one it stands too, its age said, and flagged stale
 * past INDEX_STALE_DAYS. A figure in the other currency is converted at the rate of its own month.
 */
import { Dec } from "../core/decimal";
import { daysBetween } from "../core/dates";
import { cnyPerUsdFor } from "../history/tables";
import { PRICE_INDEX, type PriceBand, type PriceIndexPoint } from "../../data/rig-price-index";
import type { Rig } from "../../data/rigs";

/** A figure older than this many days at the start date is flagged (page, API, CSV). */
export const INDEX_STALE_DAYS = 90;

export interface IndexPrice {
  /** Per rig, in `currency`, 2 decimals (half up). */
  amount: string;
  currency: "USD" | "CNY";
  /** Per TH/s in `currency`, 2 decimals (half up). */
  perTh: string;
  point: PriceIndexPoint;
  /** CNY per USD used to convert, or null when the figure is in `currency`. */
  rate: string | null;
  /** Days from the figure's date to the start date (0 or more). */
  ageDays: number;
  stale: boolean;
}

function inBand(band: PriceBand, jPerTh: Dec): boolean {
  return (band.min === null || jPerTh.gte(band.min)) && (band.max === null || jPerTh.lt(band.max));
}

function width(band: PriceBand): Dec {
  return new Dec(band.max ?? "1e9").minus(band.min ?? "0");
}

/**
 * The index figure for a rig of `jPerTh` on `date`: the latest dated at or before it whose band
 * holds the rig; on one date, the narrowest band. null when none is that old.
 * Example: an S19 Pro (29.5 J/TH) on 2022-05-01 → the under 38 J/TH figure of 2022-04-18, $80.
 */
export function indexPointFor(jPerTh: Dec, date: string): PriceIndexPoint | null {
  let best: PriceIndexPoint | null = null;
  for (const p of PRICE_INDEX) {
    if (p.date > date || !inBand(p.band, jPerTh)) continue;
    if (best === null || p.date > best.date || (p.date === best.date && width(p.band).lt(width(best.band)))) best = p;
  }
  return best;
}

/**
 * The estimated price of `rig` on `date` in `currency`, or null when the index has no figure that
 * old for its band. Exact W ÷ TH/s places it in a band (not the rounded J/TH).
 * Example: the S19 XP (140 TH/s, 21.5 J/TH) on 2023-08-01 → $20 × 140 = $2,800.00, 6 days old.
 */
export function indexPriceOn({
  rig,
  date,
  currency,
}: {
  rig: Pick<Rig, "hashrateThs" | "powerWatts">;
  date: string;
  currency: "USD" | "CNY";
}): IndexPrice | null {
  const point = indexPointFor(new Dec(rig.powerWatts).div(rig.hashrateThs), date);
  if (point === null) return null;
  let perTh = new Dec(point.perTh);
  let rate: string | null = null;
  if (point.currency !== currency) {
    rate = cnyPerUsdFor(point.date).rate;
    perTh = currency === "CNY" ? perTh.times(rate) : perTh.div(rate);
  }
  const ageDays = daysBetween(point.date, date);
  return {
    amount: perTh.times(rig.hashrateThs).toFixed(2, Dec.ROUND_HALF_UP),
    currency,
    perTh: perTh.toFixed(2, Dec.ROUND_HALF_UP),
    point,
    rate,
    ageDays,
    stale: ageDays > INDEX_STALE_DAYS,
  };
}
