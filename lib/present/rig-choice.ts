/**
 * Choosing a rig in the form without carrying another rig's figures: a rig of the catalogue brings
 * its hashrate, power and reference price (or an empty price to type when the catalogue has none,
 * never the previous rig's), and a rig released after the start date moves the scenario to today's
 * network. What the page refuses to answer until the reader decides: a rig out of its era, a
 * catalogue rig with no price.
 */
import { Dec } from "../core/decimal";
import type { Rig } from "../../data/rigs";
import { findRig } from "../rigs/ids";
import { findPreset } from "../open/presets";
import type { NetworkFigures } from "../network/figures";
import { isRigsOwn, rigRaw } from "../rigs/catalogue";
import { readNumberEntry } from "./number-entry";
import { releasedAfter, rigOutOfEra, todaysNetworkFor } from "../rigs/era";
import type { FormTexts } from "./form";
import { indexPriceOn, type IndexPrice } from "../rigs/price-index";

/** A rig chosen in the form: the texts after it, and the start date left behind when it moved the scenario. */
export interface RigChoice {
  texts: FormTexts;
  /** The start date before the move to today's network, or null when the scenario stayed on its date. */
  movedFrom: string | null;
}

/**
 * The texts after choosing catalogue rig `id` ("" = a custom rig: the figures stay, the link names
 * no rig). A rig without a catalogue price leaves the price empty for the reader to type; a rig
 * released after the start date moves the scenario to today's network (`network`).
 */
export function chooseRigTexts(texts: FormTexts, id: string, network?: NetworkFigures): RigChoice {
  if (id === "") return { texts: { ...texts, rig: "" }, movedFrom: null };
  const rig = findRig(id);
  if (!rig) return { texts, movedFrom: null };
  const own = rigRaw(id, texts.currency);
  const next: FormTexts = { ...texts, rig: id, ...own, rigPrice: own.rigPrice ?? "" };
  if (!releasedAfter(rig, texts.startDate.trim())) return { texts: next, movedFrom: null };
  return { texts: moveToTodayTexts(next, network), movedFrom: texts.startDate.trim() };
}

/** The texts moved to today's network: its date, height, difficulty, fees, price and trend; the site and the rig stay. */
export function moveToTodayTexts(texts: FormTexts, network?: NetworkFigures): FormTexts {
  return { ...texts, ...todaysNetworkFor(texts.currency, network) };
}

function sameNumber(a: string, b: string | undefined): boolean {
  if (b === undefined) return false;
  try {
    return new Dec(a.trim()).eq(b);
  } catch {
    return false;
  }
}

/**
 * Whether the texts still hold preset `id`'s rig (its hashrate and power): a preset whose rig was
 * replaced is no longer the scenario's (its chip and story no longer show).
 */
export function presetFits(id: string | undefined, texts: Pick<FormTexts, "hashrateThs" | "powerWatts">): boolean {
  const preset = id ? findPreset(id) : undefined;
  if (!preset) return false;
  return sameNumber(texts.hashrateThs, preset.values.hashrateThs) && sameNumber(texts.powerWatts, preset.values.powerWatts);
}

/** What the page waits for before answering: a rig out of its era, or the price of a rig the catalogue does not price. */
export type RigHold =
  | { kind: "era"; rig: Rig; startDate: string }
  /** `estimate`: the price index's dated estimate for the rig on the start date, offered, never filled in unasked. */
  | { kind: "price"; rig: Rig; estimate: IndexPrice | null };

/** The price index's estimate for catalogue rig `rig` on the texts' start date, in their currency, or null. */
export function indexEstimateFor(rig: Rig, texts: Pick<FormTexts, "startDate" | "currency">): IndexPrice | null {
  const date = texts.startDate.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  return indexPriceOn({ rig, date, currency: texts.currency === "CNY" ? "CNY" : "USD" });
}

/**
 * Whether the form's typed hashrate and power are the catalogue rig's own, read as the form reads
 * them: `13.5T` and `1.4kW` are the S9's 13.5 TH/s and 1,400 W as much as `13.5` and `1400` are.
 */
export function typedIsRigsOwn(rig: Rig, hashrateText: string, powerText: string): boolean {
  const hashrate = readNumberEntry(hashrateText, "hashrate", "USD");
  const power = readNumberEntry(powerText, "power", "USD");
  return hashrate.kind === "number" && power.kind === "number" && isRigsOwn(rig, hashrate.value, power.value);
}

/**
 * The index estimate the texts' price is, or null: a catalogue rig without a catalogue price whose
 * price field holds exactly the index's estimate for the start date (as the ranking opens it).
 */
export function priceIsIndexEstimate(
  texts: Pick<FormTexts, "rig" | "hashrateThs" | "powerWatts" | "startDate" | "currency" | "rigPrice">,
): IndexPrice | null {
  const rig = texts.rig ? findRig(texts.rig) : undefined;
  if (!rig || rig.price !== null || !typedIsRigsOwn(rig, texts.hashrateThs, texts.powerWatts)) return null;
  const estimate = indexEstimateFor(rig, texts);
  return estimate && sameNumber(texts.rigPrice, estimate.amount) ? estimate : null;
}

/** The hold on the texts' answer, or null when the page can answer. */
export function rigHold(
  texts: Pick<FormTexts, "rig" | "hashrateThs" | "powerWatts" | "startDate" | "rigPrice" | "currency">,
): RigHold | null {
  const rig = texts.rig ? findRig(texts.rig) : undefined;
  if (!rig || !typedIsRigsOwn(rig, texts.hashrateThs, texts.powerWatts)) return null;
  const startDate = texts.startDate.trim();
  if (rigOutOfEra({ rig: rig.id, startDate })) return { kind: "era", rig, startDate };
  if (rig.price === null && texts.rigPrice.trim() === "") return { kind: "price", rig, estimate: indexEstimateFor(rig, texts) };
  return null;
}

/**
 * Whether a link's price is another rig's: the link names a catalogue rig the catalogue does not
 * price, gives no price of its own (`linkGivesPrice`), and its preset is of another rig, so the price
 * is that preset's (the S21's US$2,900 for an S21 XP opened from the ranking). The page then asks
 * for the price instead of answering with it.
 */
export function priceOfAnotherRig(
  s: { rig?: string | undefined; preset?: string | undefined; hashrateThs: string; powerWatts: string },
  linkGivesPrice: boolean,
): boolean {
  const rig = s.rig ? findRig(s.rig) : undefined;
  if (!rig || rig.price !== null || linkGivesPrice || !isRigsOwn(rig, s.hashrateThs, s.powerWatts)) return false;
  return !presetFits(s.preset, s);
}
