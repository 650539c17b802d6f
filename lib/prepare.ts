/**
 * The engine's entries for a scenario as the schema gives it: its power lists (prices by the month,
 * peak hours, outages) are parsed here, once per run, and the engine receives the values. The doors
 * (lib/simulate-recorded.ts, lib/run.ts) and the tests of the engine call these.
 */
import type { Scenario } from "./scenario/schema";
import { powerTermsOf } from "./scenario/power-terms";
import { simulate, type SimulateOptions, type Simulation } from "./engine/simulate";
import { sideSpecs, type SideName, type SideSpec, type Sides } from "./engine/day";
import { floatModel, type FloatModel } from "./engine/futures-float";

/** Runs the scenario as it stands (lib/engine/simulate): no recorded days unless given, no IRR unless asked. */
export function simulateDays(s: Scenario, options: SimulateOptions = {}): Simulation {
  return simulate(s, powerTermsOf(s), options);
}

/** The fixed figures of each side of the scenario (lib/engine/day). */
export function sideSpecsOf(s: Scenario): Sides<SideSpec> {
  return sideSpecs(s, powerTermsOf(s));
}

/** The floats of one side of the scenario (lib/engine/futures-float). */
export function floatModelOf(s: Scenario, side: SideName): FloatModel {
  return floatModel(s, powerTermsOf(s), side);
}
