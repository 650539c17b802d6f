/**
 * The odds in words and in the result object (spec §10): how many of the history-drawn futures pay
 * back, the median and the 10–90 % break-even days, and the spread of net profit.
 */
import { Dec, HUNDRED } from "../core/decimal";
import type { FuturesOdds } from "../engine/futures-float";
import type { DaySpan } from "../history/tables";
import type { FuturesRequest } from "../open/page";
import type { Locale } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";
import { FORMATTERS } from "./format";
import type { Scenario } from "../scenario/schema";
import type { SideName } from "../engine/day";
import { historyOdds, type HistoryFuturesRequest, type HistoryOddsResult } from "../run";
import { isHindsight } from "../history/bootstrap";
import { CALIBRATION, HOLD_CALIBRATION, type Calibration } from "../../data/calibration";
import { DEFAULT_ODDS_MODEL, type OddsModel } from "../futures-models";
import { driftPctPerYear } from "../history/margin";
import { keepsCoins } from "./track-record";

/** One side's odds in the result (spec §10, and `futures.hosted` in compare mode). */
export interface SideFuturesJson {
  payBackPct: string;
  medianBreakEvenDay: number | null;
  netProfitP10: string;
  netProfitP50: string;
  netProfitP90: string;
}

/** The track record of the model (spec §10 as amended: `futures.calibration`). */
export type CalibrationJson = Pick<
  Calibration,
  | "from"
  | "to"
  | "passesBacktest"
  | "startDates"
  | "insideBandPct"
  | "aboveP90Pct"
  | "belowP10Pct"
  | "brier"
  | "baseRateBrier"
  | "backtestDate"
>;

/** The `futures` object of the result (spec §10). */
export interface FuturesJson {
  model: OddsModel;
  runs: number;
  seed: number;
  window: DaySpan;
  /** Futures that pay back, % of all, two decimals: "61.30". */
  payBackPct: string;
  medianBreakEvenDay: number | null;
  netProfitP10: string;
  netProfitP50: string;
  netProfitP90: string;
  /** When the window reads days on or after the start date (an explicit span): hindsight, not a forecast. */
  hindsight?: true;
  hosted?: SideFuturesJson;
  calibration?: CalibrationJson;
}

/** A float statistic as a two-decimal string, never "-0.00". Example: -0.001 → "0.00". */
function amount(value: number): string {
  const text = value.toFixed(2);
  return text === "-0.00" ? "0.00" : text;
}

/** paidBack / runs × 100 to two decimals, exactly. Example: 613 of 1,000 → "61.30". */
export function payBackPct(odds: Pick<FuturesOdds, "paidBack" | "runs">): string {
  return odds.runs === 0 ? "0.00" : new Dec(odds.paidBack).times(HUNDRED).div(odds.runs).toFixed(2);
}

/** The result's `futures` object. */
export function futuresJson(
  odds: FuturesOdds,
  window: DaySpan,
  request: Pick<FuturesRequest, "seed"> & { model?: OddsModel },
): FuturesJson {
  return {
    model: request.model ?? "history",
    runs: odds.runs,
    seed: request.seed,
    window: { from: window.from, to: window.to },
    payBackPct: payBackPct(odds),
    medianBreakEvenDay: odds.medianBreakEvenDay,
    netProfitP10: amount(odds.netProfitP10),
    netProfitP50: amount(odds.netProfitP50),
    netProfitP90: amount(odds.netProfitP90),
  };
}

/** A side's figures for `futures.hosted`. */
function sideJson(odds: FuturesOdds): SideFuturesJson {
  return {
    payBackPct: payBackPct(odds),
    medianBreakEvenDay: odds.medianBreakEvenDay,
    netProfitP10: amount(odds.netProfitP10),
    netProfitP50: amount(odds.netProfitP50),
    netProfitP90: amount(odds.netProfitP90),
  };
}

/** The API's warning when the odds asked for are of a scenario that keeps its coins. */
export const HELD_ODDS_WARNING =
  "futures: the odds for a scenario that keeps its coins failed the backtest (their 10–90 % band held 100 % of what happened: far too wide); futures.calibration is that record";

/** The track record of a model, as `futures.calibration` gives it: pooled over the daily-selling configurations, or the coin-keeping ones. */
export function calibrationJson(model: OddsModel, kept = false): CalibrationJson {
  const c = (kept ? HOLD_CALIBRATION : CALIBRATION)[model];
  return {
    from: c.from,
    to: c.to,
    passesBacktest: c.passesBacktest,
    startDates: c.startDates,
    insideBandPct: c.insideBandPct,
    aboveP90Pct: c.aboveP90Pct,
    belowP10Pct: c.belowP10Pct,
    brier: c.brier,
    baseRateBrier: c.baseRateBrier,
    backtestDate: c.backtestDate,
  };
}

/**
 * The whole `futures` answer of the API and the command line: the first side's odds, the hosted
 * side's in compare mode, the model's track record, and whether the window is hindsight.
 */
export function futuresAnswer(
  s: Scenario,
  request: HistoryFuturesRequest & { seed: number },
):
  | { ok: true; json: FuturesJson; first: Extract<HistoryOddsResult, { ok: true }>; warnings: string[] }
  | Extract<HistoryOddsResult, { ok: false }> {
  const first = historyOdds(s, request);
  if (!first.ok) return first;
  const json = futuresJson(first.odds, first.window, request);
  if (isHindsight(s.startDate, first.window)) json.hindsight = true;
  if (s.mode === "compare") {
    const hosted = historyOdds(s, request, "hosted");
    if (hosted.ok) json.hosted = sideJson(hosted.odds);
  }
  json.calibration = calibrationJson(request.model ?? "history", keepsCoins(s));
  return { ok: true, json, first, warnings: keepsCoins(s) ? [HELD_ODDS_WARNING] : [] };
}

/** The share that pays back in whole %, never rounded to 0 or 100 unless it is. Example: 999 of 1,000 → 99. */
function wholePct(odds: FuturesOdds): number {
  if (odds.paidBack === 0 || odds.paidBack === odds.runs) return odds.paidBack === 0 ? 0 : 100;
  return Math.min(99, Math.max(1, Math.round(odds.payBackPct)));
}

/**
 * The odds line under the headline. Example (en): "Pays back in 71 % of 1,000 futures drawn from
 * Jan 2014 – Jan 2018; median day 294; 10–90 %: day 164 – never".
 */
export function oddsText(odds: FuturesOdds, window: DaySpan, locale: Locale): string {
  const f = FORMATTERS[locale];
  const day = (d: number | null): string | null => (d === null ? null : f.number(d, 0));
  return messagesFor(locale).oddsLine({
    pct: f.number(wholePct(odds), 0),
    count: f.number(odds.runs, 0),
    from: f.month(window.from),
    to: f.month(window.to),
    median: day(odds.medianBreakEvenDay),
    p10: day(odds.breakEvenP10),
    p90: day(odds.breakEvenP90),
  });
}

/** The odds of one side, as the page shows them. */
export interface OddsView {
  side: SideName;
  /** The line under the headline, or why there is none. */
  text: string;
  ok: boolean;
  /** Futures that pay back, % (two decimals, as the API gives it), or null. */
  payBackPct: string | null;
  /** The BTC price drift the model assumes, % a year (the window's mean), or null. */
  driftPctPerYear: number | null;
  /** Net profit of the median future, in the scenario's currency, or null. */
  medianNet: number | null;
}

/** The page's default futures for the odds line: the backtest's model, 1,000 futures, seed 1, the four years before the start. */
export const PAGE_ODDS: HistoryFuturesRequest = { model: DEFAULT_ODDS_MODEL, runs: 1000, seed: 1, window: { kind: "before" } };

/** The odds line of each side of the scenario (both in compare mode), self-run first. */
export function oddsViews(s: Scenario, locale: Locale, request: HistoryFuturesRequest = PAGE_ODDS): OddsView[] {
  const sides: SideName[] = s.mode === "compare" ? ["self", "hosted"] : [s.mode];
  return sides.map((side) => {
    if (keepsCoins(s)) {
      // the odds failed the backtest for coins kept: none are drawn, the line says why
      const inside = Math.round(Number(HOLD_CALIBRATION[request.model ?? "history"].insideBandPct));
      const text = messagesFor(locale).oddsHeldFailed(FORMATTERS[locale].number(inside, 0));
      return { side, text, ok: false, payBackPct: null, driftPctPerYear: null, medianNet: null };
    }
    const r = historyOdds(s, request, side);
    if (!r.ok)
      return { side, text: messagesFor(locale).oddsFailed(r.message), ok: false, payBackPct: null, driftPctPerYear: null, medianNet: null };
    return {
      side,
      text: isHindsight(s.startDate, r.window)
        ? `${oddsText(r.odds, r.window, locale)}${locale === "zh" ? "。" : ". "}${messagesFor(locale).oddsHindsight}`
        : oddsText(r.odds, r.window, locale),
      ok: true,
      payBackPct: payBackPct(r.odds),
      driftPctPerYear: r.fit === null ? null : driftPctPerYear(r.fit),
      medianNet: r.odds.netProfitP50,
    };
  });
}
