/**
 * Compare mode's crossover (spec §3): the self-run price per kWh at which self-run and hosted end the
 * horizon with the same net profit.
 */
import { Dec, ONE, ZERO } from "../core/decimal";
import { assert } from "../core/assert";
import type { SideSpec } from "./day";
import type { RunRevenue } from "./runs";
import { part, runsAt, runsFrom, type DayTerms, type RunsFrom, type Tier } from "./one-day";

/** Search bounds and tolerance (spec §3): −10 … 10 per kWh, within 10⁻⁶. */
const CROSSOVER_MIN = new Dec(-10);
const CROSSOVER_MAX = new Dec(10);
/** Newton stops once its next step would be under this, per kWh (a gap in money would not do: with few kWh a tiny gap is a long way). */
const CROSSOVER_TOLERANCE = new Dec("1e-12");

/**
 * The self-run `kwh` at which self-run net profit equals `hostedNetProfit`, currency per kWh; null
 * if none in −10 … 10.
 *
 * With prices by the month, peak hours or curtailed hours (issue 16, spec §9), x is the shift added
 * to every self-run price per kWh, and the sum runs over each day's tiers.
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
}: {
  /** Every run of the horizon, with the fleet's revenue and the self-run side's terms. */
  runs: readonly RunRevenue[];
  self: SideSpec;
  stop: boolean;
  hostedNetProfit: Dec;
}): Dec | null {
  const energy = self.energy;
  if (energy.isZero()) return null;
  // what does not move with the price: the fees of every day, the outlay, the one-offs, less the resale
  let fixedAll = ZERO;
  const seen = new Map<DayTerms, number>();
  for (const run of runs) {
    const terms = termsOf(run, self);
    seen.set(terms, (seen.get(terms) ?? 0) + run.length);
  }
  for (const [terms, days] of seen) fixedAll = fixedAll.plus(terms.fixedPerDay.times(days));
  const { oneOffs } = self;
  const constant = fixedAll.plus(self.capex).minus(self.resale).plus(oneOffs.outageCost).plus(oneOffs.exitFee).minus(oneOffs.deposit);
  const target = constant.plus(hostedNetProfit);
  const keep = self.keep;
  // x is the kwh itself with one price for every month (each tier keeps its distance from kwh), and the
  // shift added to every price with prices by the month (spec §9)
  const flat = self.power.monthly === null ? self.power.flatPrice : null;
  const offsets = new Map<Tier, Dec>();
  const offsetOf = (t: Tier): Dec => {
    let v = offsets.get(t);
    if (v === undefined) {
      v = flat === null ? t.pricePerKwh : t.pricePerKwh.minus(flat);
      offsets.set(t, v);
    }
    return v;
  };
  // each tier's contribution on a day of own revenue r at shift x: r × share − E × share × (p + x) when it runs,
  // its credit when curtailed, 0 when off; it is on when r ≥ E × (p + x) (stop=1), always with stop=0
  let credits = false;
  for (const terms of seen.keys()) if (terms.tiers.some((t) => !t.runs && t.credit.gt(0))) credits = true;
  /** f(x) − target and the kWh drawn at x (the slope of f is −kWh). */
  const own = (x: Dec) => (keep.eq(ONE) ? x : x.times(keep));
  const owned = runs.map((run) => ({ first: own(run.revenueFirst), last: own(run.revenueLast), sum: own(run.revenueSum) }));
  const evaluate = (x: Dec): { gap: Dec; kwh: Dec } => {
    let sum = ZERO;
    // days each tier ran at x: the kWh drawn, Σ E × share × days, at the end
    const tierDays = new Map<Tier, number>();
    const ran = (t: Tier, days: number) => tierDays.set(t, (tierDays.get(t) ?? 0) + days);
    // per tier at this x: the shutdown rule of one-day.ts on the day's own (kept) revenue, against the
    // full day's power at x, and the tier's own power
    const priced = new Map<Tier, { rule: RunsFrom; variable: Dec }>();
    const priceOf = (t: Tier) => {
      let v = priced.get(t);
      if (v === undefined) {
        const offset = offsetOf(t);
        const price = offset.isZero() ? x : x.plus(offset);
        const threshold = energy.times(price);
        v = {
          rule: runsFrom({ stop, keep: ONE, fullDayPowerCost: threshold }),
          variable: t.share === ONE ? threshold : t.energyKwh.times(price),
        };
        priced.set(t, v);
      }
      return v;
    };
    // a whole-day tier's runs that are on all along: their revenue summed first, their power once (days × V)
    const whole = new Map<Tier, { revenue: Dec; days: number }>();
    runs.forEach((run, i) => {
      const terms = termsOf(run, self);
      const o = owned[i];
      if (terms.off || o === undefined) return;
      for (const t of terms.tiers) {
        const { rule, variable } = priceOf(t);
        const firstOn = runsAt(rule, o.first);
        const lastOn = runsAt(rule, o.last);
        if (firstOn && lastOn) {
          if (t.runs && t.share === ONE) {
            const w = whole.get(t);
            if (w === undefined) whole.set(t, { revenue: o.sum, days: run.length });
            else {
              w.revenue = w.revenue.plus(o.sum);
              w.days += run.length;
            }
            ran(t, run.length);
          } else if (t.runs) {
            sum = sum.plus(part(o.sum, t.share)).minus(variable.times(run.length));
            ran(t, run.length);
          } else sum = sum.plus(t.credit.times(run.length));
        } else if (firstOn || lastOn) {
          let r = o.first;
          for (let j = 0; j < run.length; j++) {
            if (j > 0) r = r.times(run.g);
            if (!runsAt(rule, r)) continue;
            if (t.runs) {
              sum = sum.plus(part(r, t.share)).minus(variable);
              ran(t, 1);
            } else sum = sum.plus(t.credit);
          }
        }
      }
    });
    for (const [t, w] of whole) sum = sum.plus(w.revenue).minus(priceOf(t).variable.times(w.days));
    let kwh = ZERO;
    for (const [t, days] of tierDays) kwh = kwh.plus(t.energyKwh.times(days));
    return { gap: sum.minus(target), kwh };
  };
  let x = CROSSOVER_MIN;
  let at = evaluate(x);
  if (at.gap.isNegative()) return null;
  // a credit for curtailed hours makes f jump down where those hours stop paying: Newton could step past the root there
  if (!credits) {
    // gap ≤ tolerance × slope: the root is at most tolerance × kWh-now / kWh-at-root (≤ 3650 days) away
    const settled = (p: { gap: Dec; kwh: Dec }) => p.gap.lte(CROSSOVER_TOLERANCE.times(Dec.max(p.kwh, energy)));
    for (let i = 0; i < 64 && !settled(at); i++) {
      if (at.kwh.isZero()) return null;
      x = x.plus(at.gap.div(at.kwh));
      if (x.gt(CROSSOVER_MAX)) return null;
      at = evaluate(x);
    }
    if (settled(at)) return x;
  }
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

function termsOf(run: RunRevenue, self: SideSpec): DayTerms {
  const terms = run.terms[self.name];
  assert(terms, "every run carries the self-run side's terms");
  return terms;
}
