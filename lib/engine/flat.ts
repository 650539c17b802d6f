/**
 * The salesperson's calculator and how far it is from an honest projection (issue: flat or honest).
 *
 * A flat calculator holds day 0 forever: the first day's difficulty, price, subsidy and fees, no
 * downtime and no shutdown. Its daily profit never changes, so it pays back on day
 * ceil(capex / daily profit) — however far that is, with no horizon.
 */
import { Dec } from "../core/decimal";
import { addDays } from "../core/dates";
import type { Scenario } from "../scenario/schema";
import type { PowerTerms } from "../scenario/power-terms";
import { simulateWith, type RecordedSource, type SideName, type Simulation } from "./simulate";

export interface FlatPayback {
  /** The flat calculator's break-even day, or null when day 0 makes no profit. */
  breakEvenDay: number | null;
  breakEvenDate: string | null;
  /** Its constant daily profit: day 0 at 100 % uptime, after pool fee, host's share, power and fees. */
  dailyProfit: Dec;
  capex: Dec;
}

/** The scenario a flat calculator sees: growth 0, uptime 100 %, no shutdown, a one-day horizon. */
export function flatScenario(s: Scenario): Scenario {
  return {
    ...s,
    difficultyGrowthPctPerMonth: "0",
    btcPriceGrowthPctPerMonth: "0",
    uptimePct: "100",
    shutdownWhenUnprofitable: false,
    horizonDays: 1,
  };
}

/**
 * The flat calculator's answer for each side of the scenario (`history`: a replay's recorded days).
 * Example: the ¥30,000 S9 of January 2018 makes ¥158.95 a day at day-0 figures: day ⌈30000 / 158.95⌉ = 189.
 */
export function flatPayback(s: Scenario, lists: PowerTerms, history?: RecordedSource): Partial<Record<SideName, FlatPayback>> {
  const sim = simulateWith(flatScenario(s), lists, history);
  const out: Partial<Record<SideName, FlatPayback>> = {};
  for (const side of ["self", "hosted"] as const) {
    const summary = sim[side];
    if (!summary) continue;
    const profit = summary.firstDay.profit;
    const capex = summary.capex;
    let day: number | null = null;
    if (capex.lte(0)) day = profit.lt(0) ? null : 1;
    else if (profit.gt(0)) {
      const days = capex.div(profit).ceil();
      // a profit of a fraction of a cent a day would "pay back" in geological time: cap the count
      day = days.lte(1e9) ? Math.max(1, days.toNumber()) : null;
    }
    out[side] = {
      breakEvenDay: day,
      breakEvenDate: day === null ? null : addDays(s.startDate, Math.min(day, 1e6) - 1),
      dailyProfit: profit,
      capex,
    };
  }
  return out;
}

export interface GrowthCell {
  difficultyGrowthPctPerMonth: string;
  btcPriceGrowthPctPerMonth: string;
  breakEvenDay: Partial<Record<SideName, number | null>>;
}

/** The "what moves the answer" row: difficulty growth 0, 4, 8 %/month × BTC price growth −5, 0, +5 %/month. */
export const GROWTH_GRID = {
  difficulty: ["0", "4", "8"],
  price: ["-5", "0", "5"],
} as const;

/** Break-even day of each side for each pair of the growth grid (nine runs of the engine; `history`: a replay's recorded days). */
export function growthGrid(s: Scenario, lists: PowerTerms, history?: RecordedSource): GrowthCell[] {
  const cells: GrowthCell[] = [];
  for (const dg of GROWTH_GRID.difficulty) {
    for (const bg of GROWTH_GRID.price) {
      const sim: Simulation = simulateWith({ ...s, difficultyGrowthPctPerMonth: dg, btcPriceGrowthPctPerMonth: bg }, lists, history);
      cells.push({
        difficultyGrowthPctPerMonth: dg,
        btcPriceGrowthPctPerMonth: bg,
        breakEvenDay: {
          ...(sim.self ? { self: sim.self.breakEvenDay } : {}),
          ...(sim.hosted ? { hosted: sim.hosted.breakEvenDay } : {}),
        },
      });
    }
  }
  return cells;
}
