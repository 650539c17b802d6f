/**
 * The "how sure is the answer" views as plain data (no decimals), ready to cross from a Web
 * Worker to the page: heat maps with a colour-blind-safe scale, tornado bars, the futures band.
 */
import type { Scenario } from "../scenario/schema";
import { figure, FORMATTERS, toChartNumber } from "./format";
import { messagesFor } from "../i18n/messages";
import { fieldLabel, fieldUnit } from "../i18n/fields";
import { difficultyInT } from "./today";
import { niceTicks } from "./chart";
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

/** A stretch of the tornado's net-profit axis, in % of its width from the left. */
export interface TornadoSpan {
  leftPct: number;
  widthPct: number;
}

export interface TornadoBarView {
  label: string;
  /** The input values tried, low … high, in miners' units (no break inside a figure). */
  range: string;
  /** Net profit with the input at its low (high) value: numbers for drawing. */
  low: number;
  high: number;
  lowText: string;
  highText: string;
  /** The input's low and high values in miners' units: "1.78 T", "10.8 TH/s", "¥0.28/kWh", "80 %". */
  lowInput: string;
  highInput: string;
  /** The stretch of the bar below the scenario's own net profit (less profit), and above it (more); null when none. */
  less: TornadoSpan | null;
  more: TornadoSpan | null;
  /** Which input value gives the lower net profit: the bar's left end. */
  leftIs: "low" | "high";
  /** The input values and net profits at the bar's left (lower profit) and right (higher profit) ends. */
  leftInput: string;
  rightInput: string;
  leftText: string;
  rightText: string;
}

export interface TornadoTick {
  /** Where on the axis, in % of its width from the left. */
  pct: number;
  /** Net profit, compact: "−¥10k", "¥0", "¥10k". */
  text: string;
}

export interface TornadoView {
  side: string;
  /** The scenario's own net profit (for drawing) and as text: the centre line of every bar. */
  base: number;
  baseText: string;
  /** Where the centre line stands on the axis, in % of its width. */
  basePct: number;
  /** The axis under the bars, in net profit itself: round amounts from its left end to its right end. */
  ticks: TornadoTick[];
  bars: TornadoBarView[];
}

const NBSP = "\u00a0";

/** Spaces inside a figure become non-breaking: "1,120 W" never breaks between number and unit. */
function unbroken(text: string): string {
  return text.replace(/ /g, NBSP);
}

/**
 * An input value of the tornado in miners' units, never broken across lines: difficulty in T
 * (2227847638503.63 → "2.23 T"), hashrate "10.8 TH/s", power "1,120 W", prices with the currency
 * ("¥30,000", "¥0.280/kWh"), shares with % ("80 %"; Chinese "80%"), growth rates "+2 % per month".
 */
export function tornadoInput(field: ScenarioField, value: string, currency: string, locale: Locale): string {
  const f = FORMATTERS[locale];
  const pct = (v: string, signed: boolean) => `${signed && Number(v) > 0 ? "+" : ""}${f.number(v, 2)}${locale === "zh" ? "" : " "}%`;
  switch (field) {
    case "difficulty":
      return unbroken(difficultyInT(value, locale) ?? f.number(value, 0));
    case "hashrateThs":
      return unbroken(`${f.number(value, 2)} TH/s`);
    case "powerWatts":
      return unbroken(`${f.number(value, 1)} W`);
    case "electricityPrice":
    case "hostingPricePerKwh":
      return unbroken(`${f.money(value, currency, 3)}/kWh`);
    case "rigPrice":
    case "btcPrice":
    case "fixedCostPerRigPerMonth":
    case "setupCostPerRig":
    case "hostingFeePerRigPerMonth":
    case "hostingSetupFeePerRig":
      return unbroken(f.money(value, currency));
    case "poolFeePct":
    case "uptimePct":
    case "revenueSharePct":
      return unbroken(pct(value, false));
    case "difficultyGrowthPctPerMonth":
    case "btcPriceGrowthPctPerMonth":
      return unbroken(`${pct(value, true)}${locale === "zh" ? "/月" : " a month"}`);
    case "overheadFactor":
      return unbroken(`${f.number(value, 3)}×`);
    default:
      return unbroken(`${f.number(value, 4)} ${fieldUnit(field, currency, locale)}`.trim());
  }
}

/** The share of the axis's span at which the bars' own range stops taking in 0 (the pay-back line). */
const ZERO_REACH = 1;

/**
 * The tornado's axis: round net-profit ticks over every bar's ends and the scenario's own figure.
 * 0 (where the rig pays back) is among them when it lies within the bars' span, or no further from
 * it than the span is wide; beyond that it would squeeze the bars into a corner.
 */
export function tornadoTicks(values: readonly number[]): number[] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  const span = hi - lo;
  const zero = (lo <= 0 && hi >= 0) || Math.min(Math.abs(lo), Math.abs(hi)) <= span * ZERO_REACH;
  // a span of nothing (every input leaves the net profit where it is) still gets an axis around it
  const pad = span > 0 ? 0 : Math.max(1, Math.abs(lo) / 10);
  return niceTicks(lo - pad, hi + pad, 6, { zero });
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
  const money = (v: Parameters<typeof figure>[0]) => unbroken(f.money(figure(v, "money"), cur));
  // drawing only: the axis is in net profit, the scenario's own figure its centre line
  const base = toChartNumber(t.baseNetProfit);
  const ends = t.bars.flatMap((b) => [toChartNumber(b.netProfitLow), toChartNumber(b.netProfitHigh)]);
  const ticks = tornadoTicks([base, ...ends]);
  const axisLo = ticks[0] ?? 0;
  const axisHi = ticks[ticks.length - 1] ?? 1;
  const axisSpan = axisHi - axisLo || 1;
  const pos = (v: number) => Math.min(100, Math.max(0, ((v - axisLo) / axisSpan) * 100));
  const span = (from: number, to: number): TornadoSpan | null => (to > from ? { leftPct: pos(from), widthPct: pos(to) - pos(from) } : null);
  return {
    side: m.sides[t.side],
    base,
    baseText: money(t.baseNetProfit),
    basePct: pos(base),
    ticks: ticks.map((v) => ({ pct: pos(v), text: unbroken(f.moneyCompact(v, cur)) })),
    bars: t.bars.map((b) => {
      const low = toChartNumber(b.netProfitLow);
      const high = toChartNumber(b.netProfitHigh);
      const leftIs = b.netProfitLow.lte(b.netProfitHigh) ? "low" : "high";
      const lowInput = tornadoInput(b.field, b.low, cur, locale);
      const highInput = tornadoInput(b.field, b.high, cur, locale);
      const lowText = money(b.netProfitLow);
      const highText = money(b.netProfitHigh);
      const lower = Math.min(low, high);
      const upper = Math.max(low, high);
      return {
        label: fieldLabel(b.field, locale),
        range: `${lowInput} … ${highInput}${clamped(b)}`,
        low,
        high,
        lowText,
        highText,
        lowInput,
        highInput,
        less: span(lower, Math.min(upper, base)),
        more: span(Math.max(lower, base), upper),
        leftIs,
        leftInput: leftIs === "low" ? lowInput : highInput,
        rightInput: leftIs === "low" ? highInput : lowInput,
        leftText: leftIs === "low" ? lowText : highText,
        rightText: leftIs === "low" ? highText : lowText,
      };
    }),
  };
}

export interface SensitivityGrids {
  growth: HeatMapView;
  prices: HeatMapView;
  /** What the reader needs to read the maps: a grid drawn coarser than 15 × 15, a replay's moved path. */
  notes: string[];
}

/** The two heat maps, `size` × `size` (the page passes lib/work-cost heatMapSize: coarser for heavy scenarios). */
export function sensitivityGrids(s: Scenario, size = HEAT_MAP_SIZE, locale: Locale = "en"): SensitivityGrids {
  const m = messagesFor(locale);
  return {
    growth: growthView(s, size, locale),
    prices: heatMapView(priceHeatMap(s, size), s, m.heatPricesTitle, locale),
    notes: [...(size < HEAT_MAP_SIZE ? [m.heatCoarse(size)] : []), ...(s.useHistory ? [m.heatReplayScaled] : [])],
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
