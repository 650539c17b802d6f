/**
 * The page's coin-policy panel (spec §8): the scenario's first side under each coin policy, beside
 * the same money put into BTC on day 1, with a small position chart under each; and the fair price
 * against the rig price. Display strings and drawing numbers only; the engine does the sums.
 */
import { Dec } from "../core/decimal";
import type { CoinPolicy, Scenario } from "../scenario/schema";
import type { SideName, SideSummary, Simulation } from "../engine/simulate";
import { boughtInsteadDays, policyDays } from "../engine/money";
import { simulate } from "../simulate-recorded";
import { indexPriceOn } from "../rigs/price-index";
import { bandText } from "./index-band";
import { figure, FORMATTERS, toChartNumber } from "./format";
import { messagesFor } from "../i18n/messages";
import type { Locale } from "../i18n/locale";

export const POLICIES: readonly CoinPolicy[] = ["daily", "hold", "cover"];
/** Points of each small chart. */
const SPARK_POINTS = 120;
/** The small chart's box, in SVG units. */
export const SPARK_BOX = { width: 200, height: 60 } as const;

export interface PolicyColumn {
  id: CoinPolicy | "btc";
  label: string;
  netProfit: string;
  netProfitText: string;
  loss: boolean;
  breakEvenText: string;
  heldText: string | null;
  chosen: boolean;
  /** SVG polyline points of the position, in SPARK_BOX, on one scale for all columns. */
  points: string;
}

export interface MoneyView {
  side: SideName;
  intro: string;
  columns: PolicyColumn[];
  /** y of the zero line in SPARK_BOX, or null when every position is on one side of it. */
  zeroY: number | null;
  fairSentence: string;
  /**
   * Beside the fair price, what the market asked: the price index's estimate for a rig of this
   * efficiency on the start date (its date, band and source), or that it has none that early.
   */
  marketSentence: string;
  /** The index's estimate per rig as a decimal string, or null when it has none. */
  marketEstimate: string | null;
  /** The §5 string of the fair price, for tests. */
  fairRigPrice: string | null;
  /** When another coin policy's outcome differs in sign from the chosen one's: that policy in a line, for the headline card. */
  flip: PolicyFlip | null;
}

/** Another coin policy that pays back where the chosen one does not, or the other way round. */
export interface PolicyFlip {
  policy: CoinPolicy;
  /** "Holding the coins instead: net profit +¥94,446 (pays back on day 1,023)." */
  text: string;
}

/** −1, 0 or 1: whether a column's net profit (a §5 money string) loses, breaks even or gains. */
function signOf(netProfit: string): number {
  return new Dec(netProfit).cmp(0);
}

/**
 * The coin policy whose net profit has the other sign from the chosen policy's (one pays back, the
 * other does not), said in a line; of two such, the one furthest from the chosen figure; null when
 * every policy's net profit has the chosen one's sign (or either is exactly 0). The column of BTC
 * bought on day 1 is no coin policy and never counts. Example (the S9 replay of 2018): selling daily
 * nets −¥14,357.85, holding +¥94,445.97 and selling for costs +¥40,577.02: holding is 108,803.82
 * away, selling for costs 54,934.87, so the line names holding.
 */
export function policyFlip(columns: readonly PolicyColumn[], currency: string, locale: Locale = "en"): PolicyFlip | null {
  const chosen = columns.find((c) => c.chosen);
  if (!chosen) return null;
  const own = signOf(chosen.netProfit);
  if (own === 0) return null;
  let best: { column: PolicyColumn; gap: Dec } | null = null;
  for (const column of columns) {
    if (column.chosen || column.id === "btc" || signOf(column.netProfit) !== -own) continue;
    const gap = new Dec(column.netProfit).minus(chosen.netProfit).abs();
    if (best === null || gap.gt(best.gap)) best = { column, gap };
  }
  if (best === null) return null;
  const { column } = best;
  const policy = column.id;
  if (policy === "btc") return null;
  const t = messagesFor(locale).money;
  const amount = FORMATTERS[locale].money(column.netProfit, currency);
  return { policy, text: t.flip(t.flipPolicy[policy], `${signOf(column.netProfit) > 0 ? "+" : ""}${amount}`, column.breakEvenText) };
}

function firstSide(sim: Simulation): { name: SideName; x: SideSummary } {
  if (sim.self) return { name: "self", x: sim.self };
  if (sim.hosted) return { name: "hosted", x: sim.hosted };
  throw new Error("a simulation has a side");
}

/** Every `step`-th value and the last. */
function thin<T>(values: readonly T[]): T[] {
  const step = Math.max(1, Math.ceil(values.length / SPARK_POINTS));
  const out = values.filter((_, i) => i % step === 0);
  const last = values[values.length - 1];
  if (last !== undefined && values.length % step !== 1 && step > 1) out.push(last);
  return out;
}

/** The panel for a scenario: three runs of the engine with their schedules. */
export function moneyView(s: Scenario, locale: Locale = "en"): MoneyView {
  const m = messagesFor(locale);
  const t = m.money;
  const f = FORMATTERS[locale];
  const money = (v: Dec) => f.money(figure(v, "money"), s.currency);
  const series: number[][] = [];
  const columns: PolicyColumn[] = [];
  let chosen: { name: SideName; x: SideSummary; sim: Simulation } | null = null;
  for (const policy of POLICIES) {
    const sim = simulate({ ...s, coinPolicy: policy }, { schedule: true, irr: false });
    const { name, x } = firstSide(sim);
    if (policy === s.coinPolicy) chosen = { name, x, sim };
    const days = (sim.schedule ?? []).flatMap((row) => {
      const side = row[name];
      return side ? [{ btcPrice: row.btcPrice, side }] : [];
    });
    const positions = policyDays({ days, capex: x.capex, policy, loan: x.loan }).map((d) => d.position);
    series.push(thin(positions).map(toChartNumber));
    columns.push({
      id: policy,
      label: t.columns[policy] ?? policy,
      netProfit: figure(x.netProfit, "money"),
      netProfitText: money(x.netProfit),
      loss: x.netProfit.isNegative() && !x.netProfit.isZero(),
      breakEvenText: x.breakEvenDay === null ? t.never : t.paysBack(f.number(x.breakEvenDay, 0)),
      heldText: policy === "daily" ? null : t.held(f.btc(figure(x.btcHeld, "btc"))),
      chosen: policy === s.coinPolicy,
      points: "",
    });
  }
  if (!chosen) throw new Error("the chosen policy is one of the three");
  const { name, x, sim } = chosen;
  // the same money in BTC on day 1: its position is the coins' value minus the outlay
  const prices = (sim.schedule ?? []).map((row) => row.btcPrice);
  const instead = boughtInsteadDays({ prices, capex: x.capex, btcPrice: prices[0] ?? x.capex });
  const lastInstead = instead[instead.length - 1];
  series.push(thin(instead).map(toChartNumber));
  columns.push({
    id: "btc",
    label: t.columns.btc ?? "BTC",
    netProfit: lastInstead ? figure(lastInstead, "money") : "0.00",
    netProfitText: lastInstead ? money(lastInstead) : "—",
    loss: lastInstead !== undefined && lastInstead.isNegative() && !lastInstead.isZero(),
    // worth the outlay on the day it is bought: a payback day would always read "day 1"; more, the
    // same or less as the figure shows it (a difference that rounds to 0.00 is the same)
    breakEvenText: t.insteadEnds(lastInstead === undefined ? -1 : signOf(figure(lastInstead, "money"))),
    heldText: t.held(f.btc(figure(x.btcIfBoughtInstead, "btc"))),
    chosen: false,
    points: "",
  });
  // one scale for every column, so the charts compare
  const all = series.flat();
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all);
  const span = hi - lo || 1;
  const y = (v: number) => (SPARK_BOX.height * (hi - v)) / span;
  series.forEach((values, i) => {
    const column = columns[i];
    if (!column) return;
    const last = Math.max(1, values.length - 1);
    column.points = values.map((v, j) => `${((SPARK_BOX.width * j) / last).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
  });
  const fair = x.fairRigPrice;
  let fairSentence: string = t.fairNone;
  if (fair !== null) {
    const gap = figure(s.rigPrice === "0" ? fair.neg() : fair.neg().plus(s.rigPrice), "money");
    const gapNumber = Number(gap);
    fairSentence =
      gapNumber === 0
        ? t.fairExact(money(fair))
        : t.fairSentence(money(fair), f.money(Math.abs(gapNumber).toFixed(2), s.currency), gapNumber > 0);
  }
  const market = indexPriceOn({ rig: { hashrateThs: s.hashrateThs, powerWatts: s.powerWatts }, date: s.startDate, currency: s.currency });
  let marketSentence: string = t.marketNone(f.shortDate(s.startDate));
  if (market) {
    const said = t.marketSaid(
      money(new Dec(s.rigPrice)),
      f.money(market.amount, s.currency, 0),
      bandText(market.point.band, locale),
      f.shortDate(market.point.date),
      market.point.source.publisher,
    );
    marketSentence = market.ageDays > 0 ? `${said} ${t.marketAge(f.number(market.ageDays, 0), market.stale)}` : said;
  }
  return {
    side: name,
    intro: t.intro(m.sides[name]),
    columns,
    zeroY: lo < 0 && hi > 0 ? y(0) : null,
    fairSentence,
    marketSentence,
    marketEstimate: market ? market.amount : null,
    fairRigPrice: fair === null ? null : figure(fair, "money"),
    flip: policyFlip(columns, s.currency, locale),
  };
}
