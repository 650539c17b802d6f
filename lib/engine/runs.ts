/**
 * The machinery that runs many days fast without leaving exact decimal arithmetic.
 *
 * The horizon is cut into runs of days that share one difficulty (a 14-day period) and one subsidy.
 * Within a run the BTC mined per day is constant and the price is geometric, P_d = P_a·g^(d−a), so a
 * run's revenue is R_a·Σ_{j<L} g^j, a factor computed once per run length, and needs no loop over the
 * days. Days are walked one by one only where it matters: a run where the shutdown rule switches
 * the rigs on or off part-way, the run where the cumulative profit may reach the outlay, and every
 * run when the daily schedule is asked for. Compare mode shares the runs between its two sides.
 *
 * A side's power terms (power.ts) are constant within a run: the horizon is also cut where they
 * change. A day's mode (which of its tiers run) depends on its revenue alone, monotonically, so a
 * run whose first and last days share a mode is one closed-form step, as a run with one price was.
 */
import { Dec, ONE, ZERO } from "../core/decimal";
import { addDays } from "../core/dates";
import { at } from "../core/at";
import { assert } from "../core/assert";
import { BLOCKS_PER_DAY } from "./subsidy";
import { blockReward, fleetBtcPerDay, hashpricePerPhDay, kept, revenue, type SideName, type SideSpec } from "./day";
import { TermsCursor } from "./power";
import { modeOf, oneDay, part, type DayMode, type DayTerms } from "./one-day";
import type { PriceSteps } from "./geometric";

const MISSING_DAY = "a run's day index is within its length";
const NO_DAY_ZERO = "every horizon has a day 0, added before the summary";
const MISSING_TERMS = "every run carries the terms of each side";

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
  /** The day's price per kWh outside the peak hours (kwh, the month's kwhm, hosted raised by hesc). */
  pricePerKwh: Dec;
  /** Hours the rigs ran (0 on an outage or a day switched off), and the kWh drawn. */
  hoursRun: Dec;
  energyKwh: Dec;
  /** Demand-response credit earned. */
  credit: Dec;
  /** One-off paid this day: an outage's cost, the exit fee, minus the deposit returned. */
  oneOff: Dec;
  /** An outage day. */
  outage: boolean;
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
  /** Each side's power terms on the run's days. */
  terms: Partial<Record<SideName, DayTerms>>;
  /** A one-off paid on the run's only day, by side (such a day is always a run of its own). */
  oneOff?: Partial<Record<SideName, Dec>>;
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
  /** Σ over running days of the fleet's BTC and revenue before the host's share (× the share of the day that ran). */
  btcUnits: Dec;
  revenueUnits: Dec;
  daysOn: number;
  /** Days of an outage. */
  daysOutage: number;
  /** Days spent in each mode: the totals of energy, cost and credit are Σ mode × days. */
  modeDays: Map<DayMode, number>;
  /** Cumulative profit minus the outlay; kept exactly until break-even (and always when rows are drawn). */
  position: Dec;
  breakEvenDay: number | null;
  shutdownDay: number | null;
  /** Keep the position exact after break-even too. */
  trackAll: boolean;
  cursor: TermsCursor;
}

/** A side before its first day: the position starts at −capex. */
export function newState({ spec, trackAll }: { spec: SideSpec; trackAll: boolean }): SideState {
  return {
    spec,
    btcUnits: ZERO,
    revenueUnits: ZERO,
    daysOn: 0,
    daysOutage: 0,
    modeDays: new Map(),
    position: spec.capex.neg(),
    breakEvenDay: null,
    shutdownDay: null,
    trackAll,
    cursor: new TermsCursor(spec.terms),
  };
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
    const terms: Run["terms"] = {};
    let oneOff: Run["oneOff"];
    for (const st of this.states) {
      terms[st.spec.name] = st.cursor.at(start);
      const paid = length === 1 ? st.spec.oneOffs.byDay.get(start) : undefined;
      if (paid !== undefined) (oneOff ??= {})[st.spec.name] = paid;
    }
    const run: Run = { start, length, btc, price: p.btcPrice, revenueFirst, revenueLast, revenueSum, g: p.dailyPrice, terms };
    if (oneOff) run.oneOff = oneOff;
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

function countDays(st: SideState, mode: DayMode, days: number): void {
  st.modeDays.set(mode, (st.modeDays.get(mode) ?? 0) + days);
}

function termsOf(st: SideState, run: RunRevenue): DayTerms {
  const terms = run.terms[st.spec.name];
  assert(terms, MISSING_TERMS);
  return terms;
}

/** Adds one run of days to a side: closed form where it can, day by day where it must. */
function advanceSide(st: SideState, run: Run): void {
  const terms = termsOf(st, run);
  const first = modeOf(terms, run.revenueFirst);
  const last = run.length === 1 ? first : modeOf(terms, run.revenueLast);
  if (first !== last || run.oneOff?.[st.spec.name] !== undefined) {
    walkDays(st, run, terms, false);
    return;
  }
  const { spec } = st;
  const { length } = run;
  const mode = first;
  countDays(st, mode, length);
  if (mode.running) {
    st.btcUnits = st.btcUnits.plus(part(run.btc.times(length), mode.share));
    st.revenueUnits = st.revenueUnits.plus(part(run.revenueSum, mode.share));
    st.daysOn += length;
  } else if (terms.off) {
    st.daysOutage += length;
  } else if (st.shutdownDay === null && terms.hasRunning) {
    st.shutdownDay = run.start + 1;
  }
  if (run.rows) {
    walkDays(st, run, terms, true);
    return;
  }
  if (st.breakEvenDay !== null && !st.trackAll) return;
  const gain = (mode.running ? kept(spec, part(run.revenueSum, mode.share)) : ZERO).minus(mode.perDay.times(length));
  const profitFirst = mode.running ? kept(spec, part(run.revenueFirst, mode.share)).minus(mode.perDay) : mode.negPerDay;
  const profitLast = !mode.running || length === 1 ? profitFirst : kept(spec, part(run.revenueLast, mode.share)).minus(mode.perDay);
  // within a run the daily profit is monotone, so no partial sum of it exceeds this bound
  const best = Dec.max(profitFirst, profitLast);
  const bound = st.position.plus(best.isNegative() ? best : best.times(length));
  if (st.breakEvenDay === null && bound.gte(0)) {
    walkDays(st, run, terms, true);
    return;
  }
  st.position = st.position.plus(gain);
}

/**
 * Walks a run day by day: for the break-even day, a run the shutdown rule splits, a one-off, and the rows.
 * `totalsDone`: the run's BTC, revenue, modes and running days are already added in closed form.
 */
function walkDays(st: SideState, run: Run, terms: DayTerms, totalsDone: boolean): void {
  const { spec } = st;
  const { name } = spec;
  const { rows, revenues } = run;
  const track = st.breakEvenDay === null || rows !== undefined || st.trackAll;
  const oneOff = run.oneOff?.[name] ?? ZERO;
  let fleetRevenue = run.revenueFirst;
  for (let j = 0; j < run.length; j++) {
    if (j > 0) fleetRevenue = revenues ? at(revenues, j, MISSING_DAY) : fleetRevenue.times(run.g);
    // the day of one-day.ts (the price matters to the coin policy only, not to the profit)
    const day = oneDay({ side: spec, terms, fleet: { btc: run.btc, revenue: fleetRevenue, btcPrice: run.price }, oneOff });
    if (!totalsDone) {
      const { mode } = day;
      countDays(st, mode, 1);
      if (mode.running) {
        st.btcUnits = st.btcUnits.plus(part(run.btc, mode.share));
        st.revenueUnits = st.revenueUnits.plus(part(fleetRevenue, mode.share));
        st.daysOn += 1;
      } else if (terms.off) st.daysOutage += 1;
      else if (st.shutdownDay === null && terms.hasRunning) st.shutdownDay = run.start + j + 1;
    }
    if (!track) continue;
    const { profit } = day;
    st.position = st.position.plus(profit);
    // gte, not !isNegative(): with no outlay and a day that costs nothing the position is −0, and 0 ≥ 0
    if (st.breakEvenDay === null && st.position.gte(0)) st.breakEvenDay = run.start + j + 1;
    if (rows) {
      at(rows, j, MISSING_DAY)[name] = {
        btc: day.btc,
        revenue: day.revenue,
        energyCost: day.energyCost,
        fixedCost: day.fixedCost,
        profit,
        position: st.position,
        running: day.running,
        pricePerKwh: terms.basePrice,
        hoursRun: day.hoursRun,
        energyKwh: day.energyKwh,
        credit: day.credit,
        oneOff,
        outage: terms.off,
      };
    }
  }
}
