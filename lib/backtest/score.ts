/**
 * How well a forecast of many futures did against what really happened: the scores of the
 * backtest (scripts/backtest.ts). Pure arithmetic on one record per start date; floats (statistics).
 */
import { futureSeed, mulberry32 } from "../core/random";

/** One start date of one configuration: what the futures said and what then happened. */
export interface BacktestRecord {
  startDate: string;
  horizonDays: number;
  /** The recorded outcome (the replay of the same scenario): net profit, and whether it paid back. */
  net: number;
  paidBack: boolean;
  /** The futures' 10th and 90th percentile of net profit, and the share of futures that pay back (0–1). */
  p10: number;
  p90: number;
  payBackProb: number;
  /** Share of futures whose net profit is below the outcome (ties count half): the PIT value, 0–1. */
  pit: number;
  /** The deterministic headline's verdict (the era's trend, the price held). */
  headlinePaidBack: boolean;
  /** Base rate known on the start date: the share that paid back among earlier starts whose outcome was known by then, or null. */
  priorBaseRate: number | null;
}

/** A bin of the reliability chart: forecasts with a payback probability in [from, to). */
export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  /** Mean forecast and share that paid back, 0–1 (null when the bin is empty). */
  meanForecast: number | null;
  paidShare: number | null;
}

export interface BacktestScore {
  startDates: number;
  /** Outcomes inside the 10–90 % band, above its 90th and below its 10th percentile, %. */
  insideBandPct: number;
  aboveP90Pct: number;
  belowP10Pct: number;
  /** Counts of PIT values in each tenth [0, 0.1), …, [0.9, 1]. */
  pitDeciles: number[];
  /** Brier score of the payback probability. */
  brier: number;
  /** Share that paid back over all these start dates (known only afterwards), and its constant forecast's Brier score. */
  baseRate: number;
  baseRateBrier: number;
  /** Brier of the base rate known at each start (earlier outcomes only; 0.5 when none was known yet). */
  priorBaseRateBrier: number;
  /** Brier of the deterministic headline's verdict (1 or 0) and of a coin toss (0.25). */
  headlineBrier: number;
  coinTossBrier: number;
  /** Verdicts right, %: the headline's, and the median future's (pays back in half the futures or more). */
  headlineRightPct: number;
  medianRightPct: number;
  /** Non-overlapping horizons the start dates span: how many independent outcomes there are. */
  independentPeriods: number;
  reliability: ReliabilityBin[];
}

const pct = (k: number, n: number): number => (n === 0 ? 0 : (k / n) * 100);

/** Months from one YYYY-MM-DD to another (by calendar month). Example: 2014-01-01 → 2017-01-01 = 36. */
function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

/**
 * Non-overlapping horizons among start dates: the first start, then the first start at least one
 * horizon after it, and so on. Example: monthly starts 2014-01 … 2022-05 with 3-year horizons:
 * 2014-01, 2017-01, 2020-01 → 3.
 */
export function independentPeriods(records: readonly Pick<BacktestRecord, "startDate" | "horizonDays">[]): number {
  const sorted = [...records].sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
  let count = 0;
  let next = "";
  for (const r of sorted) {
    if (r.startDate >= next) {
      count++;
      const end = new Date(`${r.startDate}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + r.horizonDays);
      next = end.toISOString().slice(0, 10);
    }
  }
  return count;
}

/** The scores of a set of records (one configuration, or several pooled). */
export function scoreRecords(records: readonly BacktestRecord[]): BacktestScore {
  const n = records.length;
  let inside = 0;
  let above = 0;
  let below = 0;
  const pitDeciles = new Array<number>(10).fill(0);
  let brier = 0;
  let paid = 0;
  let headlineWrong = 0;
  let medianRight = 0;
  let prior = 0;
  for (const r of records) {
    if (r.net > r.p90) above++;
    else if (r.net < r.p10) below++;
    else inside++;
    const bin = Math.min(9, Math.floor(r.pit * 10));
    pitDeciles[bin] = (pitDeciles[bin] ?? 0) + 1;
    const o = r.paidBack ? 1 : 0;
    brier += (r.payBackProb - o) ** 2;
    paid += o;
    if (r.headlinePaidBack !== r.paidBack) headlineWrong++;
    if (r.payBackProb >= 0.5 === r.paidBack) medianRight++;
    prior += ((r.priorBaseRate ?? 0.5) - o) ** 2;
  }
  const baseRate = n === 0 ? 0 : paid / n;
  let baseRateBrier = 0;
  for (const r of records) baseRateBrier += (baseRate - (r.paidBack ? 1 : 0)) ** 2;
  const reliability: ReliabilityBin[] = [];
  for (let b = 0; b < 5; b++) {
    const from = b / 5;
    const to = (b + 1) / 5;
    const inBin = records.filter((r) => r.payBackProb >= from && (r.payBackProb < to || (b === 4 && r.payBackProb <= 1)));
    const count = inBin.length;
    reliability.push({
      from,
      to,
      count,
      meanForecast: count === 0 ? null : inBin.reduce((s, r) => s + r.payBackProb, 0) / count,
      paidShare: count === 0 ? null : inBin.filter((r) => r.paidBack).length / count,
    });
  }
  return {
    startDates: n,
    insideBandPct: pct(inside, n),
    aboveP90Pct: pct(above, n),
    belowP10Pct: pct(below, n),
    pitDeciles,
    brier: n === 0 ? 0 : brier / n,
    baseRate,
    baseRateBrier: n === 0 ? 0 : baseRateBrier / n,
    priorBaseRateBrier: n === 0 ? 0 : prior / n,
    headlineBrier: n === 0 ? 0 : headlineWrong / n,
    coinTossBrier: 0.25,
    headlineRightPct: pct(n - headlineWrong, n),
    medianRightPct: pct(medianRight, n),
    independentPeriods: independentPeriods(records),
    reliability,
  };
}

/**
 * The range of band coverage the history leaves open: a moving-block bootstrap over the start
 * dates in date order, blocks one horizon long (so a resample holds about as many independent
 * periods as the history), `resamples` times; the 5th and 95th percentile of the share inside, %.
 */
export function coverageRange(records: readonly BacktestRecord[], p: { resamples: number; seed: number }): { low: number; high: number } {
  const sorted = [...records].sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
  const n = sorted.length;
  if (n === 0) return { low: 0, high: 0 };
  const inside = sorted.map((r) => (r.net >= r.p10 && r.net <= r.p90 ? 1 : 0));
  const first = sorted[0];
  const block = Math.max(1, Math.min(n, Math.round(((first?.horizonDays ?? 365) / 365.25) * 12)));
  const random = mulberry32(futureSeed(p.seed, 0));
  const shares: number[] = [];
  for (let k = 0; k < p.resamples; k++) {
    let hits = 0;
    let taken = 0;
    while (taken < n) {
      const start = Math.floor(random() * (n - block + 1));
      for (let i = 0; i < block && taken < n; i++, taken++) hits += inside[start + i] ?? 0;
    }
    shares.push((hits / n) * 100);
  }
  shares.sort((a, b) => a - b);
  return { low: shares[Math.floor(0.05 * (shares.length - 1))] ?? 0, high: shares[Math.ceil(0.95 * (shares.length - 1))] ?? 0 };
}

export { monthsBetween };
