/**
 * Futures whose difficulty answers the miners' margin (the "margin" model of the odds).
 *
 * Revenue per hash depends only on price ÷ difficulty (and the coins per block). Miners add
 * hashrate when the newest rigs earn well over their power cost and stop adding it when they do
 * not, so the difficulty closes the gap between the margin and its usual level over months. The
 * model, fitted only on the window of recorded days before the start date:
 *
 * - margin x_i = ln(price × coinsPerBlock ÷ difficulty ÷ J/TH of the newest rigs) at the start of
 *   each 14-day period i of the window (the constant power price and units drop out of the fit);
 * - the difficulty's change over the period, ln(D_{i+1} ÷ D_i) = a + κ x_i + e_i (least squares);
 * - the price's change, ln(P_{i+1} ÷ P_i) = μ + u_i, μ the window's mean.
 *
 * A future draws its own price drift, μ + z × sd(u) × √(blockPeriods ÷ n) (the mean's sampling
 * error over n periods whose blocks hold `blockPeriods` periods each), and then, period by period,
 * a recorded period of the window by a stationary bootstrap (bootstrap.ts): that period's price
 * surprise u_k, difficulty surprise e_k and fees (their link kept). The rigs keep getting more
 * efficient at the window's own pace (the newest rigs' J/TH at its end against its start), which
 * raises the margin and so the difficulty. Floats throughout: these are model inputs, not amounts.
 */
import { addDays, dayNumber } from "../core/dates";
import { assert } from "../core/assert";
import { futureSeed, mulberry32 } from "../core/random";
import { blockSubsidy } from "../engine/subsidy";
import type { DrawnPath } from "../engine/futures-float";
import { MEAN_BLOCK_PERIODS, PERIOD_DAYS, TABLES, type HistoryReader } from "./bootstrap";
import { heightOn, HEIGHT_SPAN, type DaySpan } from "./tables";
import { frontierJPerTh } from "./eras";

/** What the model does with the price's drift and the rigs' efficiency (the candidates of the backtest). */
export interface MarginOptions {
  /** "drawn": each future draws its drift around the window's mean; "window": the mean itself; "none": no drift (a martingale). */
  drift: "drawn" | "window" | "none";
  /** Whether the rigs keep getting more efficient at the window's pace. */
  efficiency: boolean;
  /** A fixed response per period in place of the fitted κ (e.g. a 9-month half-life), or null to fit. */
  fixedResponse: number | null;
}

export const MARGIN_DEFAULTS: MarginOptions = { drift: "drawn", efficiency: true, fixedResponse: null };

/** The fit of one window. */
export interface MarginFit {
  window: DaySpan;
  /** Periods used in the fit. */
  n: number;
  /** Difficulty response: ln change per period = a + κ × margin. */
  a: number;
  kappa: number;
  /** Price drift per period (ln) and the spread of the price's surprises. */
  mu: number;
  sigma: number;
  /** Per period: price surprise, difficulty surprise, fee ratio (fees ÷ subsidy). */
  priceSurprise: Float64Array;
  difficultySurprise: Float64Array;
  feeRatio: Float64Array;
  /** The margin on the window's last day. */
  margin0: number;
  /** ln change of the newest rigs' J/TH per period (negative: they get better). */
  efficiencyTrend: number;
  options: MarginOptions;
}

/** The lowest and highest response per period the fit may give (half-lives from 2 months to 10 years). */
export const RESPONSE_LIMITS = { min: 1 - 0.5 ** (PERIOD_DAYS / 3652.5), max: 1 - 0.5 ** (PERIOD_DAYS / 60.875) };

/** Coins per block on a day: subsidy at the day's recorded height × (1 + fees ÷ subsidy). */
function coinsPerBlock(date: string, feeRatio: number): number | null {
  if (date < HEIGHT_SPAN.from || date > HEIGHT_SPAN.to) return null;
  return blockSubsidy(heightOn(date)).toNumber() * (1 + feeRatio);
}

/** ln margin on a day, or null when a figure is missing. */
export function marginOn(date: string, reader: HistoryReader): number | null {
  const d = reader.difficulty(date);
  const p = reader.price(date);
  const f = reader.feeRatio(date);
  const e = frontierJPerTh(date);
  if (d === null || p === null || f === null || e === null || d <= 0 || p <= 0) return null;
  const coins = coinsPerBlock(date, f);
  return coins === null || coins <= 0 ? null : Math.log((p * coins) / d / e);
}

/**
 * Fits the model on a window (reads only the window's days). Null when fewer than `minPeriods`
 * periods have every figure.
 */
export function fitMargin(
  window: DaySpan,
  options: MarginOptions = MARGIN_DEFAULTS,
  reader: HistoryReader = TABLES,
  minPeriods = 13,
): MarginFit | null {
  const a0 = dayNumber(window.from);
  const b0 = dayNumber(window.to);
  assert(a0 !== null && b0 !== null, `a window of real dates: ${window.from} … ${window.to}`);
  const count = Math.floor((b0 - a0) / PERIOD_DAYS);
  const xs: number[] = [];
  const ys: number[] = [];
  const rs: number[] = [];
  const fs: number[] = [];
  let from = window.from;
  for (let i = 0; i < count; i++) {
    const to = addDays(from, PERIOD_DAYS);
    const x = marginOn(from, reader);
    const d0 = reader.difficulty(from);
    const d1 = reader.difficulty(to);
    const p0 = reader.price(from);
    const p1 = reader.price(to);
    const f1 = reader.feeRatio(to);
    if (x !== null && d0 !== null && d1 !== null && p0 !== null && p1 !== null && f1 !== null && d0 > 0 && d1 > 0 && p0 > 0 && p1 > 0) {
      xs.push(x);
      ys.push(Math.log(d1 / d0));
      rs.push(Math.log(p1 / p0));
      fs.push(f1);
    }
    from = to;
  }
  const n = xs.length;
  const margin0 = marginOn(window.to, reader);
  if (n < minPeriods || margin0 === null) return null;
  const mean = (v: number[]): number => v.reduce((s, x) => s + x, 0) / v.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += ((xs[i] ?? 0) - mx) * ((ys[i] ?? 0) - my);
    sxx += ((xs[i] ?? 0) - mx) ** 2;
  }
  const fitted = sxx > 0 ? sxy / sxx : RESPONSE_LIMITS.min;
  const kappa = options.fixedResponse ?? Math.min(RESPONSE_LIMITS.max, Math.max(RESPONSE_LIMITS.min, fitted));
  const a = my - kappa * mx;
  const mu = mean(rs);
  const sigma = Math.sqrt(rs.reduce((s, r) => s + (r - mu) ** 2, 0) / Math.max(1, n - 1));
  const eStart = frontierJPerTh(window.from);
  const eEnd = frontierJPerTh(window.to);
  const efficiencyTrend = options.efficiency && eStart !== null && eEnd !== null ? Math.log(eEnd / eStart) / count : 0;
  return {
    window: { ...window },
    n,
    a,
    kappa,
    mu,
    sigma,
    priceSurprise: Float64Array.from(rs, (r) => r - mu),
    difficultySurprise: Float64Array.from(ys, (y, i) => y - a - kappa * (xs[i] ?? 0)),
    feeRatio: Float64Array.from(fs),
    margin0,
    efficiencyTrend,
    options,
  };
}

/** The price drift a fit assumes, % a year (compounded): exp(μ × 365.25 ÷ 14) − 1. Example: μ = 0.02 → 68.5 %. */
export function driftPctPerYear(fit: Pick<MarginFit, "mu">): number {
  return (Math.exp((fit.mu * 365.25) / PERIOD_DAYS) - 1) * 100;
}

/** A standard normal from two uniform numbers (Box–Muller). */
function normal(u: number, v: number): number {
  return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Future `index`'s path of `length` periods from a fit, for a scenario starting at block
 * `startHeight`; the returned path is one buffer, overwritten by the next call. The same (fit,
 * seed, index) always give the same path.
 */
export function marginSampler(fit: MarginFit, seed: number, length: number, startHeight: number): (index: number) => DrawnPath {
  const n = fit.n;
  const path: DrawnPath = { price: new Float64Array(length), difficulty: new Float64Array(length), feeRatio: new Float64Array(length) };
  path.price[0] = 1;
  path.difficulty[0] = 1;
  // ln of the subsidy at each period's start (the margin falls at a halving)
  const lnSubsidy = new Float64Array(length);
  for (let t = 0; t < length; t++) lnSubsidy[t] = Math.log(Math.max(1e-12, blockSubsidy(startHeight + 2016 * t).toNumber()));
  const jump = 1 / MEAN_BLOCK_PERIODS;
  const driftError = fit.sigma * Math.sqrt(MEAN_BLOCK_PERIODS / n);
  const { a, kappa, mu, efficiencyTrend, options } = fit;
  const lastFee = fit.feeRatio[n - 1] ?? 0;
  return (index) => {
    const random = mulberry32(futureSeed(seed, index));
    const drift = options.drift === "none" ? 0 : options.drift === "window" ? mu : mu + driftError * normal(random(), random());
    let x = fit.margin0;
    let fee = lastFee;
    let current = -1;
    for (let t = 1; t < length; t++) {
      const u = random();
      const v = random();
      current = current < 0 || u < jump ? Math.min(n - 1, Math.floor(v * n)) : (current + 1) % n;
      const dlnD = a + kappa * x + (fit.difficultySurprise[current] ?? 0);
      const dlnP = drift + (fit.priceSurprise[current] ?? 0);
      const nextFee = fit.feeRatio[current] ?? 0;
      x += dlnP - dlnD - efficiencyTrend + (lnSubsidy[t] ?? 0) - (lnSubsidy[t - 1] ?? 0) + Math.log((1 + nextFee) / (1 + fee));
      fee = nextFee;
      path.price[t] = Math.exp(dlnP);
      path.difficulty[t] = Math.exp(dlnD);
      path.feeRatio[t] = nextFee;
    }
    return path;
  };
}
