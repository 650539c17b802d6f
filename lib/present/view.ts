/**
 * What the page shows, computed here so that components only lay out and draw: headline texts and
 * figures as display strings (the charts' data is in ./chart).
 */
import { Dec, HUNDRED } from "../core/decimal";
import type { Scenario } from "../scenario/schema";
import type { SideName, SideSummary, Simulation } from "../engine/simulate";
import { GROWTH_GRID } from "../engine/flat";
import { flatPayback, growthGrid } from "../simulate-recorded";
import { figure, figureOrNull, FORMATTERS } from "./format";
import { messagesFor } from "../i18n/messages";
import type { Locale } from "../i18n/locale";
import { addDays } from "../core/dates";
import { efficiencyJPerTh } from "./convert";
import { localizeMessage } from "../i18n/notices";
import { fieldLabel } from "../i18n/fields";
import { todayFigures, type TodayFigure } from "./today";
import { DAYS_PER_MONTH } from "../core/decimal";

export const SIDE_LABEL: Record<SideName, string> = messagesFor("en").sides;

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
  /** The "today" row: per day and month at today's difficulty and price, 关机币价, static payback (./today.ts). */
  today: TodayFigure[];
}

/** "3 years", "500 days"; "3 年", "500 天". */
export function horizonText(days: number, locale: Locale = "en"): string {
  const m = messagesFor(locale);
  if (days % 365 === 0) return m.years(days / 365);
  return m.days(FORMATTERS[locale].number(days, 0));
}

function months(days: number, locale: Locale): string {
  const n = new Dec(days).div(DAYS_PER_MONTH);
  return messagesFor(locale).months(FORMATTERS[locale].number(n.toDecimalPlaces(1).toNumber(), 1));
}

/** The headline and figures of one side. */
export function sideView(side: SideName, x: SideSummary, s: Scenario, finalBtcPrice: Dec, locale: Locale = "en"): SideView {
  const cur = s.currency;
  const m = messagesFor(locale);
  const t = m.figures;
  const f = FORMATTERS[locale];
  const horizon = horizonText(s.horizonDays, locale);
  const paysBack = x.breakEvenDay !== null;
  const parts: [string, string, string] =
    x.breakEvenDay !== null && x.breakEvenDate !== null
      ? [m.paysBackOn(f.number(x.breakEvenDay, 0)), m.paysBackSep, f.longDate(x.breakEvenDate)]
      : m.notPaidBack(horizon);
  const headline = parts.join("");
  const short =
    x.breakEvenDay !== null && x.breakEvenDate !== null
      ? m.shortDay(f.number(x.breakEvenDay, 0), f.shortDate(x.breakEvenDate))
      : m.shortNever(horizon);
  const netProfit = figure(x.netProfit, "money");
  const roiPct = figureOrNull(x.roiPct, "pct");
  const money = (v: Dec) => f.money(figure(v, "money"), cur);
  const idle = new Dec(s.uptimePct).isZero();
  const perKwh = (v: Dec | null) => (v === null ? "—" : f.money(figure(v, "pricePerKwh"), cur, v.abs().lt(10) ? 3 : 2));
  const figures: Figure[] = [
    { id: "btc-mined", label: t.btcMined, value: f.btcShort(figure(x.totalBtc, "btc")), hint: t.over(horizon) },
    {
      id: "cost-per-btc",
      label: t.costPerBtc,
      value: x.costPerBtc === null ? "—" : money(x.costPerBtc),
      hint: t.btcOnDay1(f.money(s.btcPrice, cur)),
    },
    { id: "outlay", label: t.outlay, value: money(x.capex), hint: x.resaleValue.isZero() ? t.noResale : t.resale(money(x.resaleValue)) },
    { id: "revenue", label: t.revenue, value: money(x.totalRevenue), hint: t.costs(money(x.totalCost)) },
    {
      id: "shutdown",
      label: t.switchedOff,
      // at 0 % uptime nothing runs: not "never switched off"
      value: idle ? m.small.neverRuns : x.shutdownDay === null ? t.never : t.fromDay(f.number(x.shutdownDay, 0)),
      hint: idle ? m.small.zeroUptime : x.shutdownDay === null ? t.alwaysCovers : t.daysOff(f.number(x.daysOff, 0)),
    },
    {
      id: "hashprice",
      label: t.hashprice,
      value: f.money(figure(x.hashpricePerPhDay, "rate"), cur),
      hint: t.hashpriceHint,
    },
    {
      id: "break-even-power",
      label: t.breakEvenPower,
      value: x.breakEvenElectricityPrice === null ? "—" : t.perKwh(perKwh(x.breakEvenElectricityPrice)),
      hint: t.breakEvenPowerHint,
    },
    {
      id: "btc-instead",
      label: t.btcInstead,
      value: f.btcShort(figure(x.btcIfBoughtInstead, "btc")),
      hint: t.btcInsteadHint(money(x.btcIfBoughtInsteadValue), f.money(figure(finalBtcPrice, "money"), cur)),
    },
    {
      id: "first-day",
      label: t.firstDay,
      value: money(x.firstDay.profit),
      hint: t.firstDayHint(money(x.firstDay.revenue), money(x.firstDay.energyCost.plus(x.firstDay.fixedCost))),
    },
    ...moneyFigures(x, s, locale),
  ];
  return {
    side,
    label: m.sides[side],
    headline,
    headlineParts: parts,
    short,
    paysBack,
    breakEvenDay: x.breakEvenDay,
    roiPct,
    netProfit,
    netProfitText: money(x.netProfit),
    loss: x.netProfit.isNegative() && !x.netProfit.isZero(),
    // a whole per cent is what a buyer compares; the result object keeps two places
    roiText: roiPct === null ? "—" : `${f.fixed(roiPct, 0)} %`,
    figures,
    today: todayFigures(side, x, s, locale),
  };
}

/** Spec §8's figures of a side: fair rig price, shutdown coin price, NPV and IRR, and a loan. */
function moneyFigures(x: SideSummary, s: Scenario, locale: Locale): Figure[] {
  const t = messagesFor(locale).money;
  const f = FORMATTERS[locale];
  const money = (v: Dec) => f.money(figure(v, "money"), s.currency);
  const out: Figure[] = [];
  if (x.fairRigPrice !== null) {
    const gap = new Dec(s.rigPrice).minus(x.fairRigPrice);
    out.push({ id: "fair-price", label: t.fairPrice, value: money(x.fairRigPrice), hint: t.fairHint(money(gap.abs()), gap.isPositive()) });
  }
  out.push({
    id: "shutdown-price",
    label: t.shutdownPrice,
    value:
      x.shutdownBtcPrice === null ? "—" : x.shutdownBtcPrice.isZero() ? messagesFor(locale).today.noShutdown : money(x.shutdownBtcPrice),
    hint: t.shutdownHint,
  });
  const irr = x.irrPctPerYear;
  out.push({
    id: "npv",
    label: t.npv,
    value: money(x.npv),
    hint: t.npvHint(
      f.fixed(s.discountPctPerYear, 2),
      irr === null || irr === undefined ? t.irrNone : t.perYear(f.fixed(figure(irr, "pct"), 2)),
    ),
  });
  if (x.loan) {
    out.push({
      id: "loan",
      label: fieldLabel("loanPct", locale),
      value: money(x.loan.amount),
      hint: t.loan(money(x.loan.amount), money(x.loan.payment), money(x.loan.interestPaid)),
    });
  }
  return out;
}

export { chartView, CHART_POINTS, type ChartView, type ChartPoint, type Marker, type TableRow } from "./chart";

export interface CompareView {
  /** Which side ends ahead over the horizon, and by how much: "Running the rigs yourself wins: ¥26,904 more over 3 years." */
  winner: string;
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
function monthlyBreakdown(side: SideName, x: SideSummary, s: Scenario, locale: Locale): { label: string; value: string }[] {
  const cur = s.currency;
  const m = DAYS_PER_MONTH;
  const gross = x.hashpricePerPhDay.times(s.rigCount).times(s.hashrateThs).div(1000).times(s.uptimePct).div(HUNDRED).times(m);
  const pool = new Dec(s.poolFeePct).div(HUNDRED);
  const share = side === "hosted" ? new Dec(s.revenueSharePct).div(HUNDRED) : new Dec(0);
  const poolFee = gross.times(pool);
  const hostShare = gross.minus(poolFee).times(share);
  const money = (v: Dec) => FORMATTERS[locale].money(figure(v, "money"), cur);
  const t = messagesFor(locale).monthly;
  return [
    { label: t.electricity, value: money(x.firstDay.energyCost.times(m)) },
    { label: side === "self" ? t.running : t.hostingFees, value: money(x.firstDay.fixedCost.times(m)) },
    { label: t.hostShare, value: money(hostShare) },
    { label: t.poolFee, value: money(poolFee) },
  ];
}

export function compareView(sim: Simulation, locale: Locale = "en"): CompareView | null {
  const s = sim.scenario;
  if (s.mode !== "compare" || !sim.self || !sim.hosted) return null;
  const x = sim.crossoverElectricityPrice ?? null;
  const cur = s.currency;
  const m = messagesFor(locale);
  const f = FORMATTERS[locale];
  const crossoverPrice = figureOrNull(x, "pricePerKwh");
  const crossover =
    x === null
      ? new Dec(s.uptimePct).isZero()
        ? m.small.crossoverZeroUptime
        : // no crossover: the side ahead at this power price stays ahead at any price a site could pay
          m.small.crossoverNone(sim.self.netProfit.gte(sim.hosted.netProfit))
      : s.electricityPriceByMonth !== undefined
        ? // a price for each month: the crossover is the amount added to every month's price, said as such
          x.isNegative()
          ? m.crossoverShiftNegative(f.money(figure(x.abs(), "pricePerKwh"), cur, 3))
          : m.crossoverShiftPositive(f.money(figure(x, "pricePerKwh"), cur, 3))
        : x.isNegative()
          ? m.crossoverNegative(f.money(figure(x.abs(), "pricePerKwh"), cur, 3))
          : m.crossoverPositive(f.money(figure(x, "pricePerKwh"), cur, 3));
  // hosting against running the rigs yourself, as a sentence: which way and how much
  const netGap = new Dec(figure(sim.hosted.netProfit.minus(sim.self.netProfit), "money"));
  const btcGap = new Dec(figure(sim.hosted.totalBtc.minus(sim.self.totalBtc), "btc"));
  const netText = netGap.isZero() ? m.look.sameProfit : m.look.hostedProfit(f.money(netGap.abs().toString(), cur), netGap.isPositive());
  const btcText = btcGap.isZero() ? m.look.sameBtc : m.look.hostedBtc(f.btcShort(btcGap.abs().toString()), btcGap.isPositive());
  const dayDiff = (a: number | null, b: number | null) =>
    a === null || b === null
      ? a === b
        ? m.bothNever
        : a === null
          ? m.hostedNever
          : m.selfNever
      : a === b
        ? m.look.sameDay
        : m.look.hostedDays(f.number(Math.abs(b - a), 0), b > a);
  const over = horizonText(s.horizonDays, locale);
  const winner = netGap.isZero()
    ? m.compareEven(over)
    : m.compareWinner(netGap.isPositive() ? "hosted" : "self", f.money(netGap.abs().toString(), cur), over);
  return {
    winner,
    crossover,
    crossoverPrice,
    differences: [
      { id: "diff-net", label: m.diffNet, value: netText },
      { id: "diff-day", label: m.diffDay, value: dayDiff(sim.self.breakEvenDay, sim.hosted.breakEvenDay) },
      { id: "diff-btc", label: m.diffBtc, value: btcText },
    ],
    monthly: { self: monthlyBreakdown("self", sim.self, s, locale), hosted: monthlyBreakdown("hosted", sim.hosted, s, locale) },
  };
}

export interface FlatView {
  side: SideName;
  flatDay: number | null;
  honestDay: number | null;
  sentence: string;
  grid: { dg: string; bg: string; day: number | null; text: string; own: boolean }[];
  /** The grid's row (difficulty growth) and column (price growth) headings, in GROWTH_GRID's order. */
  rows: { dg: string; label: string }[];
  columns: { bg: string; label: string }[];
}

/** "+5 %", "0 %", "−5 %": a growth heading. */
function growthHeading(pct: string): string {
  const n = new Dec(pct);
  return n.isZero() ? "0 %" : n.isNegative() ? `−${n.abs().toString()} %` : `+${n.toString()} %`;
}

/** The salesperson's flat answer beside the honest one, and the nine-figure growth row. */
export function flatView(sim: Simulation, locale: Locale = "en"): FlatView {
  const m = messagesFor(locale);
  const f = FORMATTERS[locale];
  const s = sim.scenario;
  const side: SideName = s.mode === "hosted" ? "hosted" : "self";
  const flat = flatPayback(s)[side];
  const honest = sim[side];
  const flatDay = flat?.breakEvenDay ?? null;
  const honestDay = honest?.breakEvenDay ?? null;
  const flatText = flatDay === null ? m.flatNever : m.flatSays(f.number(flatDay, 0), months(flatDay, locale));
  const assumptions: string[] = [];
  if (!new Dec(s.difficultyGrowthPctPerMonth).isZero()) assumptions.push(m.withDifficulty(f.number(s.difficultyGrowthPctPerMonth)));
  if (!new Dec(s.btcPriceGrowthPctPerMonth).isZero()) assumptions.push(m.withPrice(f.number(s.btcPriceGrowthPctPerMonth)));
  if (new Dec(s.uptimePct).lt(100)) assumptions.push(m.withUptime(f.number(s.uptimePct)));
  if (s.useHistory) assumptions.unshift(m.withHistory);
  const withText = assumptions.length ? m.withList(assumptions) : m.withDefault;
  const honestText =
    honestDay === null ? m.honestNever(horizonText(s.horizonDays, locale)) : m.honestDay(f.number(honestDay, 0), months(honestDay, locale));
  const sentence = m.flatSentence(flatText, withText, honestText);
  const cells = growthGrid(s);
  const grid = cells.map((c) => {
    const day = c.breakEvenDay[side] ?? null;
    return {
      dg: c.difficultyGrowthPctPerMonth,
      bg: c.btcPriceGrowthPctPerMonth,
      day,
      text: day === null ? m.gridNever : m.day(f.number(day, 0)),
      own: c.difficultyGrowthPctPerMonth === s.difficultyGrowthPctPerMonth && c.btcPriceGrowthPctPerMonth === s.btcPriceGrowthPctPerMonth,
    };
  });
  const rows = GROWTH_GRID.difficulty.map((dg) => ({ dg, label: growthHeading(dg) }));
  const columns = GROWTH_GRID.price.map((bg) => ({ bg, label: growthHeading(bg) }));
  return { side, flatDay, honestDay, sentence, grid, rows, columns };
}

export { GROWTH_GRID };

/**
 * The one-line description of a scenario above its results.
 * Example: "13.5 TH/s · 1,323 W · 98.0 J/TH · from 15 Jan 2018 · 3 years"; with 100 rigs it starts "100 rigs × ".
 */
export function scenarioLine(s: Scenario, locale: Locale = "en"): string {
  const m = messagesFor(locale);
  const f = FORMATTERS[locale];
  const efficiency = efficiencyJPerTh(s.powerWatts, s.hashrateThs);
  const parts = [
    `${s.rigCount > 1 ? m.scenarioRigs(f.number(s.rigCount, 0)) : ""}${f.number(s.hashrateThs, 2)} TH/s`,
    `${f.number(s.powerWatts, 0)} W`,
    ...(efficiency === null ? [] : [`${efficiency} J/TH`]),
    m.scenarioFrom(f.shortDate(s.startDate)),
    horizonText(s.horizonDays, locale),
  ];
  return parts.join(" · ");
}

/**
 * The note under a history replay: which days used recorded figures, and what took over after.
 * Example: "Recorded difficulty, BTC price and block dates from 15 Jan 2018 to 7 Feb 2026."
 */
export function historyLine(
  history: { from: string; to: string; fees?: { from: string; to: string } | null },
  s: Scenario,
  notes: readonly string[] = [],
  locale: Locale = "en",
): string {
  const last = addDays(s.startDate, s.horizonDays - 1);
  const f = FORMATTERS[locale];
  const feesTo = history.fees ? f.shortDate(history.fees.to) : null;
  const base = messagesFor(locale).historyLine(f.shortDate(history.from), f.shortDate(history.to), history.to < last, feesTo);
  // the codec's notes are clauses ("recorded fees end on …"): here each is a sentence of its own
  const more = notes
    .map((n) => localizeMessage(n, locale))
    .map((n) => (locale === "zh" ? `${n}。` : `${n.charAt(0).toUpperCase()}${n.slice(1)}.`));
  return more.length ? `${base}${locale === "zh" ? "" : " "}${more.join(locale === "zh" ? "" : " ")}` : base;
}
