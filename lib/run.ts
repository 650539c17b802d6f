/**
 * The engine with the recorded history plugged in: what the app, the API and the scripts call.
 * A scenario with `hist=1` replays the recorded days of lib/history (spec §6); the engine itself
 * takes them as an argument and never reads the tables.
 */
import type { Scenario } from "./scenario/schema";
import { powerTermsOf } from "./scenario/power-terms";
import { recordedMarket } from "./history/replay";
import { flatPayback, growthGrid, simulate } from "./simulate-recorded";
import {
  growthHeatMap as growthMapOf,
  heatMap as heatMapOf,
  priceHeatMap as priceMapOf,
  tornado as tornadoOf,
  type Axis,
  type HeatMap,
  type Tornado,
} from "./sensitivity";
import { FuturesRun as FuturesRunOf, runFutures as futuresOf, type FuturesBand, type FuturesSettings } from "./engine/futures";
import type { SideName } from "./engine/day";
import { primarySide } from "./engine/day";
import { floatOdds, type FuturesOdds } from "./engine/futures-float";
import { floatModelOf } from "./prepare";
import { futuresWindow, trendSpread, MIN_WINDOW_PERIODS, type WindowChoice } from "./history/bootstrap";
import { modelDraw, type OddsModel } from "./futures-models";
import { futureRunner } from "./engine/futures-held";
import type { MarginFit } from "./history/margin";
import type { DaySpan } from "./history/tables";

export { flatPayback, growthGrid, simulate };

/** Break-even day and net profit over every (x, y) pair (lib/sensitivity). */
export function heatMap(s: Scenario, x: Axis, y: Axis): HeatMap {
  return heatMapOf(s, x, y, recordedMarket);
}

/** The growth heat map (lib/sensitivity). */
export function growthHeatMap(s: Scenario, size = 15): HeatMap {
  return growthMapOf(s, size, recordedMarket);
}

/** The price heat map (lib/sensitivity). */
export function priceHeatMap(s: Scenario, size = 15): HeatMap {
  return priceMapOf(s, size, recordedMarket);
}

/** The tornado of net profit (lib/sensitivity). */
export function tornado(s: Scenario): Tornado {
  return tornadoOf(s, recordedMarket);
}

/** Futures in batches (lib/engine/futures); a replay's futures start after its recorded days. */
export class FuturesRun extends FuturesRunOf {
  constructor(s: Scenario, settings: FuturesSettings) {
    super(s, powerTermsOf(s), settings, recordedMarket);
  }
}

/** All futures at once (lib/engine/futures). */
export function runFutures(s: Scenario, settings: FuturesSettings): FuturesBand {
  return futuresOf(s, powerTermsOf(s), settings, recordedMarket);
}

/** What a history-drawn set of futures asks for (spec §10): how many, the seed, the window. */
export interface HistoryFuturesRequest {
  /** Where the futures come from (lib/futures-models.ts); `history` when not given. */
  model?: OddsModel;
  runs: number;
  seed: number;
  window: WindowChoice;
}

/** The odds of a scenario's side under futures drawn from history, or why there are none. */
export type HistoryOddsResult =
  | { ok: true; window: DaySpan; periods: number; odds: FuturesOdds; model: OddsModel; fit: MarginFit | null }
  | { ok: false; key: "fwin"; message: string };

/**
 * The scenario reduced to one side as the history-drawn futures run it: from its own day 0 (a
 * replay's day 0 is already the recorded one), with the drawn factors as its only trend.
 */
export function historyFuturesScenario(s: Scenario, side: SideName): Scenario {
  return { ...s, mode: side, useHistory: false, difficultyGrowthPctPerMonth: "0", btcPriceGrowthPctPerMonth: "0" };
}

/**
 * Futures drawn from the recorded history (lib/history/bootstrap) run by the float fast path
 * (lib/engine/futures-float), for `side` (default: the scenario's first side). `band`: also the
 * position band for a chart.
 */
export function historyOdds(s: Scenario, request: HistoryFuturesRequest, side: SideName = primarySide(s), band = false): HistoryOddsResult {
  const window = futuresWindow(s.startDate, request.window);
  const kind = request.model ?? "history";
  const draw = modelDraw(kind, window);
  if (!draw.ok) {
    return {
      ok: false,
      key: "fwin",
      message: `the recorded history from ${window.from} to ${window.to} holds ${draw.periods} periods of 14 days; futures need at least ${MIN_WINDOW_PERIODS}: choose a later start date or a longer span`,
    };
  }
  const key = JSON.stringify([s, side, request, band]);
  const hit = oddsCache.get(key);
  if (hit) return hit;
  const model = floatModelOf(historyFuturesScenario(s, side), side);
  const odds = floatOdds(model, {
    runs: request.runs,
    draw: draw.sampler(request.seed, model.periods, s.startHeight),
    band,
    run: futureRunner(model, s.coinPolicy),
  });
  const result: HistoryOddsResult = { ok: true, window, periods: draw.periods, odds, model: kind, fit: draw.fit };
  // the page, its preview's metadata and its image ask for the same odds in a row
  if (oddsCache.size > 32) oddsCache.delete(oddsCache.keys().next().value as string);
  oddsCache.set(key, result);
  return result;
}

const oddsCache = new Map<string, HistoryOddsResult>();

/**
 * Growth axis values spanning what the history window saw: `count` steps from the 10th to the 90th
 * percentile of its 12-month trends (stretched to include the scenario's own rate), on 0.5 %/month,
 * within the field's limits.
 */
function spanAxis(
  field: "difficultyGrowthPctPerMonth" | "btcPriceGrowthPctPerMonth",
  range: [number, number],
  ownText: string,
  count: number,
): Axis {
  const own = Number(ownText);
  const limits = field === "difficultyGrowthPctPerMonth" ? [-50, 100] : [-100, 1000];
  const lo = Math.max(limits[0] ?? -50, Math.floor(Math.min(range[0], own) * 2) / 2);
  const hi = Math.min(limits[1] ?? 100, Math.ceil(Math.max(range[1], own) * 2) / 2);
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    const v = Math.round((lo + ((hi - lo) * i) / Math.max(1, count - 1)) * 2) / 2;
    if (values.at(-1) !== v) values.push(v);
  }
  // the scenario's own rate replaces its nearest step, so its cell is the scenario itself
  let nearest = 0;
  values.forEach((v, i) => {
    if (Math.abs(v - own) < Math.abs((values[nearest] ?? v) - own)) nearest = i;
  });
  const texts = values.map((v) => (Object.is(v, -0) ? "0" : String(v)));
  texts[nearest] = ownText;
  return { field, values: texts };
}

/**
 * The growth heat map with axes spanning what the four years of history before the start date saw
 * (the 10th–90th percentile of their 12-month trends, lib/history/bootstrap trendSpread), or the
 * scenario-centred one (1 %/month steps) when there is less than a year of history before it.
 */
export function historyGrowthHeatMap(s: Scenario, size = 15): { map: HeatMap; window: DaySpan | null } {
  const window = futuresWindow(s.startDate, { kind: "before" });
  const spread = trendSpread(window);
  if (spread === null) return { map: growthHeatMap(s, size), window: null };
  const x = spanAxis("btcPriceGrowthPctPerMonth", spread.price, s.btcPriceGrowthPctPerMonth, size);
  const y = spanAxis("difficultyGrowthPctPerMonth", spread.difficulty, s.difficultyGrowthPctPerMonth, size);
  return { map: heatMap(s, x, y), window };
}
