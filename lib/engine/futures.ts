/**
 * A range of futures: many BTC price paths, each a seeded random walk around the scenario's own
 * drift, with the difficulty following the price after a lag (miners add hashrate when mining pays).
 *
 * The random factors are model inputs, not amounts: they are drawn in floating point and enter
 * the engine as 15-digit decimals, once per difficulty period. Within a period the price follows the
 * scenario's daily growth, so every future is one fast closed-form run of the engine. The band
 * (10th, 50th and 90th percentile of the position) is for drawing only and is computed on numbers.
 */
import { Dec } from "../core/decimal";
import { at } from "../core/at";
import { futureSeed, mulberry32 } from "../core/random";
import type { Scenario } from "../scenario/schema";
import type { PowerTerms } from "../scenario/power-terms";
import { DIFFICULTY_PERIOD_DAYS, RetargetCalendar } from "./difficulty";
import { simulate, type RecordedDays, type RecordedSource, type SideName } from "./simulate";
import { primarySide } from "./day";

const OUT_OF_RANGE = "a quantile's indexes lie within its sorted column";

/** A position as a float, for the band's statistics only (never an amount that is reported). */
function toFloat(value: Dec): number {
  return value.toNumber();
}

export interface FuturesSettings {
  /** How many futures. */
  count: number;
  /** Annualized volatility of the BTC price, in %. */
  volatilityPct: number;
  /** Seed of the random paths: the same seed gives the same futures. */
  seed: number;
  /** Periods of 14 days after which the difficulty follows a price move. */
  lagPeriods: number;
  /** How strongly the difficulty follows: 1 = a 10 % price move brings a 10 % difficulty move. */
  follow: number;
}

/** BTC's annualized volatility is taken from the history tables when they exist; this is the fallback. */
export const DEFAULT_VOLATILITY_PCT = 55;
export const FUTURES_DEFAULTS: FuturesSettings = {
  count: 1000,
  volatilityPct: DEFAULT_VOLATILITY_PCT,
  seed: 1,
  lagPeriods: 6,
  follow: 1,
};
export const FUTURES_LIMITS = {
  count: { min: 10, max: 5000 },
  volatilityPct: { min: 0, max: 300 },
  seed: { min: 0, max: 2 ** 31 - 1 },
  lagPeriods: { min: 0, max: 26 },
  follow: { min: 0, max: 2 },
} as const;

/** Price and difficulty shocks of one future, one per difficulty period (index 0 unused). */
export function futureShocks(settings: FuturesSettings, index: number, periods: number): { priceShocks: Dec[]; difficultyShocks: Dec[] } {
  const random = mulberry32(futureSeed(settings.seed, index));
  const sigma = (settings.volatilityPct / 100) * Math.sqrt(DIFFICULTY_PERIOD_DAYS / 365.25);
  const logShocks: number[] = [0];
  for (let p = 1; p < periods; p++) {
    // Box–Muller; the −σ²/2 keeps each factor's mean at 1, so the average path follows the drift
    const u = 1 - random();
    const v = random();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    logShocks.push(sigma * z - (sigma * sigma) / 2);
  }
  const toDec = (x: number): Dec => new Dec(Math.exp(x).toPrecision(15));
  const priceShocks = logShocks.map(toDec);
  const one = new Dec(1);
  const difficultyShocks = logShocks.map((_, p) => {
    const source = p - settings.lagPeriods;
    if (source < 1 || settings.follow === 0) return one;
    // following fully, the difficulty takes the very factor the price took `lagPeriods` before
    if (settings.follow === 1) return at(priceShocks, source, "a lagged shock comes from an earlier period");
    return toDec(at(logShocks, source, "a lagged shock comes from an earlier period") * settings.follow);
  });
  return { priceShocks, difficultyShocks };
}

export interface FuturesBand {
  side: SideName;
  count: number;
  /** Days at which the band is given (period ends, and the last day). */
  days: number[];
  p10: number[];
  p50: number[];
  p90: number[];
  /** Futures that pay back within the horizon. */
  paidBack: number;
  /** Median break-even day of the futures that pay back, or null if fewer than half do. */
  medianBreakEvenDay: number | null;
}

/** Runs futures in batches (for progress); `result()` at any point gives the band so far. */
export class FuturesRun {
  readonly side: SideName;
  readonly settings: FuturesSettings;
  private readonly scenario: Scenario;
  private readonly lists: PowerTerms;
  private readonly recorded: RecordedDays | undefined;
  private readonly periods: number;
  private readonly days: number[] = [];
  private readonly positions: number[][] = [];
  private readonly breakEvens: (number | null)[] = [];
  done = 0;

  /** `lists`: the scenario's power lists, parsed; `history`: where a replay's recorded days come from (the futures start after them). */
  constructor(s: Scenario, lists: PowerTerms, settings: FuturesSettings, history?: RecordedSource) {
    this.side = primarySide(s);
    this.settings = settings;
    this.scenario = { ...s, mode: this.side };
    this.lists = lists;
    this.recorded = this.scenario.useHistory && history ? history(this.scenario) : undefined;
    // the band is drawn at the end of each difficulty period, on the chain's calendar (difficulty.ts)
    const calendar = new RetargetCalendar(s.startHeight, s.horizonDays);
    this.periods = calendar.periods;
    for (let p = 0; p < this.periods; p++) this.days.push(calendar.endOf(p));
  }

  /** Runs futures `done … done + n − 1`; returns how many are done. */
  runBatch(n: number): number {
    const end = Math.min(this.settings.count, this.done + n);
    for (let i = this.done; i < end; i++) {
      const market = futureShocks(this.settings, i, this.periods);
      const sim = simulate(this.scenario, this.lists, { positions: true, market, recorded: this.recorded });
      const summary = sim[this.side];
      this.breakEvens.push(summary ? summary.breakEvenDay : null);
      // the position at each band day (a run ends on every period's last day), as a float
      const row = new Array<number>(this.days.length).fill(0);
      let t = 0;
      for (const point of sim.positions ?? []) {
        while (t < this.days.length && at(this.days, t, "a band day") < point.day) t++;
        if (t === this.days.length) break;
        const v = point[this.side];
        if (point.day === this.days[t] && v !== undefined) row[t] = toFloat(v);
      }
      this.positions.push(row);
    }
    this.done = end;
    return end;
  }

  get finished(): boolean {
    return this.done >= this.settings.count;
  }

  result(): FuturesBand {
    const quantile = (sorted: number[], q: number): number => {
      if (sorted.length === 0) return 0;
      const pos = (sorted.length - 1) * q;
      const lo = Math.floor(pos);
      const low = at(sorted, lo, OUT_OF_RANGE);
      return low + (at(sorted, Math.ceil(pos), OUT_OF_RANGE) - low) * (pos - lo);
    };
    const p10: number[] = [];
    const p50: number[] = [];
    const p90: number[] = [];
    for (let t = 0; t < this.days.length; t++) {
      const column = this.positions.map((row) => at(row, t, "every future has a position on each day of the band")).sort((a, b) => a - b);
      p10.push(quantile(column, 0.1));
      p50.push(quantile(column, 0.5));
      p90.push(quantile(column, 0.9));
    }
    const paid = this.breakEvens.filter((d): d is number => d !== null).sort((a, b) => a - b);
    const total = this.breakEvens.length;
    return {
      side: this.side,
      count: total,
      days: [...this.days],
      p10,
      p50,
      p90,
      paidBack: paid.length,
      medianBreakEvenDay: total > 0 && paid.length * 2 >= total ? at(paid, Math.floor((total - 1) / 2), OUT_OF_RANGE) : null,
    };
  }
}

/** All futures at once (the CLI, tests and the benchmark). */
export function runFutures(s: Scenario, lists: PowerTerms, settings: FuturesSettings, history?: RecordedSource): FuturesBand {
  const run = new FuturesRun(s, lists, settings, history);
  while (!run.finished) run.runBatch(100);
  return run.result();
}
