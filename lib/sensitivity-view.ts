/**
 * The "how sure is the answer" views as plain data (no decimals), ready to cross from a Web
 * Worker to the page: heat maps with a colour-blind-safe scale, tornado bars, the futures band.
 */
import type { Scenario } from "./scenario/schema";
import { FIELDS } from "./scenario/fields";
import { figure, formatMoney, formatNumber, toChartNumber } from "./format";
import { growthHeatMap, priceHeatMap, tornado, type HeatMap } from "./engine/sensitivity";
import { FuturesRun, FUTURES_DEFAULTS, FUTURES_LIMITS, type FuturesBand, type FuturesSettings } from "./engine/futures";
import { SIDE_LABEL } from "./view";

/** Viridis, seven steps: readable by colour-blind users, light = pays back fast. */
export const HEAT_COLOURS = ["#fde725", "#a0da39", "#4ac16d", "#1fa187", "#277f8e", "#365c8d", "#46327e"] as const;
export const NEVER_COLOUR = "#1b1b1b";

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

function tick(field: string, value: string, currency: string): string {
  if (field === "btcPrice") return formatMoney(value, currency);
  if (field === "electricityPrice" || field === "hostingPricePerKwh") return formatMoney(value, currency, 3);
  return `${Number(value) > 0 ? "+" : ""}${formatNumber(value, 2)} %`;
}

export function heatMapView(map: HeatMap, s: Scenario, title: string): HeatMapView {
  const nx = map.x.values.length;
  const rows: HeatCellView[][] = [];
  for (let iy = map.y.values.length - 1; iy >= 0; iy--) {
    const row: HeatCellView[] = [];
    for (let ix = 0; ix < nx; ix++) {
      const c = map.cells[iy * nx + ix];
      const day = c.breakEvenDay;
      const bucket = day === null ? -1 : Math.min(HEAT_COLOURS.length - 1, Math.floor(((day - 1) * HEAT_COLOURS.length) / s.horizonDays));
      const own = ix === map.mark.ix && iy === map.mark.iy;
      row.push({
        text: day === null ? "—" : String(day),
        title: `${FIELDS[map.x.field].label} ${tick(map.x.field, c.x, s.currency)}, ${FIELDS[map.y.field].label} ${tick(map.y.field, c.y, s.currency)}: ${
          day === null ? "never pays back" : `pays back on day ${day}`
        }, net profit ${formatMoney(figure(c.netProfit, "money"), s.currency)}${own ? " (your scenario)" : ""}`,
        colour: bucket < 0 ? NEVER_COLOUR : HEAT_COLOURS[bucket],
        dark: bucket < 0 || bucket >= 4,
        own,
      });
    }
    rows.push(row);
  }
  return {
    title,
    xLabel: `${FIELDS[map.x.field].label} →`,
    yLabel: `${FIELDS[map.y.field].label} ↑`,
    xTicks: map.x.values.map((v) => tick(map.x.field, v, s.currency)),
    yTicks: [...map.y.values].reverse().map((v) => tick(map.y.field, v, s.currency)),
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
  /** Which end of the input the left bar stands for. */
  leftIs: "low" | "high";
}

export interface TornadoView {
  side: string;
  base: number;
  baseText: string;
  bars: TornadoBarView[];
}

export function tornadoView(s: Scenario): TornadoView {
  const t = tornado(s);
  const cur = s.currency;
  const money = (v: Parameters<typeof figure>[0]) => formatMoney(figure(v, "money"), cur);
  const widest = t.bars.length ? toChartNumber(t.bars[0].swing) : 0;
  const pct = (v: number) => (widest > 0 ? Math.min(100, (Math.abs(v) / widest) * 100) : 0);
  return {
    side: SIDE_LABEL[t.side],
    base: toChartNumber(t.baseNetProfit),
    baseText: money(t.baseNetProfit),
    bars: t.bars.map((b) => {
      const low = toChartNumber(b.netProfitLow.minus(t.baseNetProfit));
      const high = toChartNumber(b.netProfitHigh.minus(t.baseNetProfit));
      const leftIs = low <= high ? "low" : "high";
      return {
        label: FIELDS[b.field].label,
        range: `${formatNumber(b.low, 6)} … ${formatNumber(b.high, 6)} ${FIELDS[b.field].unit.replace("{cur}", cur)}`.trim(),
        low,
        high,
        lowText: money(b.netProfitLow),
        highText: money(b.netProfitHigh),
        leftPct: pct(Math.min(low, high, 0)),
        rightPct: pct(Math.max(low, high, 0)),
        leftIs,
      };
    }),
  };
}

export interface SensitivityGrids {
  growth: HeatMapView;
  prices: HeatMapView;
}

export function sensitivityGrids(s: Scenario, size = 15): SensitivityGrids {
  return {
    growth: heatMapView(growthHeatMap(s, size), s, "Break-even day by BTC price growth and difficulty growth"),
    prices: heatMapView(priceHeatMap(s, size), s, "Break-even day by electricity price and BTC price"),
  };
}

export interface FuturesView {
  band: FuturesBand;
  paidBackPct: string;
  summary: string;
}

export function futuresView(band: FuturesBand, s: Scenario): FuturesView {
  const pct = band.count === 0 ? "0" : formatNumber((band.paidBack * 100) / band.count, 0);
  const median = band.medianBreakEvenDay === null ? "fewer than half pay back" : `the median future pays back on day ${band.medianBreakEvenDay}`;
  return {
    band,
    paidBackPct: pct,
    summary: `${pct} % of ${band.count} futures pay back within ${s.horizonDays} days; ${median}.`,
  };
}

/** The page's settings for the range of futures, read from the link (new keys only: vol, seed, runs). */
export const FUTURES_KEYS = { volatilityPct: "vol", seed: "seed", count: "runs" } as const;

/** The open "how sure" view, from the link's `sens` key: grids (default), tornado or futures. */
export type SensitivityTab = "grids" | "tornado" | "futures";
export const SENSITIVITY_KEY = "sens";

export function readSensitivityTab(query: URLSearchParams): SensitivityTab {
  const v = query.get(SENSITIVITY_KEY);
  return v === "tornado" || v === "futures" ? v : "grids";
}

export function readFuturesSettings(query: URLSearchParams, defaultVolatility: number): FuturesSettings {
  const num = (key: string, min: number, max: number, fallback: number, integer: boolean) => {
    const raw = query.get(key);
    if (raw === null || !/^\d+(\.\d+)?$/.test(raw)) return fallback;
    const v = Number(raw);
    if (!(v >= min && v <= max) || (integer && !Number.isInteger(v))) return fallback;
    return v;
  };
  return {
    ...FUTURES_DEFAULTS,
    volatilityPct: num(FUTURES_KEYS.volatilityPct, FUTURES_LIMITS.volatilityPct.min, FUTURES_LIMITS.volatilityPct.max, defaultVolatility, false),
    seed: num(FUTURES_KEYS.seed, FUTURES_LIMITS.seed.min, FUTURES_LIMITS.seed.max, FUTURES_DEFAULTS.seed, true),
    count: num(FUTURES_KEYS.count, FUTURES_LIMITS.count.min, FUTURES_LIMITS.count.max, FUTURES_DEFAULTS.count, true),
  };
}

export { FuturesRun };
