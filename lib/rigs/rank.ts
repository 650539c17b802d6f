/**
 * Every rig of the catalogue under one scenario: the site (power price or hosting offer, pool fee,
 * uptime, network, horizon, coin policy) kept, the rig's own fields replaced. Each rig's scenario is
 * exactly what the calculator opens for `rig=<id>` with the same keys and the price used
 * (tests/app/api-rigs.test.ts).
 */
import { Dec } from "../core/decimal";
import type { Scenario } from "../scenario/schema";
import type { Simulation } from "../engine/simulate";
import { simulate } from "../simulate-recorded";
import { RIGS, type Rig } from "../../data/rigs";
import { rigPriceIn, type RigPriceIn } from "./catalogue";

/** The price a rig is ranked at: the scenario's own for its own rig, else the catalogue's. */
export interface RankPrice {
  /** Per rig, in the scenario's currency, canonical decimal text. */
  amount: string;
  from: "scenario" | "catalogue";
  /** The catalogue's quote behind it (converted), when there is one. */
  quote: RigPriceIn | null;
}

export interface RankedRig {
  rig: Rig;
  /** null: no price is known; the figures that need one are not shown. */
  price: RankPrice | null;
  /** The scenario run (with a price of 0 when none is known). */
  scenario: Scenario;
  sim: Simulation;
}

function plain(text: string): string {
  const value = new Dec(text);
  return value.isZero() ? "0" : value.toFixed();
}

/** The price `rig` is ranked at under `base`, or null. */
export function rankPrice(base: Scenario, rig: Rig): RankPrice | null {
  const quote = rigPriceIn(rig, base.currency);
  if (base.rig === rig.id) return { amount: base.rigPrice, from: "scenario", quote };
  return quote ? { amount: plain(quote.amount), from: "catalogue", quote } : null;
}

/** `base` with the rig's own fields: hashrate, power, rig id and `price` (the site's fields untouched). */
export function withRig(base: Scenario, rig: Rig, price: string): Scenario {
  return { ...base, rig: rig.id, hashrateThs: plain(rig.hashrateThs), powerWatts: plain(rig.powerWatts), rigPrice: price };
}

/** One rig under the scenario. */
export function rankRig(base: Scenario, rig: Rig): RankedRig {
  const price = rankPrice(base, rig);
  const scenario = withRig(base, rig, price?.amount ?? "0");
  return { rig, price, scenario, sim: simulate(scenario) };
}

/** Every rig of the catalogue under the scenario, in the catalogue's order. */
export function rankRigs(base: Scenario, rigs: readonly Rig[] = RIGS): RankedRig[] {
  return rigs.map((rig) => rankRig(base, rig));
}
