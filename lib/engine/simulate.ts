/**
 * The day model of spec §2 for one scenario, both sides at once, and the summary of §3.
 *
 * Built for speed without leaving exact decimal arithmetic: the horizon is cut into runs of days
 * that share one difficulty (a 14-day period) and one subsidy. Within a run the BTC mined per day
 * is constant and the price is geometric, P_d = P_a·g^(d−a), so a run's revenue is
 * R_a·Σ_{j<L} g^j, a factor computed once per run length, and needs no loop over the days.
 * Days are walked one by one only where it matters:
 * a run where the shutdown rule switches the rigs on or off part-way, the run where the
 * cumulative profit may reach the outlay, and every run when the daily schedule is asked for.
 * Compare mode shares the runs, the subsidy, the difficulty and the price between its two sides.
 */
import { Dec, HUNDRED, ONE, ZERO } from "../core/decimal";
import { addDays } from "../core/dates";
import { assert, Impossible } from "../core/assert";
import type { Scenario } from "../scenario/schema";
import { BLOCKS_PER_DAY, daySubsidy, nextSubsidyChange } from "./subsidy";
import { dailyPriceFactor, DIFFICULTY_PERIOD_DAYS, periodGrowthFactor } from "./difficulty";
import { DAYS_PER_MONTH } from "../core/decimal";
import { recordedMarket } from "../history/replay";

export type SideName = "self" | "hosted";

/** 2^32 hashes per unit of difficulty. */
const TWO_POW_32 = new Dec(2).pow(32);
const SECONDS_PER_DAY = 86_400;
/** Crossover search bounds and tolerance (spec §3): −10 … 10 per kWh, within 10⁻⁶. */
const CROSSOVER_MIN = new Dec(-10);
const CROSSOVER_MAX = new Dec(10);
/** Newton stops once its next step would be under this, per kWh (a gap in money would not do: with few kWh a tiny gap is a long way). */
const CROSSOVER_TOLERANCE = new Dec("1e-12");

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
  positions?: PositionPoint[];
  /** History replay (spec §6): the span of days that used recorded figures. */
  history?: { from: string; to: string };
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

/**
 * A side's running totals. Revenue and BTC are kept in "fleet units" (before the host's share,
 * which is one factor for the whole horizon) so both sides share the per-run products.
 */
interface SideState {
  spec: SideSpec;
  /** Σ over running days of the fleet's BTC and revenue before the host's share. */
  btcUnits: Dec;
  revenueUnits: Dec;
  daysOn: number;
  /** Cumulative profit minus the outlay; kept exactly until break-even (and always when rows are drawn). */
  position: Dec;
  /** V + F: a running day's costs. */
  perDay: Dec;
  breakEvenDay: number | null;
  shutdownDay: number | null;
  /** Is a day with fleet revenue r running? (r ≥ V / keep, the shutdown rule of §2.7) */
  runs: (fleetRevenue: Dec) => boolean;
  /** (V + F) × L, cached by run length. */
  costOfDays: (length: number) => Dec;
  /** Keep the position exact after break-even too. */
  trackAll: boolean;
  firstDay?: FirstDay;
}

/** A run of days with one difficulty and one subsidy: fleet revenue before shutdown and share. */
interface Run {
  start: number;
  length: number;
  /** The run's daily price factor (1 on a recorded day). */
  g: Dec;
  revenueFirst: Dec;
  revenueLast: Dec;
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

function newState(spec: SideSpec, stop: boolean, trackAll: boolean): SideState {
  const { keep, variable } = spec;
  let runs: (r: Dec) => boolean;
  if (!stop) runs = () => true;
  else if (keep.isZero()) {
    // the host keeps every coin: revenue is 0, so the rigs run only while power costs nothing
    // (lte, not !isPositive(): decimal.js counts +0 as positive, and 0 < 0 is no reason to stop)
    const on = variable.lte(0);
    runs = () => on;
  } else {
    const threshold = keep.eq(ONE) ? variable : variable.div(keep);
    runs = (r) => r.gte(threshold);
  }
  const perDay = variable.plus(spec.fixedPerDay);
  const cache = new Map<number, Dec>();
  const costOfDays = (length: number): Dec => {
    let v = cache.get(length);
    if (v === undefined) {
      v = perDay.times(length);
      cache.set(length, v);
    }
    return v;
  };
  return {
    spec,
    btcUnits: ZERO,
    revenueUnits: ZERO,
    daysOn: 0,
    position: spec.capex.neg(),
    perDay,
    breakEvenDay: null,
    shutdownDay: null,
    runs,
    costOfDays,
    trackAll,
  };
}

export interface SimulateOptions {
  /** Also return the day-by-day schedule (for charts and CSV), from the same pass. */
  schedule?: boolean;
  /** Also return each side's position at the end of every run of days (cheap; for many futures). */
  positions?: boolean;
  /**
   * A market path instead of the smooth projection: at the start of 14-day period p (p ≥ 1) the
   * price is multiplied by `priceShocks[p]` and the difficulty by `difficultyShocks[p]`, on top of
   * the scenario's growth rates. Missing entries are 1.
   */
  market?: { priceShocks?: readonly Dec[]; difficultyShocks?: readonly Dec[] };
  /**
   * Recorded days (history, spec §6): day d < length uses these figures; the projection continues
   * after the last one from its difficulty, price and height.
   */
  recorded?: { difficulty: readonly Dec[]; price: readonly Dec[]; height: readonly number[] };
}

/** A side's position (cumulative profit minus the outlay) after `day` days. */
export interface PositionPoint {
  day: number;
  self?: Dec;
  hosted?: Dec;
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
  // k = n × ths × 10^12 × 86400 / 2^32 × (1 − pool/100) × (up/100)
  const hashesPerDay = new Dec(s.rigCount).times(s.hashrateThs).times("1e12").times(SECONDS_PER_DAY);
  const k = hashesPerDay
    .div(TWO_POW_32)
    .times(ONE.minus(new Dec(s.poolFeePct).div(HUNDRED)))
    .times(new Dec(s.uptimePct).div(HUNDRED));
  const fees = new Dec(s.feesPerBlockBtc);
  const difficulty0 = new Dec(s.difficulty);
  const s14 = periodGrowthFactor(new Dec(s.difficultyGrowthPctPerMonth));
  const flatDifficulty = s14.eq(ONE);
  const invS14 = flatDifficulty ? ONE : ONE.div(s14);
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
  /**
   * Σ_{j<L} g^j, term by term: a run is at most 14 days, and the closed form (g^L − 1)/(g − 1)
   * keeps only the digits of g − 1, which are few when g is within ~1e-15 of 1 (bg ≈ 1e-15 %/month).
   */
  const geom = (len: number): Dec => {
    let v = geomCache.get(len);
    if (v === undefined) {
      if (flatPrice) v = new Dec(len);
      else {
        v = ONE;
        for (let j = 1; j < len; j++) v = v.plus(gPow(j));
      }
      geomCache.set(len, v);
    }
    return v;
  };
  const rewardCache = new Map<string, Dec>();

  const specs = sideSpecs(s);
  const wantPositions = options.positions === true;
  const states = specs.map((spec) => newState(spec, stop, wantPositions));
  const positions: PositionPoint[] | undefined = wantPositions ? [] : undefined;
  const priceShocks = options.market?.priceShocks;
  const difficultyShocks = options.market?.difficultyShocks;
  let lastRunPrice = new Dec(s.btcPrice);
  let lastRunLength = 1;
  const selfState = states.find((st) => st.spec.name === "self");
  const runs: Run[] = [];
  const schedule: ScheduleDay[] | undefined = wantSchedule ? [] : undefined;

  // k / D for the current period: BTC a day per BTC of reward per block
  let kOverDifficulty = k.div(difficulty0);
  let difficulty = difficulty0;
  let priceAtStart = new Dec(s.btcPrice);
  let hashprice0: Dec = ZERO;

  const rewardOf = (subsidy: Dec): Dec => {
    const key = subsidy.toString();
    let reward = rewardCache.get(key);
    if (reward === undefined) {
      reward = subsidy.plus(fees);
      rewardCache.set(key, reward);
    }
    return reward;
  };

  /** Adds days runStart … runStart + length − 1, which share one difficulty and one subsidy. */
  const processRun = (
    runStart: number,
    length: number,
    height: number,
    subsidy: Dec,
    kOverD: Dec,
    price: Dec,
    difficultyNow: Dec,
    dailyPrice: Dec,
  ) => {
    const reward = rewardOf(subsidy);
    const flat = dailyPrice.eq(ONE);
    // the fleet's BTC a day, before the host's share, and its revenue on the run's first and last day
    const btc = reward.times(kOverD);
    const revenueFirst = btc.times(price);
    const revenueLast = length === 1 || flat ? revenueFirst : revenueFirst.times(gPow(length - 1));
    const revenueSum = length === 1 ? revenueFirst : revenueFirst.times(geom(length));
    if (runStart === 0) {
      hashprice0 = reward.times("1e15").times(SECONDS_PER_DAY).div(TWO_POW_32).div(difficultyNow).times(price);
      for (const st of states) st.firstDay = firstDayOf(st.spec, btc, revenueFirst);
    }
    const run: RunStep = { start: runStart, length, btc, revenueFirst, revenueLast, revenueSum, g: dailyPrice };
    if (schedule) {
      run.rows = makeRows(schedule, s, runStart, length, height, subsidy, difficultyNow, price, dailyPrice);
      run.revenues = dailyRevenues(revenueFirst, length, dailyPrice, flat);
    }
    for (const st of states) advanceSide(st, run);
    if (selfState) runs.push({ start: runStart, length, revenueFirst, revenueLast, revenueSum, g: dailyPrice });
    if (positions) {
      const point: PositionPoint = { day: runStart + length };
      for (const st of states) point[st.spec.name] = st.position;
      positions.push(point);
    }
    lastRunPrice = price;
    lastRunLength = length;
  };

  // recorded days (history): one run a day, each with its own difficulty, price and height
  const recorded = options.recorded ?? (s.useHistory ? recordedMarket(s) : undefined);
  const recordedDays = recorded ? Math.min(recorded.price.length, horizon) : 0;
  let projectionHeight = s.startHeight;
  if (recorded && recordedDays > 0) {
    for (let d = 0; d < recordedDays; d++) {
      const height = recorded.height[d];
      processRun(d, 1, height, daySubsidy(height), k.div(recorded.difficulty[d]), recorded.price[d], recorded.difficulty[d], ONE);
    }
    const last = recordedDays - 1;
    difficulty = recorded.difficulty[last];
    kOverDifficulty = k.div(difficulty);
    priceAtStart = recorded.price[last].times(g);
    projectionHeight = recorded.height[last] + BLOCKS_PER_DAY;
  }

  // the projection: difficulty steps every 14 days, the price compounds daily, heights follow the clock
  for (let periodStart = recordedDays; periodStart < horizon; periodStart += DIFFICULTY_PERIOD_DAYS) {
    const period = (periodStart - recordedDays) / DIFFICULTY_PERIOD_DAYS;
    if (period > 0) {
      if (!flatDifficulty) {
        kOverDifficulty = kOverDifficulty.times(invS14);
        if (wantSchedule) difficulty = difficulty.times(s14);
      }
      const dShock = difficultyShocks?.[period];
      if (dShock !== undefined && !dShock.eq(ONE)) {
        kOverDifficulty = kOverDifficulty.div(dShock);
        if (wantSchedule) difficulty = difficulty.times(dShock);
      }
      const pShock = priceShocks?.[period];
      if (pShock !== undefined && !pShock.eq(ONE)) priceAtStart = priceAtStart.times(pShock);
    }
    const periodEnd = Math.min(periodStart + DIFFICULTY_PERIOD_DAYS, horizon);
    let runStart = periodStart;
    while (runStart < periodEnd) {
      // subsidy runs are counted in days from the projection's first day and its height
      const offset = recordedDays;
      const change = nextSubsidyChange(projectionHeight, runStart - offset, periodEnd - offset);
      const runEnd = change === null ? periodEnd : change + offset;
      const length = runEnd - runStart;
      const height = projectionHeight + BLOCKS_PER_DAY * (runStart - offset);
      processRun(runStart, length, height, daySubsidy(height), kOverDifficulty, priceAtStart, difficulty, g);
      priceAtStart = priceAtStart.times(gPow(length));
      runStart = runEnd;
    }
  }

  const finalBtcPrice = lastRunLength === 1 ? lastRunPrice : lastRunPrice.times(gPow(lastRunLength - 1));
  const result: Simulation = { scenario: s, finalBtcPrice };
  for (const st of states) {
    result[st.spec.name] = summarize(st, s, hashprice0, finalBtcPrice);
  }
  if (s.mode === "compare") {
    const self = result.self;
    const hosted = result.hosted;
    assert(self && hosted && selfState, Impossible.missingSide);
    result.crossoverElectricityPrice = crossover(runs, selfState.spec, stop, hosted.netProfit, horizon);
  }
  if (schedule) result.schedule = schedule;
  if (positions) result.positions = positions;
  if (s.useHistory && recorded && recordedDays > 0) {
    result.history = { from: s.startDate, to: addDays(s.startDate, recordedDays - 1) };
  }
  return result;
}

function firstDayOf(spec: SideSpec, fleetBtc: Dec, fleetRevenue: Dec): FirstDay {
  const own = spec.keep.eq(ONE);
  const btc = own ? fleetBtc : fleetBtc.times(spec.keep);
  const revenue = own ? fleetRevenue : fleetRevenue.times(spec.keep);
  return {
    btc,
    revenue,
    energyCost: spec.variable,
    fixedCost: spec.fixedPerDay,
    profit: revenue.minus(spec.variable).minus(spec.fixedPerDay),
  };
}

function makeRows(
  schedule: ScheduleDay[],
  s: Scenario,
  start: number,
  length: number,
  height: number,
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
      height: height + BLOCKS_PER_DAY * j,
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
  /** The fleet's BTC a day, before the host's share. */
  btc: Dec;
  revenueFirst: Dec;
  revenueLast: Dec;
  revenueSum: Dec;
  g: Dec;
  rows?: ScheduleDay[];
  /** The fleet's revenue on each day of the run (schedule only, shared by both sides). */
  revenues?: Dec[];
}

function dailyRevenues(first: Dec, length: number, g: Dec, flat: boolean): Dec[] {
  const out: Dec[] = [first];
  for (let j = 1; j < length; j++) out.push(flat ? first : out[j - 1].times(g));
  return out;
}

/** Adds one run of days to a side: closed form where it can, day by day where it must. */
function advanceSide(st: SideState, run: RunStep): void {
  const firstOn = st.runs(run.revenueFirst);
  const lastOn = st.runs(run.revenueLast);
  if (firstOn !== lastOn) {
    walkDays(st, run, false);
    return;
  }
  const { keep, fixedPerDay } = st.spec;
  const { length } = run;
  const own = keep.eq(ONE);
  if (firstOn) {
    st.btcUnits = st.btcUnits.plus(run.btc.times(length));
    st.revenueUnits = st.revenueUnits.plus(run.revenueSum);
    st.daysOn += length;
  } else if (st.shutdownDay === null) {
    st.shutdownDay = run.start + 1;
  }
  if (run.rows) {
    walkDays(st, run, true);
    return;
  }
  if (st.breakEvenDay !== null && !st.trackAll) return;
  let gain: Dec;
  let profitFirst: Dec;
  let profitLast: Dec;
  if (firstOn) {
    gain = (own ? run.revenueSum : run.revenueSum.times(keep)).minus(st.costOfDays(length));
    profitFirst = (own ? run.revenueFirst : run.revenueFirst.times(keep)).minus(st.perDay);
    profitLast = length === 1 ? profitFirst : (own ? run.revenueLast : run.revenueLast.times(keep)).minus(st.perDay);
  } else {
    gain = fixedPerDay.times(length).neg();
    profitFirst = profitLast = fixedPerDay.neg();
  }
  // within a run the daily profit is monotone, so no partial sum of it exceeds this bound
  const best = Dec.max(profitFirst, profitLast);
  const bound = st.position.plus(best.isNegative() ? best : best.times(length));
  if (st.breakEvenDay === null && bound.gte(0)) {
    walkDays(st, run, true);
    return;
  }
  st.position = st.position.plus(gain);
}

/**
 * Walks a run day by day: for the break-even day, a run the shutdown rule splits, and the rows.
 * `totalsDone`: the run's BTC, revenue and running days are already added in closed form.
 */
function walkDays(st: SideState, run: RunStep, totalsDone: boolean): void {
  const { variable, fixedPerDay, name, keep } = st.spec;
  const own = keep.eq(ONE);
  const rows = run.rows;
  const track = st.breakEvenDay === null || rows !== undefined || st.trackAll;
  const offProfit = fixedPerDay.neg();
  let revenue = run.revenueFirst;
  for (let j = 0; j < run.length; j++) {
    if (j > 0) revenue = run.revenues ? run.revenues[j] : revenue.times(run.g);
    const on = st.runs(revenue);
    let ownRevenue = ZERO;
    if (on) {
      if (!totalsDone) {
        st.btcUnits = st.btcUnits.plus(run.btc);
        st.revenueUnits = st.revenueUnits.plus(revenue);
        st.daysOn += 1;
      }
      if (track) ownRevenue = own ? revenue : revenue.times(keep);
    } else if (!totalsDone && st.shutdownDay === null) {
      st.shutdownDay = run.start + j + 1;
    }
    if (!track) continue;
    const profit = on ? ownRevenue.minus(st.perDay) : offProfit;
    st.position = st.position.plus(profit);
    // gte, not !isNegative(): with no outlay and a day that costs nothing the position is −0, and 0 ≥ 0
    if (st.breakEvenDay === null && st.position.gte(0)) st.breakEvenDay = run.start + j + 1;
    if (rows) {
      rows[j][name] = {
        btc: on ? (own ? run.btc : run.btc.times(keep)) : ZERO,
        revenue: ownRevenue,
        energyCost: on ? variable : ZERO,
        fixedCost: fixedPerDay,
        profit,
        position: st.position,
        running: on,
      };
    }
  }
}

function summarize(st: SideState, s: Scenario, hashprice0: Dec, finalBtcPrice: Dec): SideSummary {
  const { capex, resale, fixedPerDay, energy, keep, variable } = st.spec;
  assert(st.firstDay, Impossible.missingSide);
  const own = keep.eq(ONE);
  const totalBtc = own ? st.btcUnits : st.btcUnits.times(keep);
  const totalRevenue = own ? st.revenueUnits : st.revenueUnits.times(keep);
  const totalEnergyCost = variable.times(st.daysOn);
  const totalFixed = fixedPerDay.times(s.horizonDays);
  const totalCost = totalEnergyCost.plus(totalFixed);
  const netProfit = totalRevenue.minus(totalCost).minus(capex).plus(resale);
  const btcIfBoughtInstead = capex.div(s.btcPrice);
  return {
    capex,
    breakEvenDay: st.breakEvenDay,
    breakEvenDate: st.breakEvenDay === null ? null : addDays(s.startDate, st.breakEvenDay - 1),
    totalBtc,
    totalRevenue,
    totalCost,
    resaleValue: resale,
    netProfit,
    roiPct: capex.isZero() ? null : netProfit.div(capex).times(HUNDRED),
    costPerBtc: totalBtc.isZero() ? null : capex.minus(resale).plus(totalCost).div(totalBtc),
    shutdownDay: st.shutdownDay,
    firstDay: st.firstDay,
    hashpricePerPhDay: hashprice0,
    breakEvenElectricityPrice: energy.isZero() ? null : st.firstDay.revenue.minus(fixedPerDay).div(energy),
    btcIfBoughtInstead,
    totalEnergyCost,
    totalFixedCost: totalFixed,
    totalEnergyKwh: energy.times(st.daysOn),
    daysOff: s.horizonDays - st.daysOn,
    btcIfBoughtInsteadValue: btcIfBoughtInstead.times(finalBtcPrice),
  };
}

/**
 * Self-run net profit as a function of its electricity price x is Σ_d max(R_d − E·x, 0) − C with
 * the shutdown rule (Σ_d (R_d − E·x) − C without): convex, piecewise linear, non-increasing.
 * Newton's method from the left end (−10, where every day runs) never passes the root and lands on
 * the crossing linear piece in a few steps, where it is exact; an iterate beyond 10 means no
 * crossover in range. A bisection finishes the rare case Newton has not by then.
 */
function crossover(runs: Run[], self: SideSpec, stop: boolean, hostedNet: Dec, horizon: number): Dec | null {
  const energy = self.energy;
  if (energy.isZero()) return null;
  const constant = self.fixedPerDay.times(horizon).plus(self.capex).minus(self.resale);
  let revenueAll = ZERO;
  for (const run of runs) revenueAll = revenueAll.plus(run.revenueSum);
  const target = constant.plus(hostedNet);
  // f(x) − hostedNet and the number of days running at x
  const evaluate = (x: Dec): { gap: Dec; daysOn: number } => {
    const variable = energy.times(x);
    if (!stop || !variable.isPositive()) {
      return { gap: revenueAll.minus(variable.times(horizon)).minus(target), daysOn: horizon };
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
