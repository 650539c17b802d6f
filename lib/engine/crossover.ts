/**
 * Compare mode's crossover (spec §3): the self-run price per kWh at which self-run and hosted end the
 * horizon with the same net profit.
 */
import { Dec, ZERO } from "../core/decimal";
import type { SideSpec } from "./day";
import type { RunRevenue } from "./runs";

/** Search bounds and tolerance (spec §3): −10 … 10 per kWh, within 10⁻⁶. */
const CROSSOVER_MIN = new Dec(-10);
const CROSSOVER_MAX = new Dec(10);
/** Newton stops once its next step would be under this, per kWh (a gap in money would not do: with few kWh a tiny gap is a long way). */
const CROSSOVER_TOLERANCE = new Dec("1e-12");

/**
 * The self-run `kwh` at which self-run net profit equals `hostedNetProfit`, currency per kWh; null
 * if none in −10 … 10.
 *
 * Self-run net profit as a function of its electricity price x is Σ_d max(R_d − E·x, 0) − C with
 * the shutdown rule (Σ_d (R_d − E·x) − C without): convex, piecewise linear, non-increasing.
 * Newton's method from the left end (−10, where every day runs) never passes the root and lands on
 * the crossing linear piece in a few steps, where it is exact; an iterate beyond 10 means no
 * crossover in range. A bisection finishes the rare case Newton has not by then.
 * Example: one day of revenue ¥170, E = 31.752 kWh, no other cost, hosted net ¥100: (170 − 100) / 31.752 ≈ ¥2.2046.
 */
export function crossover({
  runs,
  self,
  stop,
  hostedNetProfit,
  horizonDays,
}: {
  /** Every run of the horizon, with the fleet's revenue. */
  runs: readonly RunRevenue[];
  self: SideSpec;
  stop: boolean;
  hostedNetProfit: Dec;
  horizonDays: number;
}): Dec | null {
  const energy = self.energy;
  if (energy.isZero()) return null;
  const constant = self.fixedPerDay.times(horizonDays).plus(self.capex).minus(self.resale);
  let revenueAll = ZERO;
  for (const run of runs) revenueAll = revenueAll.plus(run.revenueSum);
  const target = constant.plus(hostedNetProfit);
  // f(x) − hostedNetProfit and the number of days running at x
  const evaluate = (x: Dec): { gap: Dec; daysOn: number } => {
    const variable = energy.times(x);
    if (!stop || !variable.isPositive()) {
      return { gap: revenueAll.minus(variable.times(horizonDays)).minus(target), daysOn: horizonDays };
    }
    let sum = ZERO;
    let daysOn = 0;
    for (const run of runs) {
      const firstOn = run.revenueFirst.gt(variable);
      const lastOn = run.revenueLast.gt(variable);
      if (firstOn && lastOn) {
        sum = sum.plus(run.revenueSum).minus(variable.times(run.length));
        daysOn += run.length;
      } else if (firstOn || lastOn) {
        let r = run.revenueFirst;
        for (let j = 0; j < run.length; j++) {
          if (j > 0) r = r.times(run.g);
          if (r.gt(variable)) {
            sum = sum.plus(r.minus(variable));
            daysOn += 1;
          }
        }
      }
    }
    return { gap: sum.minus(target), daysOn };
  };
  let x = CROSSOVER_MIN;
  let at = evaluate(x);
  if (at.gap.isNegative()) return null;
  // gap ≤ tolerance × slope: the root is at most tolerance × days-on-now / days-on-at-root (≤ 3650) away
  const settled = (p: { gap: Dec; daysOn: number }) => p.gap.lte(CROSSOVER_TOLERANCE.times(energy).times(Math.max(p.daysOn, 1)));
  for (let i = 0; i < 64 && !settled(at); i++) {
    if (at.daysOn === 0) return null;
    x = x.plus(at.gap.div(energy.times(at.daysOn)));
    if (x.gt(CROSSOVER_MAX)) return null;
    at = evaluate(x);
  }
  if (settled(at)) return x;
  let lo = x;
  let hi = CROSSOVER_MAX;
  if (evaluate(hi).gap.gt(0)) return null;
  for (let i = 0; i < 80 && hi.minus(lo).gt("1e-9"); i++) {
    const mid = lo.plus(hi).div(2);
    if (evaluate(mid).gap.gte(0)) lo = mid;
    else hi = mid;
  }
  return lo;
}
