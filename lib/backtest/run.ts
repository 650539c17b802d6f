/**
 * The backtest of the odds (scripts/backtest.ts): for every monthly start date with a window of
 * history before it and a recorded outcome after it, the futures drawn from the window alone are
 * held against the recorded replay of the same scenario (hist=1), and against the deterministic
 * headline (the era's 12-month difficulty trend, the price held, the fees of the 90 days before).
 */
import { addDays } from "../core/dates";
import { Dec } from "../core/decimal";
import type { Scenario } from "../scenario/schema";
import { parseQuery } from "../open/query";
import { simulate } from "../simulate-recorded";
import { floatModelOf } from "../prepare";
import { futureRunner } from "../engine/futures-held";
import type { SideName } from "../engine/day";
import { historyFuturesScenario } from "../run";
import { futuresWindow, TABLES, type HistoryReader } from "../history/bootstrap";
import { FEES_SPAN, feesPerBlockOn } from "../history/fees";
import { HISTORY_SPAN, btcUsdOn, difficultyOn, heightOn } from "../history/tables";
import { recordedTrend } from "../history/trend";
import { blockSubsidy } from "../engine/subsidy";
import { eraRig, type EraRig } from "../history/eras";
import { modelDraw, type OddsModel } from "../futures-models";
import { MARGIN_DEFAULTS, type MarginOptions } from "../history/margin";
import type { BacktestRecord } from "./score";

/** One configuration of the backtest: who runs the rig, on what power, how long, at what price. */
export interface BacktestConfig {
  id: string;
  label: string;
  mode: "self" | "hosted";
  /** USD per kWh: the own power price (self) or the host's (hosted). */
  kwh: number;
  /** Years of the horizon. */
  years: number;
  /** The rig's price in years of its first day's profit at US$0.05/kWh. */
  priceYears: number;
  /** 0: the era's rig (the most efficient air-cooled rig released before the start); 2: the era's rig of two years before. */
  rigAgeYears: number;
  coinPolicy: "daily" | "hold";
}

const BASE: BacktestConfig = { id: "", label: "", mode: "self", kwh: 0.05, years: 3, priceYears: 1, rigAgeYears: 0, coinPolicy: "daily" };

/** The configurations: one varies from the base at a time. */
export const BACKTEST_CONFIGS: readonly BacktestConfig[] = [
  { ...BASE, id: "base", label: "self-run, $0.05/kWh, 3 years, price 1 year of profit, era rig" },
  { ...BASE, id: "cheap-power", label: "self-run, $0.03/kWh", kwh: 0.03 },
  { ...BASE, id: "marginal-power", label: "self-run, $0.08/kWh", kwh: 0.08 },
  { ...BASE, id: "hosted", label: "hosted, $0.065/kWh", mode: "hosted", kwh: 0.065 },
  { ...BASE, id: "1y", label: "1-year horizon", years: 1 },
  { ...BASE, id: "2y", label: "2-year horizon", years: 2 },
  { ...BASE, id: "4y", label: "4-year horizon", years: 4 },
  { ...BASE, id: "cheap-rig", label: "price half a year of profit", priceYears: 0.5 },
  { ...BASE, id: "dear-rig", label: "price 2 years of profit", priceYears: 2 },
  { ...BASE, id: "older-rig", label: "the era's rig of 2 years before", rigAgeYears: 2 },
  { ...BASE, id: "hold", label: "coins held, not sold", coinPolicy: "hold" },
];

/** What the backtest asks of a model. */
export interface BacktestModel {
  id: string;
  model: OddsModel;
  options?: MarginOptions;
}

export const FIRST_START = "2014-01-01";
/** Fees per block (BTC) averaged over the 90 days before a date (what the headline assumes). */
export function feesBefore(date: string): number {
  let sum = 0;
  let n = 0;
  for (let d = 1; d <= 90; d++) {
    const f = feesPerBlockOn(addDays(date, -d));
    if (f !== null) {
      sum += Number(f);
      n++;
    }
  }
  return n === 0 ? 0 : sum / n;
}

/** The first day of each month from FIRST_START whose horizon ends within the recorded days (the fees' too). */
export function startDates(years: number, first = FIRST_START): string[] {
  const last = FEES_SPAN.to < HISTORY_SPAN.to ? FEES_SPAN.to : HISTORY_SPAN.to;
  const out: string[] = [];
  for (let y = Number(first.slice(0, 4)), m = Number(first.slice(5, 7)); ; m === 12 ? (y++, (m = 1)) : m++) {
    const date = `${y}-${String(m).padStart(2, "0")}-01`;
    if (addDays(date, Math.round(years * 365.25) - 1) > last) break;
    out.push(date);
  }
  return out;
}

/** The rig bought on `date` under a configuration. */
export function configRig(config: BacktestConfig, date: string): EraRig | null {
  return eraRig(config.rigAgeYears === 0 ? date : addDays(date, -Math.round(config.rigAgeYears * 365.25)));
}

/** The replay scenario (hist=1) of a configuration on a start date, or null when there is no rig yet. */
export function backtestScenario(config: BacktestConfig, date: string): Scenario | null {
  const rig = configRig(config, date);
  const difficulty = difficultyOn(date);
  const price = btcUsdOn(date);
  if (rig === null || difficulty === null || price === null) return null;
  const fees = feesBefore(date);
  // first day's profit at US$0.05/kWh: TH/s × 10¹² × 86,400 ÷ (D × 2³²) × (subsidy + fees) × price − kWh × 0.05
  const coins = ((rig.hashrateThs * 1e12 * 86400) / (Number(difficulty) * 2 ** 32)) * (blockSubsidy(heightOn(date)).toNumber() + fees);
  const profit = coins * Number(price) - (rig.powerWatts * 24 * 0.05) / 1000;
  const rigPrice = Math.max(50, Math.round(profit * 365 * config.priceYears));
  const kwh = new Dec(config.kwh).toFixed();
  const days = Math.round(config.years * 365.25);
  const query = [
    "v=1",
    "cur=USD",
    `date=${date}`,
    "hist=1",
    `ths=${rig.hashrateThs}`,
    `w=${rig.powerWatts}`,
    `price=${rigPrice}`,
    `fees=${fees.toFixed(8)}`,
    `days=${days}`,
    `sell=${config.coinPolicy}`,
    config.mode === "hosted" ? `mode=hosted&hkwh=${kwh}` : `kwh=${kwh}`,
  ].join("&");
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(`backtest scenario ${query}: ${parsed.issues.map((i) => i.message).join("; ")}`);
  return parsed.scenario;
}

/** The side a configuration runs. */
function sideOf(config: BacktestConfig): SideName {
  return config.mode === "hosted" ? "hosted" : "self";
}

/** Whether a side's summary paid back, and its net profit (floats). */
function outcomeOf(s: Scenario, side: SideName): { paidBack: boolean; net: number } {
  const summary = simulate(s, { irr: false })[side];
  if (summary === undefined) throw new Error("a backtest scenario has its side");
  return { paidBack: summary.breakEvenDay !== null, net: summary.netProfit.toNumber() };
}

/** The deterministic headline of the start date: the era's 12-month difficulty trend, the price held. */
export function headlineScenario(s: Scenario): Scenario | null {
  const trend = recordedTrend(s.startDate, 12);
  if (trend === null) return null;
  const dg = trend.difficultyGrowthPctPerMonth.toDecimalPlaces(4);
  return { ...s, useHistory: false, difficultyGrowthPctPerMonth: dg.toFixed(), btcPriceGrowthPctPerMonth: "0" };
}

/**
 * The futures' net profits of a scenario's side under a model (sorted), and how many pay back;
 * null when the window before the start holds too little history. Reads the history only through
 * `reader`, and only inside the window.
 */
export function futuresOf(
  s: Scenario,
  side: SideName,
  m: BacktestModel,
  p: { runs: number; seed: number; reader?: HistoryReader },
): { nets: Float64Array; paid: number } | null {
  const window = futuresWindow(s.startDate, { kind: "before" });
  const draw = modelDraw(m.model, window, p.reader ?? TABLES, m.options ?? MARGIN_DEFAULTS);
  if (!draw.ok) return null;
  const model = floatModelOf(historyFuturesScenario(s, side), side);
  const sample = draw.sampler(p.seed, model.periods, s.startHeight);
  const run = futureRunner(model, s.coinPolicy);
  const nets = new Float64Array(p.runs);
  let paid = 0;
  for (let i = 0; i < p.runs; i++) {
    const o = run(model, sample(i));
    nets[i] = o.netProfit;
    if (o.breakEvenDay !== null) paid++;
  }
  nets.sort();
  return { nets, paid };
}

function quantile(sorted: Float64Array, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const a = sorted[lo] ?? 0;
  return a + ((sorted[Math.ceil(pos)] ?? a) - a) * (pos - lo);
}

/** Share of a sorted column below a value, ties counted half. */
export function pitOf(sorted: Float64Array, value: number): number {
  let below = 0;
  let ties = 0;
  for (const v of sorted) {
    if (v < value) below++;
    else if (v === value) ties++;
  }
  return sorted.length === 0 ? 0.5 : (below + ties / 2) / sorted.length;
}

/** A start date's scenario, its recorded outcome and the headline's verdict (the same for every model), or null. */
export type Outcomes = { s: Scenario; outcome: { paidBack: boolean; net: number }; headlinePaidBack: boolean } | null;

/** The records of one configuration under one model (`cache`: outcomes shared between models). */
export function backtestConfig(
  config: BacktestConfig,
  m: BacktestModel,
  p: { runs: number; seed: number; first?: string; cache?: Map<string, Outcomes> },
): BacktestRecord[] {
  const side = sideOf(config);
  const records: BacktestRecord[] = [];
  const outcomes: { end: string; paidBack: boolean }[] = [];
  for (const date of startDates(config.years, p.first)) {
    const key = `${config.id}|${date}`;
    let known0 = p.cache?.get(key);
    if (known0 === undefined) {
      const s = backtestScenario(config, date);
      const headline = s === null ? null : headlineScenario(s);
      known0 =
        s === null || headline === null ? null : { s, outcome: outcomeOf(s, side), headlinePaidBack: outcomeOf(headline, side).paidBack };
      p.cache?.set(key, known0);
    }
    if (known0 === null) continue;
    const { s, outcome, headlinePaidBack } = known0;
    const futures = futuresOf(s, side, m, p);
    if (futures === null) continue;
    const known = outcomes.filter((o) => o.end < date);
    records.push({
      startDate: date,
      horizonDays: s.horizonDays,
      net: outcome.net,
      paidBack: outcome.paidBack,
      p10: quantile(futures.nets, 0.1),
      p90: quantile(futures.nets, 0.9),
      payBackProb: futures.paid / p.runs,
      pit: pitOf(futures.nets, outcome.net),
      headlinePaidBack,
      priorBaseRate: known.length === 0 ? null : known.filter((o) => o.paidBack).length / known.length,
    });
    outcomes.push({ end: addDays(date, s.horizonDays), paidBack: outcome.paidBack });
  }
  return records;
}
