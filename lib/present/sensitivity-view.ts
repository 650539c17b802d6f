/**
 * The "how sure is the answer" views as plain data (no decimals), ready to cross from a Web
 * Worker to the page: heat maps with a colour-blind-safe scale, tornado bars, the futures band.
 */
import type { Scenario } from "../scenario/schema";
import { figure, FORMATTERS, toChartNumber } from "./format";
import { messagesFor } from "../i18n/messages";
import { fieldLabel, fieldUnit } from "../i18n/fields";
import type { Locale } from "../i18n/locale";
import type { ScenarioField } from "../scenario/fields";
import type { HeatMap } from "../sensitivity";
import type { WindowChoice } from "../history/bootstrap";
import type { FuturesBand, FuturesSettings } from "../engine/futures";
import { FuturesRun, historyGrowthHeatMap, historyOdds, priceHeatMap, tornado } from "../run";
import { DEFAULT_ODDS_MODEL, type OddsModel } from "../futures-models";
import { primarySide } from "../engine/day";
import { oddsText } from "./odds";
import { keepsCoins } from "./track-record";
import { HOLD_CALIBRATION } from "../../data/calibration";
import { HEAT_COLOURS, NEVER_COLOUR, OUTSIDE_COLOUR } from "./heat-keys";
import { at } from "../core/at";
import { futuresSettings, pageDefaults, parsePageState, type SensitivityTab } from "../open/page";

/** Viridis, seven steps: readable by colour-blind users, light = pays back fast. */
/** Values on each axis of a heat map. */
export const HEAT_MAP_SIZE = 15;

export interface HeatCellView {
  text: string;
  title: string;
  colour: string;
  dark: boolean;
  own: boolean;
}

export interface HeatMapView {
  title: string;
  xLabel: string;
  yLabel: string;
  xTicks: string[];
  yTicks: string[];
  /** rows[iy][ix], y descending so the largest value is on top. */
  rows: HeatCellView[][];
}

function tick(field: string, value: string, currency: string, locale: Locale): string {
  const f = FORMATTERS[locale];
  if (field === "btcPrice") return f.money(value, currency);
  if (field === "electricityPrice" || field === "hostingPricePerKwh") return f.money(value, currency, 3);
  return `${Number(value) > 0 ? "+" : ""}${f.number(value, 2)} %`;
}

export function heatMapView(map: HeatMap, s: Scenario, title: string, locale: Locale = "en"): HeatMapView {
  const m = messagesFor(locale);
  const xName = fieldLabel(map.x.field as ScenarioField, locale);
  const yName = fieldLabel(map.y.field as ScenarioField, locale);
  const nx = map.x.values.length;
  const rows: HeatCellView[][] = [];
  for (let iy = map.y.values.length - 1; iy >= 0; iy--) {
    const row: HeatCellView[] = [];
    for (let ix = 0; ix < nx; ix++) {
      const c = at(map.cells, iy * nx + ix, "heat map cell");
      const own = ix === map.mark.ix && iy === map.mark.iy;
      const xText = `${xName} ${tick(map.x.field, c.x, s.currency, locale)}`;
      const yText = `${yName} ${tick(map.y.field, c.y, s.currency, locale)}`;
      if (c.outside || c.netProfit === null) {
        row.push({ text: "×", title: m.heatOutside(xText, yText), colour: OUTSIDE_COLOUR, dark: false, own });
        continue;
      }
      const day = c.breakEvenDay;
      const bucket = day === null ? -1 : Math.min(HEAT_COLOURS.length - 1, Math.floor(((day - 1) * HEAT_COLOURS.length) / s.horizonDays));
      row.push({
        text: day === null ? "—" : String(day),
        title: m.heatCell(
          xText,
          yText,
          day === null ? null : String(day),
          FORMATTERS[locale].money(figure(c.netProfit, "money"), s.currency),
          own,
        ),
        colour: bucket < 0 ? NEVER_COLOUR : at(HEAT_COLOURS, bucket, "heat colour"),
        dark: bucket < 0 || bucket >= 4,
        own,
      });
    }
    rows.push(row);
  }
  return {
    title,
    xLabel: `${xName} →`,
    yLabel: `${yName} ↑`,
    xTicks: map.x.values.map((v) => tick(map.x.field, v, s.currency, locale)),
    yTicks: [...map.y.values].reverse().map((v) => tick(map.y.field, v, s.currency, locale)),
    rows,
  };
}

export interface TornadoBarView {
  label: string;
  range: string;
  low: number;
  high: number;
  lowText: string;
  highText: string;
  /** Bar extents as % of the widest move, left (negative) and right (positive) of the centre. */
  leftPct: number;
  rightPct: number;
  /** Bar widths on the track, in % of its width: each side of the centre is half the track. */
  leftHalfPct: number;
  rightHalfPct: number;
  /** Which end of the input the left bar stands for. */
  leftIs: "low" | "high";
  /** The input values tried, formatted with their unit: what made the left and the right bar. */
  leftInput: string;
  rightInput: string;
  leftText: string;
  rightText: string;
}

export interface TornadoView {
  side: string;
  base: number;
  baseText: string;
  bars: TornadoBarView[];
  /** The axis under the bars: the widest move either way, as amounts ("−¥52,000", "+¥52,000"). */
  axisLeft: string;
  axisRight: string;
}

/** Places shown for a tornado bar's input value: none from 1,000 up, else up to six. */
function places(value: string): number {
  return Math.abs(Number(value)) >= 1000 ? 0 : 6;
}

export function tornadoView(s: Scenario, locale: Locale = "en"): TornadoView {
  const t = tornado(s);
  const m = messagesFor(locale);
  // a move stopped at a monthly price's bound says so beside the values tried
  const clamped = (b: { clampedLow: boolean; clampedHigh: boolean }): string => {
    const said = [...(b.clampedLow ? [m.tornadoClamped(false)] : []), ...(b.clampedHigh ? [m.tornadoClamped(true)] : [])];
    return said.length === 0 ? "" : locale === "zh" ? `（${said.join("；")}）` : ` (${said.join("; ")})`;
  };
  const cur = s.currency;
  const f = FORMATTERS[locale];
  const money = (v: Parameters<typeof figure>[0]) => f.money(figure(v, "money"), cur);
  const first = t.bars[0];
  const widest = first ? toChartNumber(first.swing) : 0;
  const pct = (v: number) => (widest > 0 ? Math.min(100, (Math.abs(v) / widest) * 100) : 0);
  return {
    side: messagesFor(locale).sides[t.side],
    base: toChartNumber(t.baseNetProfit),
    baseText: money(t.baseNetProfit),
    axisLeft: `−${f.money(widest, cur)}`,
    axisRight: `+${f.money(widest, cur)}`,
    bars: t.bars.map((b) => {
      const low = toChartNumber(b.netProfitLow.minus(t.baseNetProfit));
      const high = toChartNumber(b.netProfitHigh.minus(t.baseNetProfit));
      const leftIs = low <= high ? "low" : "high";
      const input = (v: string): string => `${f.number(v, places(v))} ${fieldUnit(b.field, cur, locale)}`.trim();
      const leftPct = pct(Math.min(low, high, 0));
      const rightPct = pct(Math.max(low, high, 0));
      return {
        label: fieldLabel(b.field, locale),
        // large values (difficulty, prices) read in whole units; small ones keep their places
        range:
          `${f.number(b.low, places(b.low))} … ${f.number(b.high, places(b.high))} ${fieldUnit(b.field, cur, locale)}`.trim() + clamped(b),
        low,
        high,
        lowText: money(b.netProfitLow),
        highText: money(b.netProfitHigh),
        leftPct,
        rightPct,
        leftHalfPct: leftPct / 2,
        rightHalfPct: rightPct / 2,
        leftIs,
        leftInput: input(leftIs === "low" ? b.low : b.high),
        rightInput: input(leftIs === "low" ? b.high : b.low),
        leftText: leftIs === "low" ? money(b.netProfitLow) : money(b.netProfitHigh),
        rightText: leftIs === "low" ? money(b.netProfitHigh) : money(b.netProfitLow),
      };
    }),
  };
}

export interface SensitivityGrids {
  growth: HeatMapView;
  prices: HeatMapView;
}

export function sensitivityGrids(s: Scenario, size = HEAT_MAP_SIZE, locale: Locale = "en"): SensitivityGrids {
  const m = messagesFor(locale);
  return {
    growth: growthView(s, size, locale),
    prices: heatMapView(priceHeatMap(s, size), s, m.heatPricesTitle, locale),
  };
}

/** The growth heat map over what the history before the start date saw, its title saying so. */
function growthView(s: Scenario, size: number, locale: Locale): HeatMapView {
  const m = messagesFor(locale);
  const { map, window } = historyGrowthHeatMap(s, size);
  const f = FORMATTERS[locale];
  const title = window === null ? m.heatGrowthTitle : `${m.heatGrowthTitle}${m.heatGrowthSpan(f.month(window.from), f.month(window.to))}`;
  return heatMapView(map, s, title, locale);
}

/** One point of the futures chart: the 10th–90th percentile band and the median, at a day. */
export interface FuturesPoint {
  day: number;
  band: [number, number];
  p50: number;
}

export interface FuturesView {
  band: FuturesBand;
  points: FuturesPoint[];
  paidBackPct: string;
  summary: string;
  /** For a scenario that keeps its coins: the backtest's verdict on such odds (failed), said beside the band. */
  untested?: string;
}

export function futuresView(band: FuturesBand, s: Scenario, locale: Locale = "en"): FuturesView {
  const pct = band.count === 0 ? "0" : FORMATTERS[locale].number((band.paidBack * 100) / band.count, 0);
  const points = band.days.map((day, i) => ({
    day,
    band: [at(band.p10, i, "futures p10"), at(band.p90, i, "futures p90")] satisfies [number, number],
    p50: at(band.p50, i, "futures p50"),
  }));
  return {
    band,
    points,
    paidBackPct: pct,
    summary: messagesFor(locale).futuresSummary(pct, band.count, s.horizonDays, band.medianBreakEvenDay),
  };
}

/**
 * The futures chart and summary for futures drawn from history (the four years before the start
 * date), `settings.count` of them with `settings.seed`; the summary is the odds line.
 */
export function historyFuturesView(
  s: Scenario,
  settings: Pick<FuturesSettings, "count" | "seed">,
  locale: Locale = "en",
  window: WindowChoice = { kind: "before" },
  model: OddsModel = DEFAULT_ODDS_MODEL,
): FuturesView {
  // by default the odds' model, as the odds line under the headline (lib/present/odds.ts PAGE_ODDS)
  const r = historyOdds(s, { model, runs: settings.count, seed: settings.seed, window }, primarySide(s), true);
  if (!r.ok) throw new Error(r.message);
  const { odds } = r;
  const band = odds.band ?? { days: [], p10: [], p50: [], p90: [] };
  const view = futuresView(
    {
      side: odds.side,
      count: odds.runs,
      days: band.days,
      p10: band.p10,
      p50: band.p50,
      p90: band.p90,
      paidBack: odds.paidBack,
      medianBreakEvenDay: odds.medianBreakEvenDay,
    },
    s,
    locale,
  );
  const summary = `${oddsText(odds, r.window, locale)}${locale === "zh" ? "。" : "."}`;
  if (!keepsCoins(s)) return { ...view, summary };
  const inside = Math.round(Number(HOLD_CALIBRATION[model].insideBandPct));
  return { ...view, summary, untested: messagesFor(locale).futuresHeldFailed(FORMATTERS[locale].number(inside, 0)) };
}

/** The open "how sure" view a link asks for (`sens`): a thin use of the page state's parser. */
export function readSensitivityTab(query: URLSearchParams): SensitivityTab {
  return parsePageState(query).state.tab;
}

/** The futures settings a link asks for (`vol`, `seed`, `runs`): a thin use of the page state's parser. */
export function readFuturesSettings(query: URLSearchParams, defaultVolatility: number): FuturesSettings {
  return futuresSettings(parsePageState(query, { ...pageDefaults(), volatilityPct: defaultVolatility }).state);
}

export { FuturesRun };

export { HEAT_COLOURS, NEVER_COLOUR, heatMove, tabForKey } from "./heat-keys";
