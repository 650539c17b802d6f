/**
 * The day model of spec §2 for one scenario, both sides at once, and the summary of §3.
 *
 * Built for speed without leaving exact decimal arithmetic: the horizon is cut into runs of days
 * that share one difficulty (a 14-day period) and one subsidy. Within a run the BTC mined per day
 * is constant and the price is geometric, P_d = P_a·g^(d−a), so a run's revenue is
 * R_a·(g^L − 1)/(g − 1) and needs no loop. Days are walked one by one only where it matters:
 * a run where the shutdown rule switches the rigs on or off part-way, the run where the
 * cumulative profit may reach the outlay, and every run when the daily schedule is asked for.
 * Compare mode shares the runs, the subsidy, the difficulty and the price between its two sides.
 */
import { Dec, HUNDRED, ONE, ZERO } from "../decimal";
import { addDays } from "../dates";
import { assert, Impossible } from "../assert";
import type { Scenario } from "../scenario/schema";
import { BLOCKS_PER_DAY, daySubsidy, nextSubsidyChange } from "./subsidy";
import { dailyPriceFactor, DIFFICULTY_PERIOD_DAYS, periodGrowthFactor } from "./difficulty";
import { DAYS_PER_MONTH } from "../decimal";

export type SideName = "self" | "hosted";

/** 2^32 hashes per unit of difficulty. */
const TWO_POW_32 = new Dec(2).pow(32);
const SECONDS_PER_DAY = 86_400;
/** Crossover search bounds and tolerance (spec §3): −10 … 10 per kWh, within 10⁻⁶. */
const CROSSOVER_MIN = new Dec(-10);
const CROSSOVER_MAX = new Dec(10);
const CROSSOVER_TOLERANCE = new Dec("1e-9");

/** Day 0 of one side before the shutdown rule (spec §3 `firstDay`). */
export interface FirstDay {
  btc: Dec;
  revenue: Dec;
  energyCost: Dec;
  fixedCost: Dec;
  profit: Dec;
}

/** The summary of one side (spec §3), with a few figures more. */
export interface SideSummary {
  capex: Dec;
  breakEvenDay: number | null;
  breakEvenDate: string | null;
  totalBtc: Dec;
  totalRevenue: Dec;
  totalCost: Dec;
  resaleValue: Dec;
  netProfit: Dec;
  roiPct: Dec | null;
  costPerBtc: Dec | null;
  shutdownDay: number | null;
  firstDay: FirstDay;
  hashpricePerPhDay: Dec;
  breakEvenElectricityPrice: Dec | null;
  btcIfBoughtInstead: Dec;
  // beyond §3
  totalEnergyCost: Dec;
  totalFixedCost: Dec;
  totalEnergyKwh: Dec;
  daysOff: number;
  /** What `btcIfBoughtInstead` is worth at the last day's price. */
  btcIfBoughtInsteadValue: Dec;
}

/** One side of one day of the schedule. */
export interface DaySide {
  btc: Dec;
  revenue: Dec;
  energyCost: Dec;
  fixedCost: Dec;
  profit: Dec;
  /** Cumulative profit minus the outlay after this day: starts at −capex + day 0's profit. */
  position: Dec;
  running: boolean;
}

export interface ScheduleDay {
  day: number;
  date: string;
  height: number;
  subsidyBtc: Dec;
  difficulty: Dec;
  btcPrice: Dec;
  self?: DaySide;
  hosted?: DaySide;
}

export interface Simulation {
  scenario: Scenario;
  self?: SideSummary;
  hosted?: SideSummary;
  /** Compare mode only: self-run `kwh` at which both net profits are equal; null if none in −10 … 10. */
  crossoverElectricityPrice?: Dec | null;
  /** BTC price on the last day. */
  finalBtcPrice: Dec;
  schedule?: ScheduleDay[];
}

interface SideSpec {
  name: SideName;
  /** Share of the mined BTC the owner keeps: 1 − hshare/100 hosted, 1 self-run. */
  keep: Dec;
  /** kWh a day for the fleet. */
  energy: Dec;
  pricePerKwh: Dec;
  variable: Dec;
  fixedPerDay: Dec;
  capex: Dec;
  resale: Dec;
}

interface SideState {
  spec: SideSpec;
  btc: Dec;
  revenue: Dec;
  variable: Dec;
  cum: Dec;
  breakEvenDay: number | null;
  shutdownDay: number | null;
  daysOff: number;
  firstDay?: FirstDay;
}

/** A run of days with one difficulty and one subsidy; R is the self-side revenue before shutdown. */
interface Run {
  start: number;
  length: number;
  /** Self-run revenue of the run's first day and the run's whole revenue, before the shutdown rule. */
  revenueFirst: Dec;
  revenueSum: Dec;
}

function sideSpecs(s: Scenario): SideSpec[] {
  const n = new Dec(s.rigCount);
  const uptime = new Dec(s.uptimePct).div(HUNDRED);
  const fleetKwhPerDay = n.times(s.powerWatts).div(1000).times(24).times(uptime);
  const price = new Dec(s.rigPrice);
  const resale = n.times(price).times(s.resalePct).div(HUNDRED);
  const specs: SideSpec[] = [];
  if (s.mode !== "hosted") {
    assert(s.electricityPrice !== undefined, Impossible.missingKwh);
    const energy = fleetKwhPerDay.times(s.overheadFactor);
    specs.push({
      name: "self",
      keep: ONE,
      energy,
      pricePerKwh: new Dec(s.electricityPrice),
      variable: energy.times(s.electricityPrice),
      fixedPerDay: n.times(s.fixedCostPerRigPerMonth).div(DAYS_PER_MONTH),
      capex: n.times(price.plus(s.setupCostPerRig)),
      resale,
    });
  }
  if (s.mode !== "self") {
    assert(s.hostingPricePerKwh !== undefined, Impossible.missingHkwh);
    specs.push({
      name: "hosted",
      keep: ONE.minus(new Dec(s.revenueSharePct).div(HUNDRED)),
      energy: fleetKwhPerDay,
      pricePerKwh: new Dec(s.hostingPricePerKwh),
      variable: fleetKwhPerDay.times(s.hostingPricePerKwh),
      fixedPerDay: n.times(s.hostingFeePerRigPerMonth).div(DAYS_PER_MONTH),
      capex: n.times(price.plus(s.hostingSetupFeePerRig)),
      resale,
    });
  }
  return specs;
}

export interface SimulateOptions {
  /** Also return the day-by-day schedule (for charts and CSV), from the same pass. */
  schedule?: boolean;
}

/**
 * Runs the scenario. One pass gives the summary of each side and, when asked, the schedule.
 * Example: the S9 of January 2018 at ¥30,000, flat figures, pays back on day 189 (2018-07-22).
 */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Simulation {
  const s = scenario;
  const horizon = s.horizonDays;
  const stop = s.shutdownWhenUnprofitable;
  const wantSchedule = options.schedule === true;

  // BTC a day for the fleet per unit of (subsidy + fees)/difficulty, after the pool fee and uptime:
  // n × ths × 10^12 × 86400 / 2^32 × (1 − pool/100) × (up/100)
  const hashesPerDay = new Dec(s.rigCount).times(s.hashrateThs).times("1e12").times(SECONDS_PER_DAY);
  const k = hashesPerDay
    .div(TWO_POW_32)
    .times(ONE.minus(new Dec(s.poolFeePct).div(HUNDRED)))
    .times(new Dec(s.uptimePct).div(HUNDRED));
  const fees = new Dec(s.feesPerBlockBtc);
  const difficulty0 = new Dec(s.difficulty);
  const s14 = periodGrowthFactor(new Dec(s.difficultyGrowthPctPerMonth));
  const invS14 = ONE.div(s14);
  const g = dailyPriceFactor(new Dec(s.btcPriceGrowthPctPerMonth));
  const flatPrice = g.eq(ONE);
  const gPowCache = new Map<number, Dec>();
  const gPow = (e: number): Dec => {
    let v = gPowCache.get(e);
    if (v === undefined) {
      v = flatPrice ? ONE : g.pow(e);
      gPowCache.set(e, v);
    }
    return v;
  };
  const geomCache = new Map<number, Dec>();
  /** Σ_{j<L} g^j */
  const geom = (len: number): Dec => {
    let v = geomCache.get(len);
    if (v === undefined) {
      v = flatPrice ? new Dec(len) : gPow(len).minus(ONE).div(g.minus(ONE));
      geomCache.set(len, v);
    }
    return v;
  };

  const specs = sideSpecs(s);
  const states: SideState[] = specs.map((spec) => ({
    spec,
    btc: ZERO,
    revenue: ZERO,
    variable: ZERO,
    cum: ZERO,
    breakEvenDay: null,
    shutdownDay: null,
    daysOff: 0,
  }));
  const selfState = states.find((st) => st.spec.name === "self");
  const runs: Run[] = [];
  const schedule: ScheduleDay[] | undefined = wantSchedule ? [] : undefined;

  let invDifficulty = ONE.div(difficulty0);
  let difficulty = difficulty0;
  let priceAtStart = new Dec(s.btcPrice);
  let hashprice0: Dec = ZERO;

  for (let periodStart = 0; periodStart < horizon; periodStart += DIFFICULTY_PERIOD_DAYS) {
    if (periodStart > 0) {
      invDifficulty = invDifficulty.times(invS14);
      difficulty = difficulty.times(s14);
    }
    const periodEnd = Math.min(periodStart + DIFFICULTY_PERIOD_DAYS, horizon);
    let runStart = periodStart;
    while (runStart < periodEnd) {
      const change = nextSubsidyChange(s.startHeight, runStart, periodEnd);
      const runEnd = change ?? periodEnd;
      const length = runEnd - runStart;
      const subsidy = daySubsidy(s.startHeight + BLOCKS_PER_DAY * runStart);
      // BTC a day, whole fleet, self-run side (before any host's share)
      const reward = subsidy.plus(fees).times(invDifficulty);
      const btcPerDay = k.times(reward);
      if (runStart === 0) {
        hashprice0 = reward.times("1e15").times(SECONDS_PER_DAY).div(TWO_POW_32).times(priceAtStart);
      }
      const rows = schedule ? makeRows(schedule, s, runStart, length, subsidy, difficulty, priceAtStart, g) : undefined;
      let selfRevenueFirst: Dec | undefined;
      for (const st of states) {
        const btc = st.spec.keep.eq(ONE) ? btcPerDay : btcPerDay.times(st.spec.keep);
        const revenueFirst = btc.times(priceAtStart);
        if (st === selfState) selfRevenueFirst = revenueFirst;
        if (runStart === 0) {
          st.firstDay = {
            btc,
            revenue: revenueFirst,
            energyCost: st.spec.variable,
            fixedCost: st.spec.fixedPerDay,
            profit: revenueFirst.minus(st.spec.variable).minus(st.spec.fixedPerDay),
          };
        }
        advanceSide(st, { start: runStart, length, btc, revenueFirst, stop, g, gPow, geom, rows });
      }
      if (selfRevenueFirst !== undefined) {
        runs.push({ start: runStart, length, revenueFirst: selfRevenueFirst, revenueSum: selfRevenueFirst.times(geom(length)) });
      }
      priceAtStart = priceAtStart.times(gPow(length));
      runStart = runEnd;
    }
  }

  // the price of the last day: priceAtStart has moved one day past it
  const finalBtcPrice = flatPrice ? new Dec(s.btcPrice) : new Dec(s.btcPrice).times(g.pow(horizon - 1));
  const result: Simulation = { scenario: s, finalBtcPrice };
  for (const st of states) {
    result[st.spec.name] = summarize(st, s, hashprice0, finalBtcPrice);
  }
  if (s.mode === "compare") {
    const self = result.self;
    const hosted = result.hosted;
    assert(self && hosted && selfState, Impossible.missingSide);
    result.crossoverElectricityPrice = crossover(runs, selfState.spec, stop, g, gPow, hosted.netProfit, horizon);
  }
  if (schedule) result.schedule = schedule;
  return result;
}

function makeRows(
  schedule: ScheduleDay[],
  s: Scenario,
  start: number,
  length: number,
  subsidy: Dec,
  difficulty: Dec,
  priceAtStart: Dec,
  g: Dec,
): ScheduleDay[] {
  const rows: ScheduleDay[] = [];
  let price = priceAtStart;
  for (let j = 0; j < length; j++) {
    const day = start + j;
    if (j > 0) price = price.times(g);
    const row: ScheduleDay = {
      day,
      date: addDays(s.startDate, day),
      height: s.startHeight + BLOCKS_PER_DAY * day,
      subsidyBtc: subsidy,
      difficulty,
      btcPrice: price,
    };
    rows.push(row);
    schedule.push(row);
  }
  return rows;
}

interface RunStep {
  start: number;
  length: number;
  btc: Dec;
  revenueFirst: Dec;
  stop: boolean;
  g: Dec;
  gPow: (e: number) => Dec;
  geom: (len: number) => Dec;
  rows?: ScheduleDay[];
}

/** Adds one run of days to a side: closed form where it can, day by day where it must. */
function advanceSide(st: SideState, run: RunStep): void {
  const { variable, fixedPerDay, capex } = st.spec;
  const { length } = run;
  const revenueLast = length === 1 ? run.revenueFirst : run.revenueFirst.times(run.gPow(length - 1));
  const firstOn = !run.stop || run.revenueFirst.gte(variable);
  const lastOn = !run.stop || revenueLast.gte(variable);
  if (run.rows === undefined && firstOn === lastOn) {
    const fixed = fixedPerDay.times(length);
    let gain: Dec;
    let profitFirst: Dec;
    let profitLast: Dec;
    if (firstOn) {
      const revenue = run.revenueFirst.times(run.geom(length));
      const varCost = variable.times(length);
      st.btc = st.btc.plus(run.btc.times(length));
      st.revenue = st.revenue.plus(revenue);
      st.variable = st.variable.plus(varCost);
      gain = revenue.minus(varCost).minus(fixed);
      profitFirst = run.revenueFirst.minus(variable).minus(fixedPerDay);
      profitLast = revenueLast.minus(variable).minus(fixedPerDay);
    } else {
      if (st.shutdownDay === null) st.shutdownDay = run.start + 1;
      st.daysOff += length;
      gain = fixed.neg();
      profitFirst = profitLast = fixedPerDay.neg();
    }
    // within a run the daily profit is monotone, so no partial sum exceeds this bound
    if (st.breakEvenDay === null) {
      const best = Dec.max(profitFirst, profitLast);
      const bound = st.cum.plus(best.isNegative() ? best : best.times(length));
      if (bound.gte(capex)) {
        walkDays(st, run);
        return;
      }
    }
    st.cum = st.cum.plus(gain);
    return;
  }
  walkDays(st, run);
}

function walkDays(st: SideState, run: RunStep): void {
  const { variable, fixedPerDay, capex, name } = st.spec;
  let revenue = run.revenueFirst;
  for (let j = 0; j < run.length; j++) {
    if (j > 0) revenue = revenue.times(run.g);
    const on = !run.stop || revenue.gte(variable);
    let profit: Dec;
    if (on) {
      st.btc = st.btc.plus(run.btc);
      st.revenue = st.revenue.plus(revenue);
      st.variable = st.variable.plus(variable);
      profit = revenue.minus(variable).minus(fixedPerDay);
    } else {
      st.daysOff += 1;
      if (st.shutdownDay === null) st.shutdownDay = run.start + j + 1;
      profit = fixedPerDay.neg();
    }
    st.cum = st.cum.plus(profit);
    if (st.breakEvenDay === null && st.cum.gte(capex)) st.breakEvenDay = run.start + j + 1;
    const row = run.rows?.[j];
    if (row) {
      row[name] = {
        btc: on ? run.btc : ZERO,
        revenue: on ? revenue : ZERO,
        energyCost: on ? variable : ZERO,
        fixedCost: fixedPerDay,
        profit,
        position: st.cum.minus(capex),
        running: on,
      };
    }
  }
}

function summarize(st: SideState, s: Scenario, hashprice0: Dec, finalBtcPrice: Dec): SideSummary {
  const { capex, resale, fixedPerDay, energy } = st.spec;
  assert(st.firstDay, Impossible.missingSide);
  const totalFixed = fixedPerDay.times(s.horizonDays);
  const totalCost = st.variable.plus(totalFixed);
  const netProfit = st.revenue.minus(totalCost).minus(capex).plus(resale);
  const btcIfBoughtInstead = capex.div(s.btcPrice);
  const kwhOn = energy.times(s.horizonDays - st.daysOff);
  return {
    capex,
    breakEvenDay: st.breakEvenDay,
    breakEvenDate: st.breakEvenDay === null ? null : addDays(s.startDate, st.breakEvenDay - 1),
    totalBtc: st.btc,
    totalRevenue: st.revenue,
    totalCost,
    resaleValue: resale,
    netProfit,
    roiPct: capex.isZero() ? null : netProfit.div(capex).times(HUNDRED),
    costPerBtc: st.btc.isZero() ? null : capex.minus(resale).plus(totalCost).div(st.btc),
    shutdownDay: st.shutdownDay,
    firstDay: st.firstDay,
    hashpricePerPhDay: hashprice0,
    breakEvenElectricityPrice: energy.isZero() ? null : st.firstDay.revenue.minus(fixedPerDay).div(energy),
    btcIfBoughtInstead,
    totalEnergyCost: st.variable,
    totalFixedCost: totalFixed,
    totalEnergyKwh: kwhOn,
    daysOff: st.daysOff,
    btcIfBoughtInsteadValue: btcIfBoughtInstead.times(finalBtcPrice),
  };
}

/**
 * Self-run net profit as a function of its electricity price x is Σ_d max(R_d − E·x, 0) − C with
 * the shutdown rule (Σ_d (R_d − E·x) − C without): convex, piecewise linear, non-increasing.
 * Newton's method from the left end (−10, where every day runs) lands on the crossing linear piece
 * in a few steps and is then exact; a bisection finishes the rare case it has not by then.
 */
function crossover(
  runs: Run[],
  self: SideSpec,
  stop: boolean,
  g: Dec,
  gPow: (e: number) => Dec,
  hostedNet: Dec,
  horizon: number,
): Dec | null {
  const energy = self.energy;
  if (energy.isZero()) return null;
  const constant = self.fixedPerDay.times(horizon).plus(self.capex).minus(self.resale);
  // f(x) − hostedNet and the number of running days at x
  const evaluate = (x: Dec): { gap: Dec; daysOn: number } => {
    const variable = energy.times(x);
    let sum = ZERO;
    let daysOn = 0;
    for (const run of runs) {
      const last = run.length === 1 ? run.revenueFirst : run.revenueFirst.times(gPow(run.length - 1));
      const firstOn = !stop || run.revenueFirst.gt(variable);
      const lastOn = !stop || last.gt(variable);
      if (firstOn && lastOn) {
        sum = sum.plus(run.revenueSum).minus(variable.times(run.length));
        daysOn += run.length;
      } else if (firstOn || lastOn) {
        let r = run.revenueFirst;
        for (let j = 0; j < run.length; j++) {
          if (j > 0) r = r.times(g);
          if (r.gt(variable)) {
            sum = sum.plus(r.minus(variable));
            daysOn += 1;
          }
        }
      }
    }
    return { gap: sum.minus(constant).minus(hostedNet), daysOn };
  };
  let x = CROSSOVER_MIN;
  let at = evaluate(x);
  if (at.gap.isNegative()) return null;
  const high = evaluate(CROSSOVER_MAX);
  if (high.gap.gt(0)) return null;
  if (high.gap.isZero()) return CROSSOVER_MAX;
  for (let i = 0; i < 64 && at.gap.gt(CROSSOVER_TOLERANCE); i++) {
    if (at.daysOn === 0) break;
    const next = x.plus(at.gap.div(energy.times(at.daysOn)));
    if (next.gt(CROSSOVER_MAX)) break;
    x = next;
    at = evaluate(x);
  }
  if (at.gap.abs().lte(CROSSOVER_TOLERANCE)) return x;
  // bisection between a price where self-run is still ahead (x) and one where it is not
  let lo = x;
  let hi = CROSSOVER_MAX;
  for (let i = 0; i < 80 && hi.minus(lo).gt("1e-9"); i++) {
    const mid = lo.plus(hi).div(2);
    if (evaluate(mid).gap.gte(0)) lo = mid;
    else hi = mid;
  }
  return lo;
}
