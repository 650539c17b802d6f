/**
 * A fleet for a site or a budget (issue 25): how many of a rig fit a power capacity at the wall or a
 * budget, and what that fleet does. Per-rig figures come from the rig's own run (the scenario's
 * rig count divided out: the engine's outputs scale with it, tests/lib/properties.test.ts).
 */
import { Dec } from "../core/decimal";
import type { Scenario } from "../scenario/schema";
import type { FleetGoal } from "../scenario/fleet";
import type { SideName, SideSummary } from "../engine/simulate";

export interface Fleet {
  /** How many fit: null when nothing bounds it (a budget for a rig that costs nothing) or a budget meets no price. */
  count: number | null;
  /** count × (price + setup) per rig, currency; null without a count or a price. */
  outlay: Dec | null;
  /** count × the net profit per rig, currency. */
  netProfit: Dec | null;
  /** The rig's own payback day (a fleet pays back on the same day); null when it never does or none fit. */
  breakEvenDay: number | null;
  /** Net profit per rig ÷ its MW at the wall ÷ the horizon in years (365.25 days), currency per MW per year. */
  profitPerMwYear: Dec | null;
}

/** kW at the wall per rig: self-run with its cooling and losses (PUE), hosted its own draw. */
export function rigKwAtWall(scenario: Scenario, side: SideName): Dec {
  const watts = new Dec(scenario.powerWatts);
  return (side === "self" ? watts.times(scenario.overheadFactor) : watts).div(1000);
}

/**
 * The fleet of one side. count = floor(cap ÷ kW per rig), or floor(budget ÷ (capex ÷ n)), the
 * smaller when both are asked. Example: 1 MW of S21s (3.5 kW) at PUE 1 → floor(1000 ÷ 3.5) = 285.
 */
export function fleetOf({
  goal,
  scenario,
  side,
  summary,
  priced,
}: {
  goal: FleetGoal;
  scenario: Scenario;
  side: SideName;
  summary: SideSummary;
  priced: boolean;
}): Fleet {
  const n = scenario.rigCount;
  const kw = rigKwAtWall(scenario, side);
  const perRigOutlay = summary.capex.div(n);
  const perRigNet = summary.netProfit.div(n);
  const counts: number[] = [];
  if (goal.capKw !== undefined) counts.push(kw.gt(0) ? new Dec(goal.capKw).div(kw).floor().toNumber() : 0);
  if (goal.budget !== undefined) {
    if (!priced) return { count: null, outlay: null, netProfit: null, breakEvenDay: null, profitPerMwYear: null };
    // a rig that costs nothing is not bounded by money
    if (perRigOutlay.gt(0)) counts.push(new Dec(goal.budget).div(perRigOutlay).floor().toNumber());
  }
  const count = counts.length > 0 ? Math.min(...counts) : null;
  const years = new Dec(scenario.horizonDays).div("365.25");
  const profitPerMwYear = priced && kw.gt(0) ? perRigNet.div(kw.div(1000)).div(years) : null;
  if (count === null || !priced) {
    return { count, outlay: null, netProfit: null, breakEvenDay: null, profitPerMwYear };
  }
  return {
    count,
    outlay: perRigOutlay.times(count),
    netProfit: perRigNet.times(count),
    breakEvenDay: count > 0 ? summary.breakEvenDay : null,
    profitPerMwYear,
  };
}
