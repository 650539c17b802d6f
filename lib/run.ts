/**
 * The engine with the recorded history plugged in: what the app, the API and the scripts call.
 * A scenario with `hist=1` replays the recorded days of lib/history (spec §6); the engine itself
 * takes them as an argument and never reads the tables.
 */
import type { Scenario } from "./scenario/schema";
import { recordedMarket } from "./history/replay";
import { simulate as simulateDays, type SimulateOptions, type Simulation } from "./engine/simulate";
import { flatPayback as flatOf, growthGrid as gridOf, type FlatPayback, type GrowthCell } from "./engine/flat";
import {
  growthHeatMap as growthMapOf,
  heatMap as heatMapOf,
  priceHeatMap as priceMapOf,
  tornado as tornadoOf,
  type Axis,
  type HeatMap,
  type Tornado,
} from "./engine/sensitivity";
import { FuturesRun as FuturesRunOf, runFutures as futuresOf, type FuturesBand, type FuturesSettings } from "./engine/futures";
import type { SideName } from "./engine/day";

/**
 * Runs the scenario (lib/engine/simulate), with its recorded days when it replays history, and
 * each side's IRR unless `options.irr` is false.
 * Example: the S9 of January 2018 at ¥30,000, flat figures, pays back on day 189 (2018-07-22).
 */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Simulation {
  // the doors show the IRR (spec §8): searched unless a caller says not
  const withIrr: SimulateOptions = { ...options, irr: options.irr ?? true };
  if (!scenario.useHistory || options.recorded !== undefined) return simulateDays(scenario, withIrr);
  return simulateDays(scenario, { ...withIrr, recorded: recordedMarket(scenario) });
}

/** The flat calculator's answer for each side (lib/engine/flat). */
export function flatPayback(s: Scenario): Partial<Record<SideName, FlatPayback>> {
  return flatOf(s, recordedMarket);
}

/** Break-even day of each side over the growth grid (lib/engine/flat). */
export function growthGrid(s: Scenario): GrowthCell[] {
  return gridOf(s, recordedMarket);
}

/** Break-even day and net profit over every (x, y) pair (lib/engine/sensitivity). */
export function heatMap(s: Scenario, x: Axis, y: Axis): HeatMap {
  return heatMapOf(s, x, y, recordedMarket);
}

/** The growth heat map (lib/engine/sensitivity). */
export function growthHeatMap(s: Scenario, size = 15): HeatMap {
  return growthMapOf(s, size, recordedMarket);
}

/** The price heat map (lib/engine/sensitivity). */
export function priceHeatMap(s: Scenario, size = 15): HeatMap {
  return priceMapOf(s, size, recordedMarket);
}

/** The tornado of net profit (lib/engine/sensitivity). */
export function tornado(s: Scenario): Tornado {
  return tornadoOf(s, recordedMarket);
}

/** Futures in batches (lib/engine/futures); a replay's futures start after its recorded days. */
export class FuturesRun extends FuturesRunOf {
  constructor(s: Scenario, settings: FuturesSettings) {
    super(s, settings, recordedMarket);
  }
}

/** All futures at once (lib/engine/futures). */
export function runFutures(s: Scenario, settings: FuturesSettings): FuturesBand {
  return futuresOf(s, settings, recordedMarket);
}
