/**
 * The machinery that runs many days fast without leaving exact decimal arithmetic.
 *
 * The horizon is cut into runs of days that share one difficulty (a 14-day period) and one subsidy.
 * Within a run the BTC mined per day is constant and the price is geometric, P_d = P_a·g^(d−a), so a
 * run's revenue is R_a·Σ_{j<L} g^j, a factor computed once per run length, and needs no loop over the
 * days. Days are walked one by one only where it matters: a run where the shutdown rule switches
 * the rigs on or off part-way, the run where the cumulative profit may reach the outlay, and every
 * run when the daily schedule is asked for. Compare mode shares the runs between its two sides.
 */
import { Dec, ONE, ZERO } from "../core/decimal";
import { addDays } from "../core/dates";
import { at } from "../core/at";
import { assert } from "../core/assert";
import { BLOCKS_PER_DAY } from "./subsidy";
import { blockReward, fleetBtcPerDay, hashpricePerPhDay, kept, revenue, runningDayCost, runningRule, type SideSpec } from "./day";

const MISSING_DAY = "a run's day index is within its length";
const NO_DAY_ZERO = "every horizon has a day 0, added before the summary";

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

/** A side's position (cumulative profit minus the outlay) after `day` days. */
export interface PositionPoint {
  day: number;
  self?: Dec;
  hosted?: Dec;
}

/** What the crossover search needs of a run: the fleet's revenue before shutdown and the host's share. */
export interface RunRevenue {
  /** First day of the run (0-based). */
  start: number;
  length: number;
  /** The fleet's BTC a day, before the host's share. */
  btc: Dec;
  /** BTC price on the run's first day. */
  price: Dec;
  /** The run's daily price factor (1 on a recorded day). */
  g: Dec;
  revenueFirst: Dec;
  revenueLast: Dec;
  revenueSum: Dec;
}

/** A run of days as the sides take it in. */
interface Run extends RunRevenue {
  rows?: ScheduleDay[];
  /** The fleet's revenue on each day of the run (schedule only, shared by both sides). */
  revenues?: Dec[];
}

/** Days `start … start + length − 1`, which share one difficulty and one subsidy. */
export interface RunInput {
  start: number;
  length: number;
  /** Height of the first block of the run's first day. */
  height: number;
  subsidyBtc: Dec;
  /** k / D of day.ts: the fleet's BTC a day per BTC of reward per block. */
  kOverDifficulty: Dec;
  /** BTC price on the run's first day. */
  btcPrice: Dec;
  difficulty: Dec;
  /** The price factor from one day to the next (1 on a recorded day). */
  dailyPrice: Dec;
  /** BTC of fees per block on these days; the scenario's `fees` when absent. */
  feesPerBlockBtc?: Dec;
}

/**
 * A side's running totals. Revenue and BTC are kept in "fleet units" (before the host's share,
 * which is one factor for the whole horizon) so both sides share the per-run products.
 */
export interface SideState {
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
  /** Is a day with fleet revenue r running? (the shutdown rule of day.ts) */
  isOn: (fleetRevenue: Dec) => boolean;
  /** (V + F) × L, cached by run length. */
  costOfDays: (length: number) => Dec;
  /** Keep the position exact after break-even too. */
  trackAll: boolean;
}

/** A side before its first day: the position starts at −capex. */
export function newState({ spec, stop, trackAll }: { spec: SideSpec; stop: boolean; trackAll: boolean }): SideState {
  const perDay = runningDayCost(spec);
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
    isOn: runningRule(spec, stop),
    costOfDays,
    trackAll,
  };
}

/** Powers g^e and sums Σ_{j<L} g^j of the daily price factor, cached: runs repeat a few lengths. */
export class PriceSteps {
  private readonly flat: boolean;
  private readonly powers = new Map<number, Dec>();
  private readonly sums = new Map<number, Dec>();

  constructor(private readonly g: Dec) {
    this.flat = g.eq(ONE);
  }

  /** g^e. */
  pow(e: number): Dec {
    let v = this.powers.get(e);
    if (v === undefined) {
      v = this.flat ? ONE : this.g.pow(e);
      this.powers.set(e, v);
    }
    return v;
  }

  /**
   * Σ_{j<L} g^j, term by term: a run is at most 14 days, and the closed form (g^L − 1)/(g − 1)
   * keeps only the digits of g − 1, which are few when g is within ~1e-15 of 1 (bg ≈ 1e-15 %/month).
   */
  sum(length: number): Dec {
    let v = this.sums.get(length);
    if (v === undefined) {
      if (this.flat) v = new Dec(length);
      else {
        v = ONE;
        for (let j = 1; j < length; j++) v = v.plus(this.pow(j));
      }
      this.sums.set(length, v);
    }
    return v;
  }
}

/** Day 0 of the fleet, before the shutdown rule and the host's share. */
export interface FleetDayZero {
  btc: Dec;
  revenue: Dec;
  hashpricePerPhDay: Dec;
}

/** Takes the horizon's runs in order and adds each to every side. */
export class RunWalker {
  /** Every run so far (kept only when asked: the crossover search re-reads them). */
  readonly runs: RunRevenue[] | undefined;
  readonly schedule: ScheduleDay[] | undefined;
  readonly positions: PositionPoint[] | undefined;
  private readonly states: readonly SideState[];
  private readonly steps: PriceSteps;
  private readonly feesPerBlockBtc: Dec;
  private readonly startDate: string;
  private readonly rewards = new Map<string, Dec>();
  private dayZero: FleetDayZero | undefined;
  private lastPrice: Dec;
  private lastLength = 1;

  constructor(p: {
    states: readonly SideState[];
    steps: PriceSteps;
    feesPerBlockBtc: Dec;
    startDate: string;
    startPrice: Dec;
    keepRuns: boolean;
    schedule: boolean;
    positions: boolean;
  }) {
    this.states = p.states;
    this.steps = p.steps;
    this.feesPerBlockBtc = p.feesPerBlockBtc;
    this.startDate = p.startDate;
    this.lastPrice = p.startPrice;
    this.runs = p.keepRuns ? [] : undefined;
    this.schedule = p.schedule ? [] : undefined;
    this.positions = p.positions ? [] : undefined;
  }

  private rewardOf(subsidyBtc: Dec, fees: Dec | undefined): Dec {
    const key = fees === undefined ? subsidyBtc.toString() : `${subsidyBtc.toString()}+${fees.toString()}`;
    let reward = this.rewards.get(key);
    if (reward === undefined) {
      reward = blockReward({ subsidyBtc, feesPerBlockBtc: fees ?? this.feesPerBlockBtc });
      this.rewards.set(key, reward);
    }
    return reward;
  }

  /** Adds one run of days to every side. */
  add(p: RunInput): void {
    const { start, length } = p;
    const reward = this.rewardOf(p.subsidyBtc, p.feesPerBlockBtc);
    const flat = p.dailyPrice.eq(ONE);
    const btc = fleetBtcPerDay({ rewardBtc: reward, kOverDifficulty: p.kOverDifficulty });
    const revenueFirst = revenue({ btc, btcPrice: p.btcPrice });
    const revenueLast = length === 1 || flat ? revenueFirst : revenueFirst.times(this.steps.pow(length - 1));
    const revenueSum = length === 1 ? revenueFirst : revenueFirst.times(this.steps.sum(length));
    if (start === 0) {
      const hashprice = hashpricePerPhDay({ rewardBtc: reward, difficulty: p.difficulty, btcPrice: p.btcPrice });
      this.dayZero = { btc, revenue: revenueFirst, hashpricePerPhDay: hashprice };
    }
    const run: Run = { start, length, btc, price: p.btcPrice, revenueFirst, revenueLast, revenueSum, g: p.dailyPrice };
    if (this.schedule) {
      run.rows = makeRows(this.schedule, this.startDate, p);
      run.revenues = dailyRevenues({ first: revenueFirst, length, g: p.dailyPrice, flat });
    }
    for (const st of this.states) advanceSide(st, run);
    this.runs?.push(run);
    if (this.positions) {
      const point: PositionPoint = { day: start + length };
      for (const st of this.states) point[st.spec.name] = st.position;
      this.positions.push(point);
    }
    this.lastPrice = p.btcPrice;
    this.lastLength = length;
  }

  /** Day 0 of the fleet (after the first run). */
  get fleetDayZero(): FleetDayZero {
    assert(this.dayZero, NO_DAY_ZERO);
    return this.dayZero;
  }

  /** BTC price on the last day added. */
  get finalBtcPrice(): Dec {
    return this.lastLength === 1 ? this.lastPrice : this.lastPrice.times(this.steps.pow(this.lastLength - 1));
  }
}

function makeRows(schedule: ScheduleDay[], startDate: string, p: RunInput): ScheduleDay[] {
  const rows: ScheduleDay[] = [];
  let price = p.btcPrice;
  for (let j = 0; j < p.length; j++) {
    const day = p.start + j;
    if (j > 0) price = price.times(p.dailyPrice);
    const row: ScheduleDay = {
      day,
      date: addDays(startDate, day),
      height: p.height + BLOCKS_PER_DAY * j,
      subsidyBtc: p.subsidyBtc,
      difficulty: p.difficulty,
      btcPrice: price,
    };
    rows.push(row);
    schedule.push(row);
  }
  return rows;
}

function dailyRevenues({ first, length, g, flat }: { first: Dec; length: number; g: Dec; flat: boolean }): Dec[] {
  const out: Dec[] = [first];
  let r = first;
  for (let j = 1; j < length; j++) {
    if (!flat) r = r.times(g);
    out.push(r);
  }
  return out;
}

/** Adds one run of days to a side: closed form where it can, day by day where it must. */
function advanceSide(st: SideState, run: Run): void {
  const firstOn = st.isOn(run.revenueFirst);
  const lastOn = st.isOn(run.revenueLast);
  if (firstOn !== lastOn) {
    walkDays(st, run, false);
    return;
  }
  const { spec } = st;
  const { length } = run;
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
    gain = kept(spec, run.revenueSum).minus(st.costOfDays(length));
    profitFirst = kept(spec, run.revenueFirst).minus(st.perDay);
    profitLast = length === 1 ? profitFirst : kept(spec, run.revenueLast).minus(st.perDay);
  } else {
    gain = spec.fixedPerDay.times(length).neg();
    profitFirst = profitLast = spec.fixedPerDay.neg();
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
function walkDays(st: SideState, run: Run, totalsDone: boolean): void {
  const { spec } = st;
  const { variable, fixedPerDay, name } = spec;
  const { rows, revenues } = run;
  const track = st.breakEvenDay === null || rows !== undefined || st.trackAll;
  const offProfit = fixedPerDay.neg();
  let fleetRevenue = run.revenueFirst;
  for (let j = 0; j < run.length; j++) {
    if (j > 0) fleetRevenue = revenues ? at(revenues, j, MISSING_DAY) : fleetRevenue.times(run.g);
    const on = st.isOn(fleetRevenue);
    let ownRevenue = ZERO;
    if (on) {
      if (!totalsDone) {
        st.btcUnits = st.btcUnits.plus(run.btc);
        st.revenueUnits = st.revenueUnits.plus(fleetRevenue);
        st.daysOn += 1;
      }
      if (track) ownRevenue = kept(spec, fleetRevenue);
    } else if (!totalsDone && st.shutdownDay === null) {
      st.shutdownDay = run.start + j + 1;
    }
    if (!track) continue;
    const profit = on ? ownRevenue.minus(st.perDay) : offProfit;
    st.position = st.position.plus(profit);
    // gte, not !isNegative(): with no outlay and a day that costs nothing the position is −0, and 0 ≥ 0
    if (st.breakEvenDay === null && st.position.gte(0)) st.breakEvenDay = run.start + j + 1;
    if (rows) {
      at(rows, j, MISSING_DAY)[name] = {
        btc: on ? kept(spec, run.btc) : ZERO,
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
