/**
 * What the page shows, computed here so that components only lay out and draw: headline texts and
 * figures as display strings (the charts' data is in ./chart).
 */
import { Dec, HUNDRED } from "./decimal";
import type { Scenario } from "./scenario/schema";
import type { SideName, SideSummary, Simulation } from "./engine/simulate";
import { flatPayback, growthGrid, GROWTH_GRID } from "./engine/flat";
import { figure, figureOrNull, formatBtc, formatFixed, formatLongDate, formatMoney, formatNumber, formatShortDate } from "./format";
import { addDays } from "./dates";
import { efficiencyJPerTh } from "./convert";
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
  /** The headline in three parts that join to it: the verdict, the separator, the date or horizon. */
  headlineParts: [string, string, string];
  /** "day 245 (16 Sep 2018)" or "never within 3 years": for a one-line summary. */
  short: string;
  paysBack: boolean;
  breakEvenDay: number | null;
  /** The §5 strings, for exact comparison with the CLI and the API. */
  roiPct: string | null;
  netProfit: string;
  netProfitText: string;
  /** Net profit below zero: the money is lost. */
  loss: boolean;
  roiText: string;
  figures: Figure[];
}

export function horizonText(days: number): string {
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
  const parts: [string, string, string] =
    x.breakEvenDay !== null && x.breakEvenDate !== null
      ? [`Pays back on day ${formatNumber(x.breakEvenDay, 0)}`, ", ", formatLongDate(x.breakEvenDate)]
      : ["Does not pay back", " ", `within ${horizonText(s.horizonDays)}`];
  const headline = parts.join("");
  const short =
    x.breakEvenDay !== null && x.breakEvenDate !== null
      ? `day ${formatNumber(x.breakEvenDay, 0)} (${formatShortDate(x.breakEvenDate)})`
      : `never within ${horizonText(s.horizonDays)}`;
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
    headlineParts: parts,
    short,
    paysBack,
    breakEvenDay: x.breakEvenDay,
    roiPct,
    netProfit,
    netProfitText: money(x.netProfit),
    loss: x.netProfit.isNegative() && !x.netProfit.isZero(),
    roiText: roiPct === null ? "—" : `${formatFixed(roiPct, 2)} %`,
    figures,
  };
}

export { chartView, CHART_POINTS, type ChartView, type ChartPoint, type Marker, type TableRow } from "./chart";

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

/**
 * The one-line description of a scenario above its results.
 * Example: "13.5 TH/s · 1,323 W · 98.0 J/TH · from 15 Jan 2018 · 3 years"; with 100 rigs it starts "100 rigs × ".
 */
export function scenarioLine(s: Scenario): string {
  const efficiency = efficiencyJPerTh(s.powerWatts, s.hashrateThs);
  const parts = [
    `${s.rigCount > 1 ? `${formatNumber(s.rigCount, 0)} rigs × ` : ""}${formatNumber(s.hashrateThs, 2)} TH/s`,
    `${formatNumber(s.powerWatts, 0)} W`,
    ...(efficiency === null ? [] : [`${efficiency} J/TH`]),
    `from ${formatShortDate(s.startDate)}`,
    horizonText(s.horizonDays),
  ];
  return parts.join(" · ");
}

/**
 * The note under a history replay: which days used recorded figures, and what took over after.
 * Example: "Recorded difficulty, BTC price and block dates from 15 Jan 2018 to 7 Feb 2026."
 */
export function historyLine(history: { from: string; to: string }, s: Scenario, notes: readonly string[] = []): string {
  const last = addDays(s.startDate, s.horizonDays - 1);
  const tail = history.to < last ? "; after that the growth rates take over." : ".";
  const base = `Recorded difficulty, BTC price and block dates from ${formatShortDate(history.from)} to ${formatShortDate(history.to)}${tail}`;
  return notes.length ? `${base} ${notes.join(" ")}` : base;
}
