/**
 * The futures models of the odds (spec §10 and its extension in README.md, "The odds' models"):
 * where a future's path of 14-day periods comes from. Both read only the recorded days of their
 * window, which by default ends the day before the start date.
 *
 * - `history`: a stationary block bootstrap of the window's periods (lib/history/bootstrap.ts);
 *   it carries the window's drift of price and difficulty forward as it was.
 * - `margin`: difficulty that answers the miners' margin, a price drift drawn around the window's
 *   mean, the rigs' efficiency trend (lib/history/margin.ts); chosen by the backtest
 *   (scripts/backtest.ts) as the page's and the API's default.
 */
import type { DrawnPath } from "./engine/futures-float";
import { historyPeriods, historySampler, MIN_WINDOW_PERIODS, TABLES, type HistoryReader } from "./history/bootstrap";
import { fitMargin, marginSampler, MARGIN_DEFAULTS, type MarginFit, type MarginOptions } from "./history/margin";
import type { DaySpan } from "./history/tables";

export const ODDS_MODELS = ["margin", "history"] as const;
export type OddsModel = (typeof ODDS_MODELS)[number];
/** The model the page and the API use when none is asked for. */
export const DEFAULT_ODDS_MODEL: OddsModel = "margin";

/** A model ready to draw futures from its window, or why it cannot. */
export type ModelDraw =
  | {
      ok: true;
      periods: number;
      fit: MarginFit | null;
      sampler: (seed: number, length: number, startHeight: number) => (index: number) => DrawnPath;
    }
  | { ok: false; periods: number };

const fits = new Map<string, MarginFit | null>();

/** The model's draw over a window (`options`: the margin model's variant, for the backtest's candidates). */
export function modelDraw(
  model: OddsModel,
  window: DaySpan,
  reader: HistoryReader = TABLES,
  options: MarginOptions = MARGIN_DEFAULTS,
): ModelDraw {
  if (model === "history") {
    const periods = historyPeriods(window, reader);
    if (periods.length < MIN_WINDOW_PERIODS) return { ok: false, periods: periods.length };
    return { ok: true, periods: periods.length, fit: null, sampler: (seed, length) => historySampler(periods, seed, length) };
  }
  const key = `${window.from}|${window.to}|${JSON.stringify(options)}`;
  let fit = reader === TABLES ? fits.get(key) : undefined;
  if (fit === undefined) {
    fit = fitMargin(window, options, reader, MIN_WINDOW_PERIODS);
    if (reader === TABLES) {
      if (fits.size > 64) fits.delete(fits.keys().next().value as string);
      fits.set(key, fit);
    }
  }
  if (fit === null) return { ok: false, periods: 0 };
  const f = fit;
  return { ok: true, periods: f.n, fit: f, sampler: (seed, length, startHeight) => marginSampler(f, seed, length, startHeight) };
}
