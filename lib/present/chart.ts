/**
 * The charts' data, computed here so that the chart components only draw: series as plain numbers
 * (through toChartNumber, for drawing only), downsampled for long horizons with the special days
 * kept, the marked days (break-even, halvings, first shutdown), axis ticks on month boundaries,
 * and the same data as a formatted table for screen readers.
 */
import type { SideName, Simulation } from "../engine/simulate";
import { addDays, dateParts, daysBetween } from "../core/dates";
import { at } from "../core/at";
import { figure, FORMATTERS, toChartNumber } from "./format";
import { messagesFor } from "../i18n/messages";
import type { Locale } from "../i18n/locale";
import { monthBands, type MonthBand } from "./power-view";

export interface ChartPoint {
  /** 1-based day number: day 1 is the start date. */
  day: number;
  date: string;
  /** Cumulative profit minus the outlay after this day (position), per side. */
  self?: number;
  hosted?: number;
  /** With "what actually happened": the primary side's position had the growth rates held instead. */
  projected?: number;
  selfRevenue?: number;
  selfCost?: number;
  hostedRevenue?: number;
  hostedCost?: number;
  btcPrice: number;
}

export interface Marker {
  day: number;
  date: string;
  kind: "break-even" | "halving" | "shutdown" | "history-end";
  side?: SideName;
  /** "Self-run pays back" — for the list under the chart. */
  label: string;
  /** "Day 189" — for the label drawn on the chart. */
  short: string;
}

export interface ChartTick {
  day: number;
  label: string;
}

/** A span of days shaded on the chart (the 2021 China mining ban in a history replay). */
export interface ChartSpan {
  from: number;
  to: number;
  label: string;
}

export interface TableRow {
  day: number;
  date: string;
  cells: string[];
}

export interface ChartView {
  sides: SideName[];
  points: ChartPoint[];
  /** Every how many days a point is kept (1 = every day); special days are always kept. */
  stride: number;
  markers: Marker[];
  ticks: ChartTick[];
  spans: ChartSpan[];
  /** With prices by the month: runs of cheap and dear months, shaded on the daily chart (issue 16). */
  bands: MonthBand[];
  hasProjection: boolean;
  /** The charts' data for screen readers: one row every 30 days and the last day, formatted. */
  table: { columns: string[]; rows: TableRow[] };
  /** The outlay of each side, as a number for drawing (the position starts just above −outlay). */
  outlay: Partial<Record<SideName, number>>;
  /** Y-axis ticks of the position chart: round steps, 0 always among them (see niceTicks). */
  positionTicks: number[];
  /** Y-axis ticks of the daily chart. */
  dailyTicks: number[];
  /** In compare mode, whether both sides earn the same revenue every day (no host share): drawn as one line. */
  sharedRevenue: boolean;
}

const NICE_STEPS = [1, 2, 2.5, 5, 10] as const;

/**
 * Y-axis ticks a person reads at a glance: a round step (1, 2, 2.5 or 5 × 10^k), at most `maxTicks`
 * of them, covering [min, max] and always 0, so a line that never pays back is seen below the zero line.
 * Example: niceTicks(−30000, 28608) → −30000, −20000, …, 30000 (step 10,000: 7 ticks);
 * niceTicks(−1350, 40) → −1500, −1000, −500, 0, 500 (step 500: 100, 200 and 250 need more than 7).
 * With `zero: false` the ticks cover [min, max] only: niceTicks(9100, 9900, 5, { zero: false }) → 9000 … 10000.
 */
export function niceTicks(min: number, max: number, maxTicks = 7, { zero = true }: { zero?: boolean } = {}): number[] {
  let lo = zero ? Math.min(min, 0) : min;
  let hi = zero ? Math.max(max, 0) : max;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0];
  // nothing to tell apart below a billionth (money is in cents): the axis spans one unit
  if (hi - lo < 1e-9) {
    lo = Math.floor(lo);
    hi = Math.max(lo + 1, Math.ceil(hi));
  }
  const count = Math.max(2, maxTicks);
  const magnitude = 10 ** Math.floor(Math.log10((hi - lo) / (count - 1)));
  for (const mult of NICE_STEPS) {
    const step = mult * magnitude;
    const first = Math.floor(lo / step + 1e-9);
    const last = Math.ceil(hi / step - 1e-9);
    if (last - first + 1 > count && mult !== 10) continue;
    const ticks: number[] = [];
    for (let k = first; k <= last; k++) ticks.push(k === 0 ? 0 : Number((k * step).toPrecision(12)));
    return ticks;
  }
  return [0];
}

/**
 * Whether two series of the same points are the same line (to a part in 10⁹): two such lines would
 * hide each other, so the chart draws one.
 */
export function sameSeries(points: readonly ChartPoint[], a: keyof ChartPoint, b: keyof ChartPoint): boolean {
  return points.every((p) => {
    const x = p[a];
    const y = p[b];
    if (typeof x !== "number" || typeof y !== "number") return x === y;
    return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  });
}

/**
 * Which labels of vertical markers to draw in the band above a chart, left to right: a label is
 * drawn when it starts at least `minGap` (a fraction of the width) after the last one drawn, so
 * labels never print over each other (every marked day is listed under the chart anyway).
 * Example: spacedLabels([100, 120, 600], 1095) → [true, false, true] (120 is 1.8 % of the width after 100).
 */
export function spacedLabels(days: readonly number[], lastDay: number, minGap = 0.1): boolean[] {
  let previous = -Infinity;
  return days.map((d) => {
    const x = d / Math.max(1, lastDay);
    if (x - previous < minGap) return false;
    previous = x;
    return true;
  });
}

/** The smallest and largest value of some series over the points. */
function extent(points: readonly ChartPoint[], keys: readonly (keyof ChartPoint)[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) {
    for (const k of keys) {
      const v = p[k];
      if (typeof v !== "number") continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo > hi ? [0, 0] : [lo, hi];
}

/** At most about this many points per chart; special days are always kept. */
export const CHART_POINTS = 370;

/** Days between two rows of the charts' data table. */
export const TABLE_STRIDE = 30;

/**
 * Historical events shaded in a history replay. Source: the State Council's call of 21 May 2021 to
 * crack down on bitcoin mining, and the provincial shutdowns that followed until the end of July.
 */
export const CHART_EVENTS: readonly { from: string; to: string; label: "chinaBan" }[] = [
  { from: "2021-05-21", to: "2021-07-31", label: "chinaBan" },
];

/**
 * Which of `length` days a chart keeps: every `stride`-th day (stride = ⌈length / target⌉), the last
 * day, and every day in `keep` (0-based indices). Returns sorted 0-based indices and the stride.
 * Example: downsample(1095, new Set([188])) keeps days 0, 3, 6, …, 1092, 1094 and 188 (stride 3).
 */
export function downsample(length: number, keep: ReadonlySet<number>, target = CHART_POINTS): { indices: number[]; stride: number } {
  const stride = Math.max(1, Math.ceil(length / Math.max(1, target)));
  const indices: number[] = [];
  for (let i = 0; i < length; i++) {
    if (i % stride === 0 || i === length - 1 || keep.has(i)) indices.push(i);
  }
  return { indices, stride };
}

const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60] as const;

/**
 * X-axis ticks on the first day of a month, at most `maxTicks` of them: every 1, 2, 3, 6, 12, 24
 * or 60 months, aligned to January (a 6-month step falls on January and July). Labels are
 * "Jul 2018", or "2019" when the step is a year or more.
 * The start day is labelled too when the first boundary is more than half a step after it.
 * Example: monthTicks("2018-01-15", 1095) → day 1 "Jan 2018", 168 "Jul 2018", 352 "Jan 2019", …, 1083 "Jan 2021".
 */
export function monthTicks(startDate: string, days: number, maxTicks = 7, locale: Locale = "en"): ChartTick[] {
  const formatMonth = FORMATTERS[locale].month;
  const { year: y0, month: m0 } = dateParts(startDate);
  const endDate = addDays(startDate, days - 1);
  const firsts: { date: string; month: number; index: number }[] = [];
  // months from the one after the start (or the start itself when it is the first) to the end
  let y = y0;
  let m = m0;
  if (startDate.slice(8) !== "01") {
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  for (;;) {
    const date = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-01`;
    if (date > endDate) break;
    firsts.push({ date, month: m, index: y * 12 + (m - 1) });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  for (const step of MONTH_STEPS) {
    const chosen = firsts.filter((f) => f.index % step === 0);
    if (chosen.length > maxTicks && step !== MONTH_STEPS[MONTH_STEPS.length - 1]) continue;
    const ticks = chosen.map((f) => ({
      day: daysBetween(startDate, f.date) + 1,
      label: step >= 12 ? f.date.slice(0, 4) : formatMonth(f.date),
    }));
    // the start is labelled too when the first boundary is more than half a step away
    const first = ticks[0]?.day ?? days;
    if (first - 1 > (step * 30.4375) / 2 || ticks.length === 0) {
      ticks.unshift({ day: 1, label: step >= 12 ? startDate.slice(0, 4) : formatMonth(startDate) });
    }
    return ticks;
  }
  return [];
}

/**
 * Chart series of a simulation run with the schedule. Long horizons keep every k-th day plus the
 * break-even, shutdown and halving days, so a 10-year chart draws as fast as a 1-year one.
 * With `projection` (the same scenario without the recorded history, also run with the schedule),
 * each point carries the primary side's projected position too.
 */
export function chartView(sim: Simulation, projection: Simulation | null = null, locale: Locale = "en"): ChartView {
  const t = messagesFor(locale);
  const f = FORMATTERS[locale];
  const SIDE_NAME: Record<SideName, string> = t.sides;
  const schedule = sim.schedule ?? [];
  const sides = (["self", "hosted"] as const).filter((n) => sim[n] !== undefined);
  const primary: SideName = sides[0] ?? "self";
  const markers: Marker[] = [];
  for (let i = 1; i < schedule.length; i++) {
    // a halving lowers the subsidy over one blended day or two: mark the first lower day only
    const day = at(schedule, i, "schedule");
    if (!day.subsidyBtc.lt(at(schedule, i - 1, "schedule").subsidyBtc)) continue;
    if (markers.some((m) => m.kind === "halving" && i + 1 - m.day < 3)) continue;
    markers.push({ day: i + 1, date: day.date, kind: "halving", label: t.halving, short: t.halving });
  }
  for (const side of sides) {
    const x = sim[side];
    if (!x) continue;
    if (x.breakEvenDay !== null && x.breakEvenDate !== null) {
      markers.push({
        day: x.breakEvenDay,
        date: x.breakEvenDate,
        kind: "break-even",
        side,
        label: t.markerPaysBack(SIDE_NAME[side]),
        short: t.dayTitle(f.number(x.breakEvenDay, 0)),
      });
    }
    if (x.shutdownDay !== null) {
      const row = schedule[x.shutdownDay - 1];
      markers.push({
        day: x.shutdownDay,
        date: row?.date ?? addDays(sim.scenario.startDate, x.shutdownDay - 1),
        kind: "shutdown",
        side,
        label: t.markerOff(SIDE_NAME[side]),
        short: t.markerOffShort,
      });
    }
  }
  if (sim.history && sim.history.to !== schedule[schedule.length - 1]?.date) {
    const i = schedule.findIndex((r) => r.date === sim.history?.to);
    if (i >= 0) markers.push({ day: i + 1, date: sim.history.to, kind: "history-end", label: t.recordsEnd, short: t.recordsEnd });
  }
  markers.sort((a, b) => a.day - b.day);

  const keep = new Set<number>();
  for (const m of markers) {
    keep.add(m.day - 1);
    // the day before a step too, so a step line turns where it really does
    if (m.day >= 2) keep.add(m.day - 2);
  }
  const { indices, stride } = downsample(schedule.length, keep);
  const projected = projection?.schedule ?? null;
  const points: ChartPoint[] = indices.map((i) => {
    const row = at(schedule, i, "schedule");
    const p: ChartPoint = { day: i + 1, date: row.date, btcPrice: toChartNumber(row.btcPrice) };
    for (const side of sides) {
      const d = row[side];
      if (!d) continue;
      p[side] = toChartNumber(d.position);
      p[`${side}Revenue`] = toChartNumber(d.revenue);
      p[`${side}Cost`] = toChartNumber(d.energyCost.plus(d.fixedCost));
    }
    const q = projected?.[i]?.[primary];
    if (q) p.projected = toChartNumber(q.position);
    return p;
  });

  const spans: ChartSpan[] = [];
  if (sim.scenario.useHistory && schedule.length > 0) {
    for (const e of CHART_EVENTS) {
      const from = Math.max(1, daysBetween(sim.scenario.startDate, e.from) + 1);
      const to = Math.min(schedule.length, daysBetween(sim.scenario.startDate, e.to) + 1);
      if (from < to) spans.push({ from, to, label: t[e.label] });
    }
  }

  const outlay: Partial<Record<SideName, number>> = {};
  for (const side of sides) {
    const x = sim[side];
    if (x) outlay[side] = toChartNumber(x.capex);
  }

  const cur = sim.scenario.currency;
  const columns = [t.tableDay, t.tableDate, t.tableBtcPrice];
  for (const side of sides) columns.push(t.tablePosition(SIDE_NAME[side]), t.tableRevenue(SIDE_NAME[side]), t.tableCosts(SIDE_NAME[side]));
  const rows: TableRow[] = [];
  const money = (v: Parameters<typeof figure>[0]) => f.money(figure(v, "money"), cur, 2);
  const formatMoney = f.money;
  for (let i = 0; i < schedule.length; i++) {
    if (i % TABLE_STRIDE !== 0 && i !== schedule.length - 1) continue;
    const row = at(schedule, i, "schedule");
    const cells = [formatMoney(figure(row.btcPrice, "money"), cur)];
    for (const side of sides) {
      const d = row[side];
      if (!d) continue;
      cells.push(formatMoney(figure(d.position, "money"), cur), money(d.revenue), money(d.energyCost.plus(d.fixedCost)));
    }
    rows.push({ day: i + 1, date: row.date, cells });
  }
  const positionKeys: (keyof ChartPoint)[] = [...sides, ...(projected ? (["projected"] as const) : [])];
  const dailyKeys = sides.flatMap((side) => [`${side}Revenue` as const, `${side}Cost` as const]);
  return {
    sides,
    points,
    stride,
    markers,
    ticks: monthTicks(sim.scenario.startDate, Math.max(1, schedule.length), 7, locale),
    spans,
    bands: monthBands(
      sim.scenario.startDate,
      schedule.length,
      (sim.self ? sim.scenario.electricityPriceByMonth : sim.scenario.hostingPriceByMonth) ?? "",
    ),
    hasProjection: projected !== null,
    table: { columns, rows },
    outlay,
    positionTicks: niceTicks(...extent(points, positionKeys)),
    dailyTicks: niceTicks(...extent(points, dailyKeys), 6),
    sharedRevenue: sides.length === 2 && sameSeries(points, "selfRevenue", "hostedRevenue"),
  };
}
