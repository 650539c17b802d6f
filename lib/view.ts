/**
 * What the page shows, computed here so that components only lay out and draw: headline texts,
 * figures as display strings, chart series as plain numbers (downsampled), and markers.
 */
import { Dec, HUNDRED } from "./decimal";
import type { Scenario } from "./scenario/schema";
import type { SideName, SideSummary, Simulation } from "./engine/simulate";
import { flatPayback, growthGrid, GROWTH_GRID } from "./engine/flat";
import { figure, figureOrNull, formatBtc, formatLongDate, formatMoney, formatNumber, toChartNumber } from "./format";
import { DAYS_PER_MONTH } from "./decimal";

export const SIDE_LABEL: Record<SideName, string> = { self: "Self-run", hosted: "Hosted" };

export interface Figure {
  id: string;
  label: string;
  value: string;
  hint?: string;
}

export interface SideView {
  side: SideName;
  label: string;
  /** "Pays back on day 245, 16 September 2018" */
  headline: string;
  paysBack: boolean;
  breakEvenDay: number | null;
  /** The §5 strings, for exact comparison with the CLI and the API. */
  roiPct: string | null;
  netProfit: string;
  netProfitText: string;
  roiText: string;
  figures: Figure[];
}

function horizonText(days: number): string {
  if (days % 365 === 0) return `${days / 365} year${days === 365 ? "" : "s"}`;
  return `${formatNumber(days, 0)} days`;
}

function months(days: number): string {
  const m = new Dec(days).div(DAYS_PER_MONTH);
  return `${formatNumber(m.toDecimalPlaces(1).toNumber(), 1)} months`;
}

/** The headline and figures of one side. */
export function sideView(side: SideName, x: SideSummary, s: Scenario, finalBtcPrice: Dec): SideView {
  const cur = s.currency;
  const paysBack = x.breakEvenDay !== null;
  const headline =
    x.breakEvenDay !== null && x.breakEvenDate !== null
      ? `Pays back on day ${formatNumber(x.breakEvenDay, 0)}, ${formatLongDate(x.breakEvenDate)}`
      : `Does not pay back within ${horizonText(s.horizonDays)}`;
  const netProfit = figure(x.netProfit, "money");
  const roiPct = figureOrNull(x.roiPct, "pct");
  const money = (v: Dec) => formatMoney(figure(v, "money"), cur);
  const perKwh = (v: Dec | null) => (v === null ? "—" : formatMoney(figure(v, "pricePerKwh"), cur, v.abs().lt(10) ? 3 : 2));
  const figures: Figure[] = [
    { id: "btc-mined", label: "BTC mined", value: formatBtc(figure(x.totalBtc, "btc")), hint: `over ${horizonText(s.horizonDays)}` },
    {
      id: "cost-per-btc",
      label: "Cost per BTC",
      value: x.costPerBtc === null ? "—" : money(x.costPerBtc),
      hint: `BTC on day 1: ${formatMoney(s.btcPrice, cur)}`,
    },
    { id: "outlay", label: "Outlay", value: money(x.capex), hint: x.resaleValue.isZero() ? "no resale" : `resale ${money(x.resaleValue)}` },
    { id: "revenue", label: "Revenue", value: money(x.totalRevenue), hint: `costs ${money(x.totalCost)}` },
    {
      id: "shutdown",
      label: "Switched off",
      value: x.shutdownDay === null ? "Never" : `From day ${formatNumber(x.shutdownDay, 0)}`,
      hint: x.shutdownDay === null ? "mining always covers power" : `${formatNumber(x.daysOff, 0)} days off in all`,
    },
    {
      id: "hashprice",
      label: "Hashprice",
      value: `${formatMoney(figure(x.hashpricePerPhDay, "rate"), cur)}`,
      hint: "per PH/s per day, gross, day 1",
    },
    {
      id: "break-even-power",
      label: "Break-even power price",
      value: x.breakEvenElectricityPrice === null ? "—" : `${perKwh(x.breakEvenElectricityPrice)}/kWh`,
      hint: "day 1 profit is zero at this price",
    },
    {
      id: "btc-instead",
      label: "The same money in BTC",
      value: formatBtc(figure(x.btcIfBoughtInstead, "btc")),
      hint: `worth ${money(x.btcIfBoughtInsteadValue)} at ${formatMoney(figure(finalBtcPrice, "money"), cur)}/BTC on the last day`,
    },
    {
      id: "first-day",
      label: "Day 1 profit",
      value: money(x.firstDay.profit),
      hint: `${money(x.firstDay.revenue)} revenue − ${money(x.firstDay.energyCost.plus(x.firstDay.fixedCost))} costs`,
    },
  ];
  return {
    side,
    label: SIDE_LABEL[side],
    headline,
    paysBack,
    breakEvenDay: x.breakEvenDay,
    roiPct,
    netProfit,
    netProfitText: money(x.netProfit),
    roiText: roiPct === null ? "—" : `${formatNumber(roiPct, 1)} %`,
    figures,
  };
}

export interface ChartPoint {
  day: number;
  date: string;
  self?: number;
  hosted?: number;
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
  label: string;
}

export interface TableRow {
  day: number;
  date: string;
  cells: string[];
}

export interface ChartView {
  points: ChartPoint[];
  /** The charts' data for screen readers: one row about every 30 days, formatted. */
  table: { columns: string[]; rows: TableRow[] };
  markers: Marker[];
  /** The outlay of each side, as a number (the position starts just above −outlay). */
  outlay: Partial<Record<SideName, number>>;
}

/** At most about this many points per chart; special days are always kept. */
export const CHART_POINTS = 370;

/**
 * Chart series of a simulation run with the schedule. Long horizons keep every k-th day plus the
 * break-even, shutdown and halving days, so a 10-year chart draws as fast as a 1-year one.
 */
export function chartView(sim: Simulation): ChartView {
  const schedule = sim.schedule ?? [];
  const sides = (["self", "hosted"] as const).filter((n) => sim[n] !== undefined);
  const markers: Marker[] = [];
  for (let i = 1; i < schedule.length; i++) {
    // a halving lowers the subsidy over one blended day or two: mark the first lower day only
    if (!schedule[i].subsidyBtc.lt(schedule[i - 1].subsidyBtc)) continue;
    if (markers.some((m) => m.kind === "halving" && i + 1 - m.day < 3)) continue;
    markers.push({ day: i + 1, date: schedule[i].date, kind: "halving", label: "Halving" });
  }
  for (const side of sides) {
    const x = sim[side];
    if (!x) continue;
    if (x.breakEvenDay !== null && x.breakEvenDate !== null) {
      markers.push({ day: x.breakEvenDay, date: x.breakEvenDate, kind: "break-even", side, label: `${SIDE_LABEL[side]} pays back` });
    }
    if (x.shutdownDay !== null) {
      const row = schedule[x.shutdownDay - 1];
      markers.push({ day: x.shutdownDay, date: row?.date ?? "", kind: "shutdown", side, label: `${SIDE_LABEL[side]} first switched off` });
    }
  }
  if (sim.history && sim.history.to !== schedule[schedule.length - 1]?.date) {
    const i = schedule.findIndex((r) => r.date === sim.history?.to);
    if (i >= 0) markers.push({ day: i + 1, date: sim.history.to, kind: "history-end", label: "Records end" });
  }
  const keep = new Set<number>(markers.map((m) => m.day - 1));
  const step = Math.max(1, Math.ceil(schedule.length / CHART_POINTS));
  const points: ChartPoint[] = [];
  for (let i = 0; i < schedule.length; i++) {
    if (i % step !== 0 && i !== schedule.length - 1 && !keep.has(i)) continue;
    const row = schedule[i];
    const p: ChartPoint = { day: i + 1, date: row.date, btcPrice: toChartNumber(row.btcPrice) };
    for (const side of sides) {
      const d = row[side];
      if (!d) continue;
      p[side] = toChartNumber(d.position);
      p[`${side}Revenue`] = toChartNumber(d.revenue);
      p[`${side}Cost`] = toChartNumber(d.energyCost.plus(d.fixedCost));
    }
    points.push(p);
  }
  const outlay: Partial<Record<SideName, number>> = {};
  for (const side of sides) {
    const x = sim[side];
    if (x) outlay[side] = toChartNumber(x.capex);
  }
  const cur = sim.scenario.currency;
  const columns = ["Day", "Date", "BTC price"];
  for (const side of sides) columns.push(`${SIDE_LABEL[side]} position`, `${SIDE_LABEL[side]} revenue / day`, `${SIDE_LABEL[side]} costs / day`);
  const rows: TableRow[] = [];
  for (let i = 0; i < schedule.length; i += 30) {
    const row = schedule[i];
    const cells = [formatMoney(figure(row.btcPrice, "money"), cur)];
    for (const side of sides) {
      const d = row[side];
      if (!d) continue;
      cells.push(
        formatMoney(figure(d.position, "money"), cur),
        formatMoney(figure(d.revenue, "money"), cur),
        formatMoney(figure(d.energyCost.plus(d.fixedCost), "money"), cur),
      );
    }
    rows.push({ day: i + 1, date: row.date, cells });
  }
  return { points, table: { columns, rows }, markers: markers.sort((a, b) => a.day - b.day), outlay };
}

export interface CompareView {
  /** One sentence on the crossover electricity price. */
  crossover: string;
  crossoverPrice: string | null;
  /** hosted − self for each headline figure. */
  differences: Figure[];
  /** Monthly cost breakdown per side. */
  monthly: Record<SideName, { label: string; value: string }[]>;
}

/**
 * A side's costs in its first month (30.4375 days at day 1's figures): electricity, fixed fees,
 * the host's share and the pool fee. The gross reward comes from the hashprice, so a 100 % fee
 * needs no division: gross revenue a day = hashprice × n × TH/s / 1000 × uptime.
 */
function monthlyBreakdown(side: SideName, x: SideSummary, s: Scenario): { label: string; value: string }[] {
  const cur = s.currency;
  const m = DAYS_PER_MONTH;
  const gross = x.hashpricePerPhDay.times(s.rigCount).times(s.hashrateThs).div(1000).times(s.uptimePct).div(HUNDRED).times(m);
  const pool = new Dec(s.poolFeePct).div(HUNDRED);
  const share = side === "hosted" ? new Dec(s.revenueSharePct).div(HUNDRED) : new Dec(0);
  const poolFee = gross.times(pool);
  const hostShare = gross.minus(poolFee).times(share);
  const money = (v: Dec) => formatMoney(figure(v, "money"), cur);
  return [
    { label: "Electricity", value: money(x.firstDay.energyCost.times(m)) },
    { label: side === "self" ? "Running costs" : "Hosting fees", value: money(x.firstDay.fixedCost.times(m)) },
    { label: "Host's share of the BTC", value: money(hostShare) },
    { label: "Pool fee", value: money(poolFee) },
  ];
}

export function compareView(sim: Simulation): CompareView | null {
  const s = sim.scenario;
  if (s.mode !== "compare" || !sim.self || !sim.hosted) return null;
  const x = sim.crossoverElectricityPrice ?? null;
  const cur = s.currency;
  const crossoverPrice = figureOrNull(x, "pricePerKwh");
  const crossover =
    x === null
      ? "No electricity price between −10 and 10 per kWh makes running the rigs yourself and this hosting offer come out even."
      : x.isNegative()
        ? `This hosting offer beats running the rigs yourself unless you are paid ${formatMoney(figure(x.abs(), "pricePerKwh"), cur, 3)} per kWh to use power.`
        : `Running the rigs yourself beats this hosting offer while your electricity costs less than ${formatMoney(figure(x, "pricePerKwh"), cur, 3)} per kWh.`;
  const diff = (a: Dec, b: Dec) => formatMoney(figure(a.minus(b), "money"), cur);
  const dayDiff = (a: number | null, b: number | null) =>
    a === null || b === null ? (a === b ? "both never" : a === null ? "hosted never" : "self-run never") : `${b - a > 0 ? "+" : ""}${b - a} days`;
  return {
    crossover,
    crossoverPrice,
    differences: [
      { id: "diff-net", label: "Net profit, hosted − self-run", value: diff(sim.hosted.netProfit, sim.self.netProfit) },
      { id: "diff-day", label: "Break-even, hosted vs self-run", value: dayDiff(sim.self.breakEvenDay, sim.hosted.breakEvenDay) },
      { id: "diff-btc", label: "BTC kept, hosted − self-run", value: formatBtc(figure(sim.hosted.totalBtc.minus(sim.self.totalBtc), "btc")) },
    ],
    monthly: { self: monthlyBreakdown("self", sim.self, s), hosted: monthlyBreakdown("hosted", sim.hosted, s) },
  };
}

export interface FlatView {
  side: SideName;
  flatDay: number | null;
  honestDay: number | null;
  sentence: string;
  grid: { dg: string; bg: string; day: number | null; text: string; own: boolean }[];
}

/** The salesperson's flat answer beside the honest one, and the nine-figure growth row. */
export function flatView(sim: Simulation): FlatView {
  const s = sim.scenario;
  const side: SideName = s.mode === "hosted" ? "hosted" : "self";
  const flat = flatPayback(s)[side];
  const honest = sim[side];
  const flatDay = flat?.breakEvenDay ?? null;
  const honestDay = honest?.breakEvenDay ?? null;
  const flatText = flatDay === null ? "never pays back" : `says day ${formatNumber(flatDay, 0)} (${months(flatDay)})`;
  const assumptions: string[] = [];
  if (!new Dec(s.difficultyGrowthPctPerMonth).isZero()) assumptions.push(`${formatNumber(s.difficultyGrowthPctPerMonth)} % difficulty growth a month`);
  if (!new Dec(s.btcPriceGrowthPctPerMonth).isZero()) assumptions.push(`${formatNumber(s.btcPriceGrowthPctPerMonth)} % price growth a month`);
  if (new Dec(s.uptimePct).lt(100)) assumptions.push(`${formatNumber(s.uptimePct)} % uptime`);
  if (s.useHistory) assumptions.unshift("the recorded history");
  const withText = assumptions.length ? `with ${assumptions.join(", ")}` : "with halvings and switching off";
  const honestText =
    honestDay === null ? `it never pays back within ${horizonText(s.horizonDays)}` : `it is day ${formatNumber(honestDay, 0)} (${months(honestDay)})`;
  const sentence = `The flat calculator ${flatText}; ${withText} ${honestText}.`;
  const cells = growthGrid(s);
  const grid = cells.map((c) => {
    const day = c.breakEvenDay[side] ?? null;
    return {
      dg: c.difficultyGrowthPctPerMonth,
      bg: c.btcPriceGrowthPctPerMonth,
      day,
      text: day === null ? "never" : `day ${formatNumber(day, 0)}`,
      own: c.difficultyGrowthPctPerMonth === s.difficultyGrowthPctPerMonth && c.btcPriceGrowthPctPerMonth === s.btcPriceGrowthPctPerMonth,
    };
  });
  return { side, flatDay, honestDay, sentence, grid };
}

export { GROWTH_GRID };
