/**
 * How fragile is the answer: heat maps of the break-even day over two inputs, and a tornado of the
 * net profit when each input moves. Every cell is a full run of the engine on a changed scenario:
 * the inputs are stepped here, as the scenario's texts within their bounds (lib/scenario), and each
 * changed scenario reaches the engine with its power lists parsed.
 */
import { Dec, HUNDRED } from "./core/decimal";
import type { Scenario } from "./scenario/schema";
import { FIELDS, type FieldInfo, type ScenarioField } from "./scenario/fields";
import { canonical, parseBoundedDecimal } from "./scenario/schema";
import { formatMonthlyPrices, MONTHLY_PRICE_BOUNDS, parseMonthlyPrices } from "./scenario/power";
import { powerTermsOf, type PowerTerms } from "./scenario/power-terms";
import { simulateWith, type RecordedSource, type Simulation } from "./engine/simulate";
import { primarySide, type SideName } from "./engine/day";

/** The monthly schedule that stands in for a price per kWh (spec §9): kwhm for kwh, hkwhm for hkwh. */
const MONTHLY_OF: Partial<Record<ScenarioField, "electricityPriceByMonth" | "hostingPriceByMonth">> = {
  electricityPrice: "electricityPriceByMonth",
  hostingPricePerKwh: "hostingPriceByMonth",
};

function monthsOf(s: Scenario, field: ScenarioField): Dec[] | null {
  const monthly = MONTHLY_OF[field];
  const text = monthly === undefined ? undefined : s[monthly];
  if (text === undefined) return null;
  const parsed = parseMonthlyPrices(text);
  return parsed.ok ? parsed.value : null;
}

/**
 * Runs a scenario whose `changed` inputs were stepped from `base` (its lists `lists`): a stepped
 * monthly price changes a list, read again by its codec; any other input leaves the lists as they are.
 */
function runChanged(
  p: { base: Scenario; scenario: Scenario; lists: PowerTerms; changed: readonly ScenarioField[] },
  history: RecordedSource | undefined,
): Simulation {
  const listMoved = p.changed.some((field) => monthsOf(p.scenario, field) !== null);
  const pathMoved = history !== undefined && p.base.useHistory && p.changed.some((field) => field === "btcPrice" || field === "difficulty");
  return simulateWith(p.scenario, listMoved ? powerTermsOf(p.scenario) : p.lists, pathMoved ? scaledHistory(p.base, history) : history);
}

/**
 * On a replay the scenario's BTC price and difficulty are day 0 of the recorded path: a view that
 * moves them (a heat map's axis, a tornado bar) moves the whole recorded path by the same ratio, as a
 * reader means "the BTC price at 70 %", not day 0 alone. Example: the S9 of 15 January 2018 at a BTC
 * price of ¥58,800 instead of the recorded ¥84,000 (70 %) replays every recorded price × 0.7.
 */
function scaledHistory(base: Scenario, history: RecordedSource): RecordedSource {
  return (moved: Scenario) => {
    const days = history({ ...moved, btcPrice: base.btcPrice, difficulty: base.difficulty });
    const price = new Dec(moved.btcPrice).div(base.btcPrice);
    const difficulty = new Dec(moved.difficulty).div(base.difficulty);
    return {
      ...days,
      price: price.eq(1) ? days.price : days.price.map((v) => v.times(price)),
      difficulty: difficulty.eq(1) ? days.difficulty : days.difficulty.map((v) => v.times(difficulty)),
    };
  };
}

/** The growth rates act after the recorded days only: a replay recorded to its horizon's end gives one answer whatever they are. */
function recordedThroughout(s: Scenario, history: RecordedSource | undefined): boolean {
  return history !== undefined && s.useHistory && history(s).difficulty.length >= s.horizonDays;
}

const GROWTH_AXES: ReadonlySet<ScenarioField> = new Set(["btcPriceGrowthPctPerMonth", "difficultyGrowthPctPerMonth"]);

/**
 * The scenario's own value of an input. With prices by the month, a price per kWh is the year's mean
 * month (Σ twelve prices ÷ 12): what a heat map's axis and the tornado move.
 */
export function ownValue(s: Scenario, field: ScenarioField): string | undefined {
  const months = monthsOf(s, field);
  if (months !== null) return canonical(months.reduce((a, b) => a.plus(b), new Dec(0)).div(12));
  const own = s[field];
  return typeof own === "string" ? own : undefined;
}

/**
 * The scenario with one input set to `value`. A price per kWh under prices by the month moves every
 * month by the same amount (value − the mean month), as spec §9's crossover shifts them.
 * Example: months 0.3 × 6 and 0.45 × 6 (mean 0.375) set to 0.5: every month + 0.125 (0.425 and 0.575).
 */
export function withValue(s: Scenario, field: ScenarioField, value: string): Scenario {
  const months = monthsOf(s, field);
  const monthly = MONTHLY_OF[field];
  if (months === null || monthly === undefined) return { ...s, [field]: value };
  const mean = months.reduce((a, b) => a.plus(b), new Dec(0)).div(12);
  const shift = new Dec(value).minus(mean);
  // a shifted month keeps 50 places, so that its text stays one a link carries (a month of 1e-50
  // moved by a fraction of itself would need 84 characters); callers keep `value` within monthRoom
  return { ...s, [monthly]: formatMonthlyPrices(months.map((m) => m.plus(shift).toDecimalPlaces(MONTH_PLACES))) };
}

/** Places a shifted monthly price keeps: "-999." and 50 places fit the 64 characters of a value. */
const MONTH_PLACES = 50;

/**
 * The values a price per kWh can take under prices by the month: every month moves by the same
 * amount, so the mean can rise until the dearest month reaches the highest allowed price and fall
 * until the cheapest reaches the lowest. Null without prices by the month (the field's own bounds apply).
 * Example: months 999, 0.05 × 11 (mean ≈ 83.29): up to 84.29 (999 → 1000).
 */
export function monthRoom(s: Scenario, field: ScenarioField): { min: Dec; max: Dec } | null {
  const months = monthsOf(s, field);
  if (months === null) return null;
  const info: FieldInfo = FIELDS[MONTHLY_OF[field] ?? field];
  const mean = months.reduce((a, b) => a.plus(b), new Dec(0)).div(12);
  const low = Dec.min(...months);
  const high = Dec.max(...months);
  return {
    min: mean.minus(low.minus(info.min ?? MONTHLY_PRICE_BOUNDS.min)),
    max: mean.plus(new Dec(info.max ?? MONTHLY_PRICE_BOUNDS.max).minus(high)),
  };
}

/** The scenario reduced to one side (no crossover search, half the work). */
function oneSide(s: Scenario, side: SideName): Scenario {
  return { ...s, mode: side };
}

/** Fields a heat-map axis can vary. */
export type AxisField =
  "btcPriceGrowthPctPerMonth" | "difficultyGrowthPctPerMonth" | "electricityPrice" | "hostingPricePerKwh" | "btcPrice";

export interface Axis {
  field: AxisField;
  /** Canonical decimal strings, ascending. */
  values: string[];
}

export interface HeatCell {
  x: string;
  y: string;
  /** Null: never pays back, or the cell is outside the allowed range. */
  breakEvenDay: number | null;
  /** Null when the cell is outside the allowed range. */
  netProfit: Dec | null;
  /** The cell's price would move a monthly price past its bound (see monthRoom): not run. */
  outside: boolean;
}

export interface HeatMap {
  side: SideName;
  x: Axis;
  y: Axis;
  /** Row-major: cells[iy * x.values.length + ix]. */
  cells: HeatCell[];
  /** Indexes of the axis values nearest the scenario's own (its cell is marked). */
  mark: { ix: number; iy: number };
}

function clampTo(field: ScenarioField, v: Dec): Dec | null {
  const info: FieldInfo = FIELDS[field];
  if (info.min !== undefined && (v.lt(info.min) || (info.minExclusive && v.eq(info.min)))) return null;
  if (info.max !== undefined && v.gt(info.max)) return null;
  return v;
}

/**
 * `count` values around `center`, `step` apart, kept inside the field's allowed range
 * (the window slides when it meets a bound). Example: center 2, step 1, count 5 → −0, 1, 2, 3, 4.
 */
export function stepAxis({ field, center, step, count }: { field: AxisField; center: Dec; step: Dec; count: number }): Axis {
  const values: Dec[] = [];
  const half = Math.floor(count / 2);
  let start = center.minus(step.times(half));
  const info: FieldInfo = FIELDS[field];
  if (info.min !== undefined && start.lt(info.min)) start = new Dec(info.min).plus(info.minExclusive ? step : 0);
  for (let i = 0; values.length < count && i < count * 4; i++) {
    const v = clampTo(field, start.plus(step.times(i)));
    if (v !== null) values.push(v);
  }
  return { field, values: values.map(canonical) };
}

/**
 * `count` values from `lowPct` % to `highPct` % of `center`, evenly spaced, rounded to `places`
 * decimals (for prices). Example: center 1, 30 … 170 %, count 3, places 2 → 0.3, 1, 1.7.
 */
export function scaleAxis({
  field,
  center,
  lowPct,
  highPct,
  count,
  places,
}: {
  field: AxisField;
  center: Dec;
  lowPct: number;
  highPct: number;
  count: number;
  places: number;
}): Axis {
  const values: string[] = [];
  const info: FieldInfo = FIELDS[field];
  for (let i = 0; i < count; i++) {
    const pct = new Dec(lowPct).plus(new Dec(highPct - lowPct).times(i).div(count - 1));
    let v = center.times(pct).div(HUNDRED).toDecimalPlaces(places);
    if (v.isZero() && info.minExclusive) v = new Dec(1).div(new Dec(10).pow(places));
    const ok = clampTo(field, v);
    if (ok !== null && !values.includes(canonical(ok))) values.push(canonical(ok));
  }
  return { field, values };
}

function nearest(values: string[], own: string | undefined): number {
  if (own === undefined) return 0;
  let best = 0;
  let bestGap: Dec | null = null;
  for (const [i, value] of values.entries()) {
    const gap = new Dec(value).minus(own).abs();
    if (bestGap === null || gap.lt(bestGap)) {
      bestGap = gap;
      best = i;
    }
  }
  return best;
}

/** Break-even day and net profit of the scenario's primary side over every (x, y) pair (`history`: a replay's recorded days). */
export function heatMap(s: Scenario, x: Axis, y: Axis, history?: RecordedSource): HeatMap {
  const side = primarySide(s);
  const base = oneSide(s, side);
  const lists = powerTermsOf(base);
  const cells: HeatCell[] = [];
  const roomX = monthRoom(s, x.field);
  const roomY = monthRoom(s, y.field);
  const inside = (room: { min: Dec; max: Dec } | null, v: string) => room === null || (room.min.lte(v) && room.max.gte(v));
  // a map of growth rates over a replay recorded to its end: every cell is the scenario's own answer, run once
  const oneAnswer = GROWTH_AXES.has(x.field) && GROWTH_AXES.has(y.field) && recordedThroughout(base, history);
  const own = oneAnswer ? simulateWith(base, lists, history) : null;
  for (const yv of y.values) {
    for (const xv of x.values) {
      if (!inside(roomX, xv) || !inside(roomY, yv)) {
        cells.push({ x: xv, y: yv, breakEvenDay: null, netProfit: null, outside: true });
        continue;
      }
      const scenario = withValue(withValue(base, x.field, xv), y.field, yv);
      const sim = own ?? runChanged({ base, scenario, lists, changed: [x.field, y.field] }, history);
      const summary = sim[side];
      if (!summary) continue;
      cells.push({ x: xv, y: yv, breakEvenDay: summary.breakEvenDay, netProfit: summary.netProfit, outside: false });
    }
  }
  return {
    side,
    x,
    y,
    cells,
    mark: { ix: nearest(x.values, ownValue(s, x.field)), iy: nearest(y.values, ownValue(s, y.field)) },
  };
}

/** The growth heat map: BTC price growth (x) × difficulty growth (y), 1 %/month steps. */
export function growthHeatMap(s: Scenario, size = 15, history?: RecordedSource): HeatMap {
  const x = stepAxis({
    field: "btcPriceGrowthPctPerMonth",
    center: new Dec(s.btcPriceGrowthPctPerMonth).round(),
    step: new Dec(1),
    count: size,
  });
  const y = stepAxis({
    field: "difficultyGrowthPctPerMonth",
    center: new Dec(s.difficultyGrowthPctPerMonth).round(),
    step: new Dec(1),
    count: size,
  });
  return heatMap(s, x, y, history);
}

/**
 * The price heat map: electricity price (x, self-run or hosting) × BTC price (y), 30 %–170 % of the
 * scenario's; under prices by the month the power axis ends where a month would pass its bound.
 */
export function priceHeatMap(s: Scenario, size = 15, history?: RecordedSource): HeatMap {
  const side = primarySide(s);
  const powerField: AxisField = side === "self" ? "electricityPrice" : "hostingPricePerKwh";
  const power = new Dec(ownValue(s, powerField) ?? "0");
  // under prices by the month the axis stays where no month passes its bound (a cell past it is marked)
  const room = monthRoom(s, powerField);
  const pctOf = (v: Dec) => v.div(power.abs()).times(HUNDRED).toNumber();
  const lowPct = room && !power.isZero() ? Math.max(30, pctOf(room.min)) : 30;
  const highPct = room && !power.isZero() ? Math.min(170, pctOf(room.max)) : 170;
  const x = power.isZero()
    ? stepAxis({ field: powerField, center: new Dec(0), step: new Dec("0.01"), count: size })
    : scaleAxis({
        field: powerField,
        center: power.abs(),
        ...(highPct > lowPct ? { lowPct, highPct } : { lowPct: 30, highPct: 170 }),
        count: size,
        places: 4,
      });
  const y = scaleAxis({ field: "btcPrice", center: new Dec(s.btcPrice), lowPct: 30, highPct: 170, count: size, places: 2 });
  return heatMap(s, x, y, history);
}

export interface TornadoBar {
  field: ScenarioField;
  /** The inputs tried, as canonical strings. */
  low: string;
  high: string;
  netProfitLow: Dec;
  netProfitHigh: Dec;
  breakEvenDayLow: number | null;
  breakEvenDayHigh: number | null;
  /** max |Δ net profit| against the scenario's own. */
  swing: Dec;
  /** The move down (up) stopped short where a monthly price reached the lowest (highest) allowed price. */
  clampedLow: boolean;
  clampedHigh: boolean;
}

export interface Tornado {
  side: SideName;
  baseNetProfit: Dec;
  bars: TornadoBar[];
}

/** Inputs moved ±20 %; growth rates move ±2 percentage points a month instead. */
const RELATIVE_FIELDS: ScenarioField[] = [
  "rigPrice",
  "hashrateThs",
  "powerWatts",
  "difficulty",
  "btcPrice",
  "feesPerBlockBtc",
  "poolFeePct",
  "uptimePct",
];
const SIDE_FIELDS: Record<SideName, ScenarioField[]> = {
  self: ["electricityPrice", "overheadFactor", "fixedCostPerRigPerMonth", "setupCostPerRig"],
  hosted: ["hostingPricePerKwh", "hostingFeePerRigPerMonth", "hostingSetupFeePerRig", "revenueSharePct"],
};
const GROWTH_FIELDS: ScenarioField[] = ["difficultyGrowthPctPerMonth", "btcPriceGrowthPctPerMonth"];
export const TORNADO_RELATIVE_PCT = 20;
export const TORNADO_GROWTH_STEP = 2;
/**
 * Inputs at 0, which ±20 % would leave at 0, move up by an absolute step instead: a pool fee of 0 → 2 %,
 * fees per block 0 → 0.5 BTC, a host's share 0 → 10 %. (Amounts in the scenario's currency have no
 * step that fits every currency and stay without a bar.)
 */
export const TORNADO_ZERO_STEPS: Partial<Record<ScenarioField, string>> = {
  poolFeePct: "2",
  feesPerBlockBtc: "0.5",
  revenueSharePct: "10",
};

function moved(field: ScenarioField, value: Dec): string | null {
  const ok = parseBoundedDecimal(FIELDS[field], canonical(value));
  return ok === null ? null : canonical(ok);
}

/** Each input moved down and up, bars ranked by how far the net profit moves (largest first; `history`: a replay's recorded days). */
export function tornado(s: Scenario, history?: RecordedSource): Tornado {
  const side = primarySide(s);
  const base = oneSide(s, side);
  const lists = powerTermsOf(base);
  const baseSummary = simulateWith(base, lists, history)[side];
  if (!baseSummary) throw new Error("tornado: no side");
  const baseNet = baseSummary.netProfit;
  const bars: TornadoBar[] = [];
  const fields = [...RELATIVE_FIELDS, ...SIDE_FIELDS[side], ...GROWTH_FIELDS];
  for (const field of fields) {
    const own = ownValue(s, field);
    if (own === undefined) continue;
    const v = new Dec(own);
    let lowV: string | null;
    let highV: string | null;
    if (GROWTH_FIELDS.includes(field)) {
      lowV = moved(field, v.minus(TORNADO_GROWTH_STEP));
      highV = moved(field, v.plus(TORNADO_GROWTH_STEP));
    } else {
      const zeroStep = TORNADO_ZERO_STEPS[field];
      const d = v.isZero() && zeroStep !== undefined ? new Dec(zeroStep) : v.abs().times(TORNADO_RELATIVE_PCT).div(HUNDRED);
      lowV = moved(field, v.minus(d));
      highV = moved(field, v.plus(d));
    }
    if (lowV === null) lowV = own;
    if (highV === null) highV = own;
    // under prices by the month, the move stops where a month meets its bound
    const room = monthRoom(s, field);
    const clampedLow = room !== null && room.min.gt(lowV);
    const clampedHigh = room !== null && room.max.lt(highV);
    if (room !== null) {
      lowV = canonical(Dec.min(v, Dec.max(lowV, room.min)));
      highV = canonical(Dec.max(v, Dec.min(highV, room.max)));
    }
    if (lowV === own && highV === own) continue;
    const lo = runChanged({ base, scenario: withValue(base, field, lowV), lists, changed: [field] }, history)[side];
    const hi = runChanged({ base, scenario: withValue(base, field, highV), lists, changed: [field] }, history)[side];
    if (!lo || !hi) continue;
    const swing = Dec.max(lo.netProfit.minus(baseNet).abs(), hi.netProfit.minus(baseNet).abs());
    bars.push({
      field,
      low: lowV,
      high: highV,
      netProfitLow: lo.netProfit,
      netProfitHigh: hi.netProfit,
      breakEvenDayLow: lo.breakEvenDay,
      breakEvenDayHigh: hi.breakEvenDay,
      swing,
      clampedLow,
      clampedHigh,
    });
  }
  bars.sort((a, b) => b.swing.cmp(a.swing) || a.field.localeCompare(b.field));
  return { side, baseNetProfit: baseNet, bars };
}
