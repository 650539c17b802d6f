/**
 * The day model in floating point, for many futures at once: the odds are statistics (how many
 * futures pay back, the spread of their outcomes), never an amount anyone is billed, so they may
 * trade the exact decimals of simulate.ts for speed. Every figure here follows the contract's §2
 * day by day, as runs.ts does exactly; a test holds the two within 10⁻⁹ relative on seeded paths.
 *
 * A future is a drawn path of difficulty periods (the chain's retargets, difficulty.ts: the first
 * comes 1 … 14 days in, the next every 14 days): at the start of period p ≥ 1 the BTC price is
 * multiplied by `price[p]`, the difficulty by `difficulty[p]`, and the fees per block become
 * `feeRatio[p]` × the subsidy of the period's first day (fees as a share of the subsidy, so they
 * follow the halvings). Period 0 is the scenario's own day 0: its difficulty, price and fees.
 * The scenario's growth rates still apply (the history-drawn futures set them to 0: the drawn
 * factors are the trend).
 */
import { Dec } from "../core/decimal";
import { at } from "../core/at";
import type { Scenario } from "../scenario/schema";
import type { PowerTerms } from "../scenario/power-terms";
import { fleetBtcFactor, sideSpecs, type SideName, type SideSpec } from "./day";
import { TermsCursor } from "./power";
import { runsFrom, runsFromNumber, type DayTerms } from "./one-day";
import { dailyPriceFactor, DIFFICULTY_PERIOD_DAYS, periodGrowthFactor, RetargetCalendar } from "./difficulty";
import { BLOCKS_PER_DAY, daySubsidy, HALVING_INTERVAL } from "./subsidy";
import type { SimulateOptions } from "./simulate";

const NO_SIDE = "a futures side is one of the scenario's sides";
const IN_DAYS = "a day index lies within the horizon";

/** One drawn future: entry p (p ≥ 1) applies from the start of difficulty period p; entry 0 is unused. */
export interface DrawnPath {
  /** BTC price factor into period p (dimensionless). */
  price: Float64Array;
  /** Difficulty factor into period p (dimensionless). */
  difficulty: Float64Array;
  /** Fees per block in period p as a share of the subsidy (0.1 = fees are a tenth of the subsidy). */
  feeRatio: Float64Array;
}

/** A side of a scenario, reduced to the floats a future needs (built once, shared by every future). */
export interface FloatModel {
  side: SideName;
  horizonDays: number;
  periods: number;
  /** The day the difficulty first steps (1 … 14); period p ≥ 1 starts on firstStepDay + 14·(p − 1). */
  firstStepDay: number;
  /** Mean subsidy of each day's 144 blocks, BTC. */
  subsidy: Float64Array;
  /** Subsidy of each period's first day, BTC (what a fee ratio multiplies). */
  periodSubsidy: Float64Array;
  /** 1 where every day of the period has the same subsidy (no halving inside it). */
  periodFlat: Uint8Array;
  kOverDifficulty: number;
  btcPrice: number;
  feesPerBlockBtc: number;
  /** Daily price factor g and the difficulty's 14-day factor s14 of the scenario's growth rates. */
  dailyPrice: number;
  periodDifficulty: number;
  keep: number;
  variable: number;
  fixedPerDay: number;
  capex: number;
  resale: number;
  stop: boolean;
  /** The shutdown rule of a whole day at day 0's power cost (one-day.ts `runsFrom`): a day runs when r ≥ this (−∞ always, +∞ never). */
  runsFrom: number;
  /** Issue 16's power terms (prices by the month, peak hours, outages, demand response, hosting terms), when the side has any. */
  power?: FloatPower;
}

/** One side's terms on a stretch of days, in floats (power.ts `DayTerms`). */
export interface FloatTerms {
  /** An outage: no tier runs. */
  off: boolean;
  fixedPerDay: number;
  /** Per tier: share of the day's coins, power cost when on, credit when curtailed, runs (1) or curtailed (0). */
  share: Float64Array;
  variable: Float64Array;
  credit: Float64Array;
  runs: Uint8Array;
  /** The tier is on when keep × r ≥ variableOfFullDay / keep …: the fleet revenue it needs; −∞ always on, +∞ never. */
  threshold: Float64Array;
}

/** The power terms of a side, day by day. */
export interface FloatPower {
  /** Index into `terms` for each day. */
  dayTerms: Int32Array;
  terms: FloatTerms[];
  /** One-off payments of each day (outage costs, the exit fee, minus the deposit returned), currency. */
  oneOff: Float64Array;
}

function specOf(s: Scenario, lists: PowerTerms, side: SideName): SideSpec {
  const specs = sideSpecs({ ...s, mode: side }, lists);
  const spec = side === "self" ? specs.self : specs.hosted;
  if (spec === undefined) throw new Error(NO_SIDE);
  return spec;
}

/**
 * The floats of one side of a scenario (not a replay: its day 0 is the scenario's own figures).
 * Example: one S9 self-run at ¥0.35/kWh: variable 31.752 × 0.35 = ¥11.1132 a day, capex ¥30,000.
 */
export function floatModel(s: Scenario, lists: PowerTerms, side: SideName): FloatModel {
  const spec = specOf(s, lists, side);
  const horizonDays = s.horizonDays;
  const calendar = new RetargetCalendar(s.startHeight, horizonDays);
  const periods = calendar.periods;
  const subsidy = new Float64Array(horizonDays);
  const periodSubsidy = new Float64Array(periods);
  const periodFlat = new Uint8Array(periods).fill(1);
  let epoch = -1;
  let value = 0;
  for (let d = 0; d < horizonDays; d++) {
    const height = s.startHeight + BLOCKS_PER_DAY * d;
    const first = Math.floor(height / HALVING_INTERVAL);
    const lastOfDay = Math.floor((height + BLOCKS_PER_DAY - 1) / HALVING_INTERVAL);
    // a decimal is converted only when the day's epoch differs from the one cached (a halving day blends two)
    if (first !== lastOfDay || first !== epoch) {
      value = daySubsidy(height).toNumber();
      epoch = first === lastOfDay ? first : -1;
    }
    subsidy[d] = value;
    const p = calendar.periodOf(d);
    if (d === calendar.startOf(p)) periodSubsidy[p] = value;
    else if (value !== periodSubsidy[p]) periodFlat[p] = 0;
  }
  return {
    side,
    horizonDays,
    periods,
    firstStepDay: calendar.firstStepDay,
    subsidy,
    periodSubsidy,
    periodFlat,
    kOverDifficulty: fleetBtcFactor(s).div(s.difficulty).toNumber(),
    btcPrice: new Dec(s.btcPrice).toNumber(),
    feesPerBlockBtc: new Dec(s.feesPerBlockBtc).toNumber(),
    dailyPrice: dailyPriceFactor(new Dec(s.btcPriceGrowthPctPerMonth)).toNumber(),
    periodDifficulty: periodGrowthFactor(new Dec(s.difficultyGrowthPctPerMonth)).toNumber(),
    keep: spec.keep.toNumber(),
    variable: spec.variable.toNumber(),
    fixedPerDay: spec.fixedPerDay.toNumber(),
    capex: spec.capex.toNumber(),
    resale: spec.resale.toNumber(),
    stop: s.shutdownWhenUnprofitable,
    runsFrom: runsFromNumber(runsFrom({ stop: s.shutdownWhenUnprofitable, keep: spec.keep, fullDayPowerCost: spec.variable })),
    ...(spec.plan.plain ? {} : { power: floatPower(spec, horizonDays) }),
  };
}

/** A side's power terms in floats: the same tiers and rules as one-day.ts's `DayTerms`. */
function floatTermsOf(t: DayTerms): FloatTerms {
  const n = t.tiers.length;
  const out: FloatTerms = {
    off: t.off,
    fixedPerDay: t.fixedPerDay.toNumber(),
    share: new Float64Array(n),
    variable: new Float64Array(n),
    credit: new Float64Array(n),
    runs: new Uint8Array(n),
    threshold: new Float64Array(n),
  };
  t.tiers.forEach((tier, i) => {
    out.share[i] = tier.share.toNumber();
    out.variable[i] = tier.variable.toNumber();
    out.credit[i] = tier.credit.toNumber();
    out.runs[i] = tier.runs ? 1 : 0;
    // the tier's shutdown rule (one-day.ts), with the scenario's stop, as a float threshold
    out.threshold[i] = runsFromNumber(tier.rule);
  });
  return out;
}

function floatPower(spec: SideSpec, horizonDays: number): FloatPower {
  const cursor = new TermsCursor(spec.terms);
  const seen = new Map<DayTerms, number>();
  const terms: FloatTerms[] = [];
  const dayTerms = new Int32Array(horizonDays);
  for (let d = 0; d < horizonDays; d++) {
    const t = cursor.at(d);
    let i = seen.get(t);
    if (i === undefined) {
      i = terms.length;
      terms.push(floatTermsOf(t));
      seen.set(t, i);
    }
    dayTerms[d] = i;
  }
  const oneOff = new Float64Array(horizonDays);
  for (const [day, amount] of spec.oneOffs.byDay) if (day >= 0 && day < horizonDays) oneOff[day] = amount.toNumber();
  return { dayTerms, terms, oneOff };
}

/** A day's profit under power terms: each tier on by its rule, the running ones' coins and power, the curtailed ones' credit. */
function powerDayProfit(model: FloatModel, power: FloatPower, d: number, r: number): number {
  const t = power.terms[power.dayTerms[d] ?? 0];
  if (t === undefined) throw new Error(IN_DAYS);
  let profit = -t.fixedPerDay - (power.oneOff[d] ?? 0);
  if (t.off) return profit;
  for (let i = 0; i < t.share.length; i++) {
    if (r < (t.threshold[i] ?? Infinity)) continue;
    if (t.runs[i] === 1) profit += model.keep * r * (t.share[i] ?? 0) - (t.variable[i] ?? 0);
    else profit += t.credit[i] ?? 0;
  }
  return profit;
}

/** Fees per block of each period of a path, BTC (entry 0: the scenario's). Example: ratio 0.1 × 12.5 = 1.25 BTC. */
export function pathFeesBtc(model: FloatModel, path: DrawnPath): Float64Array {
  const fees = new Float64Array(model.periods);
  fees[0] = model.feesPerBlockBtc;
  for (let p = 1; p < model.periods; p++) fees[p] = (path.feeRatio[p] ?? 0) * (model.periodSubsidy[p] ?? 0);
  return fees;
}

/**
 * The same path as the exact engine's `market` (simulate.ts): the floats as decimals, for checking
 * this fast path against the engine (run on the scenario reduced to the model's side).
 */
export function exactMarket(model: FloatModel, path: DrawnPath): NonNullable<SimulateOptions["market"]> {
  const fees = pathFeesBtc(model, path);
  const priceShocks: Dec[] = [];
  const difficultyShocks: Dec[] = [];
  const feesPerBlockBtc: Dec[] = [];
  for (let p = 0; p < model.periods; p++) {
    priceShocks.push(new Dec(p === 0 ? 1 : (path.price[p] ?? 1)));
    difficultyShocks.push(new Dec(p === 0 ? 1 : (path.difficulty[p] ?? 1)));
    feesPerBlockBtc.push(new Dec(fees[p] ?? 0));
  }
  return { priceShocks, difficultyShocks, feesPerBlockBtc };
}

/** One future's outcome. */
export interface FloatOutcome {
  /** First day N (1-based) on which the cumulative profit reaches the outlay, or null. */
  breakEvenDay: number | null;
  /** totalRevenue − totalCost − capex + resale, currency (a float: statistics only). */
  netProfit: number;
}

/**
 * Runs one future (§2 and §3 in floats). `positions`, when given, receives the position
 * (cumulative profit minus the outlay) at the end of each period.
 *
 * A period whose days share one subsidy and one price (no daily price growth) has one profit a
 * day, so it is added at once, L × profit; days are walked one by one only where the position may
 * reach 0 (the break-even day), where a halving falls, or when the price grows day by day.
 */
export function runFloatFuture(model: FloatModel, path: DrawnPath, positions?: Float64Array): FloatOutcome {
  const { horizonDays, periods, subsidy, periodSubsidy, periodFlat, keep, variable, fixedPerDay, dailyPrice, periodDifficulty } = model;
  // the shutdown rule of one-day.ts: a day runs when keep × r ≥ V (with keep 0: while power costs nothing)
  const threshold = model.runsFrom;
  const flatPrice = dailyPrice === 1;
  const power = model.power;
  let kOverD = model.kOverDifficulty;
  let btcPrice = model.btcPrice;
  let fees = model.feesPerBlockBtc;
  let position = -model.capex;
  let breakEvenDay = 0;
  for (let p = 0; p < periods; p++) {
    const start = p === 0 ? 0 : model.firstStepDay + DIFFICULTY_PERIOD_DAYS * (p - 1);
    const end = Math.min(model.firstStepDay + DIFFICULTY_PERIOD_DAYS * p, horizonDays);
    if (p > 0) {
      kOverD = kOverD / periodDifficulty / (path.difficulty[p] ?? 1);
      btcPrice *= dailyPrice * (path.price[p] ?? 1);
      fees = (path.feeRatio[p] ?? 0) * (periodSubsidy[p] ?? 0);
    }
    let walk = !flatPrice || periodFlat[p] === 0 || power !== undefined;
    if (!walk) {
      const r = ((periodSubsidy[p] ?? 0) + fees) * kOverD * btcPrice;
      const profit = r >= threshold ? keep * r - variable - fixedPerDay : -fixedPerDay;
      const next = position + (end - start) * profit;
      // within the period the position moves one way: it reaches 0 only if its first or last day does
      if (breakEvenDay === 0 && (next >= 0 || position + profit >= 0)) walk = true;
      else position = next;
    }
    if (walk) {
      let price = btcPrice;
      for (let d = start; d < end; d++) {
        if (d > start) price *= dailyPrice;
        const r = ((subsidy[d] ?? 0) + fees) * kOverD * price;
        if (power !== undefined) position += powerDayProfit(model, power, d, r);
        else position += r >= threshold ? keep * r - variable - fixedPerDay : -fixedPerDay;
        if (breakEvenDay === 0 && position >= 0) breakEvenDay = d + 1;
      }
      btcPrice = flatPrice ? btcPrice : price;
    }
    if (positions) positions[p] = position;
  }
  return { breakEvenDay: breakEvenDay === 0 ? null : breakEvenDay, netProfit: position + model.resale };
}

/** The odds of a set of futures (floats: statistics). */
export interface FuturesOdds {
  side: SideName;
  runs: number;
  /** Futures that pay back within the horizon. */
  paidBack: number;
  /** paidBack / runs × 100. */
  payBackPct: number;
  /** Break-even day at the 10th, 50th and 90th percentile of all futures, a never-paying future counted as latest; null = never. */
  breakEvenP10: number | null;
  medianBreakEvenDay: number | null;
  breakEvenP90: number | null;
  /** Net profit at the 10th, 50th and 90th percentile, currency. */
  netProfitP10: number;
  netProfitP50: number;
  netProfitP90: number;
  /** Position at the end of each period (days) at the 10th, 50th and 90th percentile, when asked. */
  band?: { days: number[]; p10: number[]; p50: number[]; p90: number[] };
}

/** Linear interpolation between the closest ranks of a sorted column. Example: [0, 10] at 0.5 = 5. */
export function quantileOf(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const low = sorted[lo] ?? 0;
  const high = sorted[Math.ceil(pos)] ?? low;
  return low + (high - low) * (pos - lo);
}

/**
 * The break-even day at rank floor((runs − 1) × q) of all futures sorted by day, never last; null
 * when that rank falls among the futures that never pay back.
 * Example: days [5, 9, null, null], q = 0.5: rank 1 → day 9; q = 0.9: rank 2 → null.
 */
export function breakEvenQuantile(paidSorted: readonly number[], runs: number, q: number): number | null {
  if (runs === 0) return null;
  const rank = Math.floor((runs - 1) * q);
  return rank < paidSorted.length ? at(paidSorted, rank, IN_DAYS) : null;
}

/** Runs `runs` futures (`draw(i)` gives future i) and sums them up; `band`: also the position band. */
export function floatOdds(
  model: FloatModel,
  p: {
    runs: number;
    draw: (index: number) => DrawnPath;
    band?: boolean;
    /** How one future runs (futures-held.ts for a policy that keeps coins); runFloatFuture by default. */
    run?: (model: FloatModel, path: DrawnPath, positions?: Float64Array) => FloatOutcome;
  },
): FuturesOdds {
  const run = p.run ?? runFloatFuture;
  const net = new Float64Array(p.runs);
  const paid: number[] = [];
  const rows: Float64Array[] = [];
  for (let i = 0; i < p.runs; i++) {
    const positions = p.band ? new Float64Array(model.periods) : undefined;
    const outcome = run(model, p.draw(i), positions);
    net[i] = outcome.netProfit;
    if (outcome.breakEvenDay !== null) paid.push(outcome.breakEvenDay);
    if (positions) rows.push(positions);
  }
  net.sort();
  paid.sort((a, b) => a - b);
  const odds: FuturesOdds = {
    side: model.side,
    runs: p.runs,
    paidBack: paid.length,
    payBackPct: p.runs === 0 ? 0 : (paid.length / p.runs) * 100,
    breakEvenP10: breakEvenQuantile(paid, p.runs, 0.1),
    medianBreakEvenDay: breakEvenQuantile(paid, p.runs, 0.5),
    breakEvenP90: breakEvenQuantile(paid, p.runs, 0.9),
    netProfitP10: quantileOf(net, 0.1),
    netProfitP50: quantileOf(net, 0.5),
    netProfitP90: quantileOf(net, 0.9),
  };
  if (p.band) {
    const days: number[] = [];
    const p10: number[] = [];
    const p50: number[] = [];
    const p90: number[] = [];
    const column = new Float64Array(rows.length);
    for (let t = 0; t < model.periods; t++) {
      days.push(Math.min(model.firstStepDay + DIFFICULTY_PERIOD_DAYS * t, model.horizonDays));
      rows.forEach((row, i) => (column[i] = row[t] ?? 0));
      column.sort();
      p10.push(quantileOf(column, 0.1));
      p50.push(quantileOf(column, 0.5));
      p90.push(quantileOf(column, 0.9));
    }
    odds.band = { days, p10, p50, p90 };
  }
  return odds;
}
