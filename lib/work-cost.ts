/**
 * What a request's computation will cost, estimated before it starts: rigs × days × sides, times
 * the weight of a replay and of the power terms, plus futures' runs × days. The unit is a
 * millisecond on an idle core of a small server (measured: the 40-rig ranking of a 10-year replay
 * in compare mode, 292,000 rig-side-days, took 2.6 s there, about 9 µs each). An estimate over
 * app/server/heavy/cost.ts COST_LIMIT_MS is refused before it starts, naming the keys to reduce; the time budget
 * (app/server/heavy/pool.ts) catches what the estimate misses. The page keeps a headline estimated
 * over HEADLINE_INLINE_MS off its main thread (app/hooks/useHeadline.ts).
 */
import type { Scenario } from "./scenario/schema";

/**
 * Above this the page works its headline out in a worker while the last answer stays on screen: a
 * browser's main thread runs the engine about 1.5 times slower than an idle server core, and a task
 * over 200 ms while typing is what the page must not have. The ten-year replay in compare mode, 73 ms
 * here, took 60–180 ms of the page's main thread per keystroke (the first, before the engine's code
 * is compiled hot, the slowest): it goes to the worker, as it does with power terms (255 ms); a
 * five-year one, 36.5 ms, stays inline.
 */
export const HEADLINE_INLINE_MS = 50;

/** One rig, one side, one day of a replay of the recorded history (the engine's exact path). */
const REPLAY_MS_PER_SIDE_DAY = 0.01;
/** One rig, one side, one day of a modelled (non-replay) run: about 12 times cheaper than a replay. */
const MODEL_MS_PER_SIDE_DAY = 0.0008;
/** Peak hours, prices by the month or demand response: each day is split in parts (measured ×2.2 … ×3.3). */
const POWER_FACTOR = 3.5;
/**
 * A weekday-only peak (peakdays) cuts the horizon's runs at every Saturday and Monday: runs of 5 and 2
 * days in place of one (measured ×2.1 … ×4.6 over the same peak hours every day on a busy machine: a
 * 3-year S9 7 → 21 ms, a 10-year S9 in compare mode 22 → 53 … 100 ms).
 */
const WEEKLY_FACTOR = 3;
/** One drawn future, one day (the float fast path: 1,000 futures of 10 years took 0.36 s on a busy core). */
const FUTURE_MS_PER_DAY = 0.0001;

/** The keys that set power terms, for the refusal's message. */
const POWER_KEYS: [keyof Scenario, string][] = [
  ["electricityPriceByMonth", "kwhm"],
  ["hostingPriceByMonth", "hkwhm"],
  ["peakHours", "peak"],
  ["peakDays", "peakdays"],
  ["demandResponseHours", "drh"],
  ["hostedDemandResponseHours", "hdrh"],
];

function powerKeys(s: Scenario): string[] {
  return POWER_KEYS.filter(([field]) => {
    const v = s[field];
    return v !== undefined && v !== null && v !== "" && v !== "0";
  }).map(([, key]) => key);
}

export interface WorkCost {
  /** Estimated milliseconds on an idle core. */
  ms: number;
  /** The keys whose reduction lowers the cost, most effective first. */
  reduce: string[];
}

/** The cost of running `s` for `rigs` rigs, and of `futuresRuns` drawn futures (0: none). */
export function workCost(s: Scenario, { rigs = 1, futuresRuns = 0 }: { rigs?: number; futuresRuns?: number } = {}): WorkCost {
  const sides = s.mode === "compare" ? 2 : 1;
  const power = powerKeys(s);
  const weekly = s.peakDays !== undefined && (s.peakElectricityPrice !== undefined || s.peakHostingPrice !== undefined);
  const perDay =
    (s.useHistory ? REPLAY_MS_PER_SIDE_DAY : MODEL_MS_PER_SIDE_DAY) * (power.length > 0 ? POWER_FACTOR : 1) * (weekly ? WEEKLY_FACTOR : 1);
  const ms = rigs * sides * s.horizonDays * perDay + futuresRuns * s.horizonDays * FUTURE_MS_PER_DAY;
  const reduce = [
    "days",
    ...(sides > 1 ? ["mode"] : []),
    ...(s.useHistory ? ["hist"] : []),
    ...power,
    ...(futuresRuns > 0 ? ["runs"] : []),
  ];
  return { ms, reduce };
}

/** What one heat map may cost, estimated (an idle server core; a browser's worker about 1.5 times that). */
export const HEAT_MAP_BUDGET_MS = 1500;
/** The heat maps' sides, largest first; odd, so the scenario's own value keeps the middle. */
export const HEAT_MAP_SIZES = [15, 13, 11, 9, 7, 5] as const;
const HEAT_MAP_SMALLEST = 5;

/**
 * The side of the heat maps for a scenario: 15 × 15 while one map's runs (one side each) stay within
 * HEAT_MAP_BUDGET_MS, else the largest that does, 5 × 5 at the least. Example: a five-year replay,
 * 1,825 recorded days at 0.01 ms = 18.25 ms a run: 15² runs = 4.1 s, 9² = 81 runs = 1.48 s → 9.
 */
export function heatMapSize(s: Scenario): number {
  const run = workCost({ ...s, mode: s.mode === "compare" ? "self" : s.mode }).ms;
  return HEAT_MAP_SIZES.find((size) => size * size * run <= HEAT_MAP_BUDGET_MS) ?? HEAT_MAP_SMALLEST;
}
