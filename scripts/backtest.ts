/**
 * `npm run backtest`: the odds held against what really happened, out of sample.
 *
 * For every configuration (lib/backtest/run.ts) and every monthly start date from 2014-01 whose
 * horizon ends within the recorded days, each candidate model (lib/backtest/candidates.ts) draws
 * futures from the four years before the start date only, and the replay of the same scenario
 * (hist=1) is the outcome. Prints a table per configuration and pooled, and writes
 * data/backtest.json (every figure) and data/calibration.ts (the chosen model's pooled track
 * record, which the page and the API read).
 *
 *   npm run backtest [-- --runs 200 --seed 1]
 *
 * 200 futures per start date (the page draws 1,000): enough for the band and the probability to
 * within a few %, and the whole run in a few minutes on a busy machine.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import "../lib/history/load";
import { BACKTEST_CONFIGS, backtestConfig, type Outcomes } from "../lib/backtest/run";
import { BACKTEST_MODELS } from "../lib/backtest/candidates";
import { coverageRange, scoreRecords, type BacktestRecord, type BacktestScore } from "../lib/backtest/score";
import { DEFAULT_ODDS_MODEL, ODDS_MODELS } from "../lib/futures-models";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < (name === "runs" ? 10 : 0))
    throw new Error(`--${name} must be a whole number${name === "runs" ? " of at least 10" : ""}`);
  return v;
}

const runs = arg("runs", 200);
const seed = arg("seed", 1);
const started = performance.now();
const cache = new Map<string, Outcomes>();
const records = new Map<string, Map<string, BacktestRecord[]>>();
const fmt = (v: number, d = 0): string => v.toFixed(d);

function line(config: string, model: string, s: BacktestScore): string {
  return [
    config.padEnd(15),
    model.padEnd(21),
    String(s.startDates).padStart(4),
    fmt(s.insideBandPct).padStart(4),
    fmt(s.aboveP90Pct).padStart(4),
    fmt(s.belowP10Pct).padStart(4),
    fmt(s.brier, 3).padStart(6),
    fmt(s.baseRateBrier, 3).padStart(6),
    fmt(s.priorBaseRateBrier, 3).padStart(6),
    fmt(s.headlineRightPct).padStart(5),
    fmt(s.medianRightPct).padStart(5),
    String(s.independentPeriods).padStart(4),
    s.pitDeciles.join(","),
  ].join(" ");
}

/** Whether a score meets the targets: 70–90 % inside, ≤ 15 % in each tail, Brier ≤ base rate + 0.02. */
function passes(s: BacktestScore): boolean {
  return s.insideBandPct >= 70 && s.insideBandPct <= 90 && s.aboveP90Pct <= 15 && s.belowP10Pct <= 15 && s.brier <= s.baseRateBrier + 0.02;
}

console.log(`Backtest of the odds: ${runs} futures per start date, seed ${seed}`);
console.log("config          model                      n  in% >P90 <P10  brier  base  prior head✓ med✓  ind PIT deciles");
const out: Record<string, Record<string, BacktestScore & { passes: boolean }>> = {};
for (const config of BACKTEST_CONFIGS) {
  out[config.id] = {};
  for (const m of BACKTEST_MODELS) {
    const r = backtestConfig(config, m, { runs, seed, cache });
    const s = scoreRecords(r);
    let byModel = records.get(m.id);
    if (!byModel) records.set(m.id, (byModel = new Map()));
    byModel.set(config.id, r);
    (out[config.id] ?? {})[m.id] = { ...s, passes: passes(s) };
    console.log(line(config.id, m.id, s) + (passes(s) ? "" : "  ✗"));
  }
}

// pooled over the configurations whose coin policy the odds model (daily sales); "hold" is reported apart
const pooledIds = BACKTEST_CONFIGS.filter((c) => c.coinPolicy === "daily").map((c) => c.id);
const pooled: Record<string, BacktestScore & { coverageRange: { low: number; high: number } }> = {};
console.log("\npooled over", pooledIds.join(", "));
for (const m of BACKTEST_MODELS) {
  const all = pooledIds.flatMap((id) => records.get(m.id)?.get(id) ?? []);
  const s = scoreRecords(all);
  // the range history leaves open: block bootstrap of the base configuration (3-year blocks), the pooled share shifted by it
  const base = records.get(m.id)?.get("base") ?? [];
  const range = coverageRange(base, { resamples: 2000, seed });
  const baseInside = scoreRecords(base).insideBandPct;
  pooled[m.id] = {
    ...s,
    independentPeriods: scoreRecords(base).independentPeriods,
    coverageRange: {
      low: Math.max(0, s.insideBandPct + range.low - baseInside),
      high: Math.min(100, s.insideBandPct + range.high - baseInside),
    },
  };
  console.log(
    line("pooled", m.id, s),
    `range ${fmt(pooled[m.id]?.coverageRange.low ?? 0)}–${fmt(pooled[m.id]?.coverageRange.high ?? 0)} %`,
  );
}

// the configurations that keep their coins ("hold"), scored apart: the page and the API show their record, never the pooled one, for such a scenario
const keptIds = BACKTEST_CONFIGS.filter((c) => c.coinPolicy !== "daily").map((c) => c.id);
const kept: Record<string, BacktestScore & { coverageRange: { low: number; high: number } }> = {};
for (const m of BACKTEST_MODELS) {
  const all = keptIds.flatMap((id) => records.get(m.id)?.get(id) ?? []);
  kept[m.id] = { ...scoreRecords(all), coverageRange: coverageRange(all, { resamples: 2000, seed }) };
}
/** A model passes when it meets the targets on every configuration of the group. */
const passesAll = (ids: readonly string[], model: string): boolean => ids.every((id) => out[id]?.[model]?.passes === true);

const date = new Date().toISOString().slice(0, 10);
const allStarts = [...(records.get(DEFAULT_ODDS_MODEL)?.values() ?? [])]
  .flat()
  .map((r) => r.startDate)
  .sort();
const from = allStarts[0] ?? "";
const to = allStarts.at(-1) ?? "";
const root = join(import.meta.dirname, "..");
writeFileSync(
  join(root, "data/backtest.json"),
  JSON.stringify(
    {
      backtestDate: date,
      script: "scripts/backtest.ts",
      regenerate: "npm run backtest",
      runs,
      seed,
      configs: BACKTEST_CONFIGS,
      models: BACKTEST_MODELS.map(({ id, label, model, options }) => ({ id, label, model, options: options ?? null })),
      pooledConfigs: pooledIds,
      results: out,
      pooled,
    },
    (_, v: unknown) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toFixed(4)) : v),
    1,
  ) + "\n",
);
const n2 = (v: number): string => v.toFixed(2);
const modelBlock = (id: string, group: typeof pooled, ids: readonly string[]): string => {
  const c = group[id];
  if (!c) throw new Error(`the model ${id} was run`);
  return `  ${id}: {
    from: "${from}",
    to: "${to}",
    passesBacktest: ${passesAll(ids, id)},
    startDates: ${c.startDates},
    insideBandPct: "${n2(c.insideBandPct)}",
    aboveP90Pct: "${n2(c.aboveP90Pct)}",
    belowP10Pct: "${n2(c.belowP10Pct)}",
    brier: "${c.brier.toFixed(3)}",
    baseRateBrier: "${c.baseRateBrier.toFixed(3)}",
    backtestDate: "${date}",
    independentPeriods: ${c.independentPeriods},
    insideBandRangePct: [${Math.round(c.coverageRange.low)}, ${Math.round(c.coverageRange.high)}],
    medianRightPct: ${Math.round(c.medianRightPct)},
    headlineRightPct: ${Math.round(c.headlineRightPct)},
    reliability: [
${c.reliability
  .map(
    (b) =>
      `      { fromPct: ${Math.round(b.from * 100)}, toPct: ${Math.round(b.to * 100)}, count: ${b.count}, forecastPct: ${b.meanForecast === null ? "null" : Math.round(b.meanForecast * 100)}, paidPct: ${b.paidShare === null ? "null" : Math.round(b.paidShare * 100)} },`,
  )
  .join("\n")}
    ],
  },`;
};
const calibration = `/**
 * The track record of the odds' models (lib/futures-models.ts), pooled over the backtest's
 * configurations (${pooledIds.join(", ")}), monthly start dates ${from} … ${to}: generated by
 * scripts/backtest.ts on ${date} (${runs} futures per start date, seed ${seed}); regenerate with
 * \`npm run backtest\` (every figure, per configuration and candidate: data/backtest.json).
 */
export interface CalibrationBin {
  /** Forecast payback probability range, %; the start dates in it; their mean forecast and the share that paid back, %. */
  fromPct: number;
  toPct: number;
  count: number;
  forecastPct: number | null;
  paidPct: number | null;
}

/** One model's pooled track record (contract §10's \`futures.calibration\` and what the page shows). */
export interface Calibration {
  from: string;
  to: string;
  /** Whether the model met the backtest's targets on every configuration of this record. */
  passesBacktest: boolean;
  startDates: number;
  /** Outcomes inside the 10–90 % band, above its 90th and below its 10th percentile, % (two decimals). */
  insideBandPct: string;
  aboveP90Pct: string;
  belowP10Pct: string;
  /** Brier score of the payback probability, and of the constant base rate. */
  brier: string;
  baseRateBrier: string;
  backtestDate: string;
  /** Non-overlapping 3-year horizons of the base configuration's start dates. */
  independentPeriods: number;
  /** The share inside the band the history leaves open (block bootstrap, 5th–95th percentile), %. */
  insideBandRangePct: readonly [number, number];
  /** Verdicts right, %: the median future's (pays back in half the futures or more) and the deterministic headline's. */
  medianRightPct: number;
  headlineRightPct: number;
  reliability: readonly CalibrationBin[];
}

export const CALIBRATION_SCRIPT = "scripts/backtest.ts";

export const CALIBRATION: Record<"${ODDS_MODELS.join('" | "')}", Calibration> = {
${ODDS_MODELS.map((id) => modelBlock(id, pooled, pooledIds)).join("\n")}
};

/**
 * The same models' record on the configurations that keep their coins (${keptIds.join(", ")}): what
 * the page and the API show for a scenario that holds its coins.
 */
export const HOLD_CALIBRATION: Record<"${ODDS_MODELS.join('" | "')}", Calibration> = {
${ODDS_MODELS.map((id) => modelBlock(id, kept, keptIds)).join("\n")}
};
`;
writeFileSync(join(root, "data/calibration.ts"), calibration);
console.log(`\nwrote data/backtest.json and data/calibration.ts (${((performance.now() - started) / 1000).toFixed(0)} s)`);
