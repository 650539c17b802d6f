/**
 * The simulation with the recorded history plugged in (spec §6), alone in its module so the page's
 * first load takes it without the futures and odds of lib/run.ts; lib/run.ts re-exports it.
 */
import type { Scenario } from "./scenario/schema";
import { powerTermsOf } from "./scenario/power-terms";
import { recordedMarket } from "./history/replay";
import { flatPayback as flatOf, growthGrid as gridOf, type FlatPayback, type GrowthCell } from "./engine/flat";
import type { SideName } from "./engine/day";
import type { SimulateOptions, Simulation } from "./engine/simulate";
import { simulateDays } from "./prepare";

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
  return flatOf(s, powerTermsOf(s), recordedMarket);
}

/** Break-even day of each side over the growth grid (lib/engine/flat). */
export function growthGrid(s: Scenario): GrowthCell[] {
  return gridOf(s, powerTermsOf(s), recordedMarket);
}
