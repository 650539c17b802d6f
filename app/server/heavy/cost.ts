/**
 * What a request's computation will cost, estimated before it starts: rigs × days × sides, times
 * the weight of a replay and of the power terms, plus futures' runs × days. The unit is a
 * millisecond on an idle core of a small server (measured: the 40-rig ranking of a 10-year replay
 * in compare mode, 292,000 rig-side-days, took 2.6 s there, about 9 µs each). An estimate over
 * COST_LIMIT_MS is refused before it starts, naming the keys to reduce; the time budget
 * (./pool.ts) catches what the estimate misses.
 */
import type { Scenario } from "@/lib/server";

/** The most a request may be estimated to cost: an idle core's 4 seconds (the budget is 5). */
export const COST_LIMIT_MS = 4000;
/** Below this the work runs on the request's own thread (sending it to a worker costs more). */
export const INLINE_LIMIT_MS = 10;

/** One rig, one side, one day of a replay of the recorded history (the engine's exact path). */
const REPLAY_MS_PER_SIDE_DAY = 0.01;
/** One rig, one side, one day of a modelled (non-replay) run: about 12 times cheaper than a replay. */
const MODEL_MS_PER_SIDE_DAY = 0.0008;
/** Peak hours, prices by the month or demand response: each day is split in parts (measured ×2.2 … ×3.3). */
const POWER_FACTOR = 3.5;
/** One drawn future, one day (the float fast path: 1,000 futures of 10 years took 0.36 s on a busy core). */
const FUTURE_MS_PER_DAY = 0.0001;

/** The keys that set power terms, for the refusal's message. */
const POWER_KEYS: [keyof Scenario, string][] = [
  ["electricityPriceByMonth", "kwhm"],
  ["hostingPriceByMonth", "hkwhm"],
  ["peakHours", "peak"],
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
  const perDay = (s.useHistory ? REPLAY_MS_PER_SIDE_DAY : MODEL_MS_PER_SIDE_DAY) * (power.length > 0 ? POWER_FACTOR : 1);
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

/** The 400 issues of a request estimated over the limit: each key to reduce, with the estimate. */
export function tooHeavyIssues(cost: WorkCost, what: string): { key: string; message: string }[] {
  const factor = cost.ms / COST_LIMIT_MS;
  return cost.reduce.map((key) => ({
    key,
    message: `${what} is estimated at ${factor.toFixed(1)} times the work one request may take; reduce ${key}${
      key === "days"
        ? " (fewer days)"
        : key === "mode"
          ? " (one side, self or hosted, instead of compare)"
          : key === "hist"
            ? " (no replay of the recorded history)"
            : key === "runs"
              ? " (fewer futures)"
              : " (simpler power terms)"
    }`,
  }));
}
