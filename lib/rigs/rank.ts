/**
 * Every rig of the catalogue under one scenario: the site (power price or hosting offer, pool fee,
 * uptime, network, horizon, coin policy) kept, the rig's own fields replaced. Each rig's scenario is
 * exactly what the calculator opens for `rig=<id>` with the same keys and the price used
 * (tests/app/api-rigs.test.ts). At a start date in the past only the rigs released by then run.
 *
 * The price a rig is ranked at, first found first: the link's own price for the link's own rig
 * (the buyer's), a catalogue deal quoted on or before the start date, the price index's estimate
 * for the start date (./price-index.ts); else none.
 */
import { Dec } from "../core/decimal";
import type { Scenario } from "../scenario/schema";
import type { FleetGoal } from "../scenario/fleet";
import { hasFleetGoal } from "../scenario/fleet";
import type { Simulation, SideName } from "../engine/simulate";
import { simulate } from "../simulate-recorded";
import { RIGS, type Rig } from "../../data/rigs";
import { rigPriceIn, type RigPriceIn } from "./catalogue";
import { indexPriceOn, type IndexPrice } from "./price-index";
import { fleetOf, type Fleet } from "./fleet";
import type { OwnRig } from "./ranking-query";

/** The price a rig is ranked at. */
export interface RankPrice {
  /** Per rig, in the scenario's currency, canonical decimal text. */
  amount: string;
  /** "scenario": the buyer's own; "catalogue": a quoted deal; "index": the price index's estimate. */
  from: "scenario" | "catalogue" | "index";
  /** The catalogue's quote behind it (converted), when there is one. */
  quote: RigPriceIn | null;
  /** The index's estimate behind it. */
  index: IndexPrice | null;
}

export interface RankedRig {
  rig: Rig;
  /** null: no price is known; the figures that need one are not shown. */
  price: RankPrice | null;
  /** The scenario run (with a price of 0 when none is known). */
  scenario: Scenario;
  sim: Simulation;
  /** Per side, the fleet for the asked capacity or budget (absent when none is asked). */
  fleet?: Partial<Record<SideName, Fleet>>;
}

/** What the ranking knows beyond the scenario: whose price the link's is, and the fleet asked. */
export interface RankOptions {
  own?: OwnRig;
  goal?: FleetGoal;
  /** Search each side's IRR (the API's rows carry it; the page's do not show it). Default true. */
  irr?: boolean;
}

function plain(text: string): string {
  const value = new Dec(text);
  return value.isZero() ? "0" : value.toFixed();
}

/** The link's own rig as the scenario alone says it: `rig=`, priced by the scenario. */
export function ownOfScenario(base: Scenario): OwnRig {
  return { id: base.rig ?? null, priced: base.rig !== undefined };
}

/** Whether `rig` was on the market on `date` (its release month at or before the date's). */
export function releasedBy(rig: Rig, date: string): boolean {
  return rig.released <= date.slice(0, 7);
}

/** The catalogue rigs released by `date`, in the catalogue's order. */
export function rigsReleasedBy(date: string, rigs: readonly Rig[] = RIGS): Rig[] {
  return rigs.filter((r) => releasedBy(r, date));
}

/** The price `rig` is ranked at under `base`, or null. */
export function rankPrice(base: Scenario, rig: Rig, own: OwnRig = ownOfScenario(base)): RankPrice | null {
  const quote = rigPriceIn(rig, base.currency);
  if (own.id === rig.id && own.priced) return { amount: base.rigPrice, from: "scenario", quote, index: null };
  if (quote && quote.quoted.date <= base.startDate) return { amount: plain(quote.amount), from: "catalogue", quote, index: null };
  const index = indexPriceOn({ rig, date: base.startDate, currency: base.currency });
  return index ? { amount: plain(index.amount), from: "index", quote: null, index } : null;
}

/**
 * Whether the scenario's hashrate and power are `rig`'s own as the link measured them: the link's own
 * rig (its `rig=` or its preset's) at the rig's hashrate. The January 2018 S9 draws 1,400 W at the
 * wall in its presets against the catalogue's nameplate 1,323 W: its row is the calculator's answer.
 */
export function ownFigures(base: Scenario, rig: Rig, own: OwnRig = ownOfScenario(base)): boolean {
  return own.id === rig.id && new Dec(base.hashrateThs).eq(rig.hashrateThs);
}

/**
 * `base` with the rig's own fields: hashrate, power, rig id and `price` (the site's fields untouched).
 * The link's own rig keeps the link's hashrate and power (ownFigures); every other rig takes the catalogue's.
 */
export function withRig(base: Scenario, rig: Rig, price: string, own?: OwnRig): Scenario {
  const figures = ownFigures(base, rig, own)
    ? { hashrateThs: plain(base.hashrateThs), powerWatts: plain(base.powerWatts) }
    : { hashrateThs: plain(rig.hashrateThs), powerWatts: plain(rig.powerWatts) };
  return { ...base, rig: rig.id, ...figures, rigPrice: price };
}

/** One rig under the scenario. */
export function rankRig(base: Scenario, rig: Rig, options: RankOptions = {}): RankedRig {
  const price = rankPrice(base, rig, options.own);
  const scenario = withRig(base, rig, price?.amount ?? "0", options.own);
  const sim = simulate(scenario, { irr: options.irr ?? true });
  const ranked: RankedRig = { rig, price, scenario, sim };
  const goal = options.goal;
  if (goal && hasFleetGoal(goal)) {
    const fleet: Partial<Record<SideName, Fleet>> = {};
    for (const side of ["self", "hosted"] as const) {
      const summary = sim[side];
      if (summary) fleet[side] = fleetOf({ goal, scenario, side, summary, priced: price !== null });
    }
    ranked.fleet = fleet;
  }
  return ranked;
}

/** Every rig of the catalogue released by the start date under the scenario, in the catalogue's order. */
export function rankRigs(base: Scenario, options: RankOptions = {}, rigs: readonly Rig[] = RIGS): RankedRig[] {
  return rigsReleasedBy(base.startDate, rigs).map((rig) => rankRig(base, rig, options));
}
