/**
 * The rig ranking in words and figures: the JSON of GET /api/rigs, and the rows of the /rigs page
 * (formatted in the reader's language), with their sorting and filtering.
 */
import { Dec } from "../core/decimal";
import type { Scenario } from "../scenario/schema";
import { sharePath } from "../open/query";
import { FIELDS } from "../scenario/fields";
import { presetFits } from "./rig-choice";
import { efficiencyJPerTh } from "./convert";
import { releasedAfter, todaysNetworkFor } from "../rigs/era";
import { rigModelName } from "../i18n/rig-names";
import type { ScenarioField } from "../scenario/fields";
import { fieldUnit } from "../i18n/fields";
import type { SideName, SideSummary } from "../engine/simulate";
import { COOLINGS, MAKERS, RIGS, type Rig } from "../../data/rigs";

const RIGS_TOTAL = () => RIGS.length;

/** The mark before an estimated price and the figures that rest on it (the legend says what it means). */
export const ESTIMATE_MARK = "≈";
import { rankRig, rankRigs, rigsReleasedBy, type RankedRig, type RankOptions, type RankPrice } from "../rigs/rank";
import type { Fleet } from "../rigs/fleet";
import { indexEstimateNote } from "./index-note";
export { indexEstimateNote };
import { HISTORY_SPAN } from "../history/tables";
import { INDEX_STALE_DAYS, type IndexPrice } from "../rigs/price-index";
import { hasFleetGoal, type FleetGoal } from "../scenario/fleet";
import { rigQuoteJson, rigSourceJson } from "../rigs/sources";
import { sideJson, type SideJson } from "./result";
import { currencySymbol, figure, FORMATTERS } from "./format";
import { messagesFor } from "../i18n/messages";
import type { Locale } from "../i18n/locale";

/** Summary fields that need the rig's price: null for a rig without one. */
const PRICED_FIELDS = [
  "capex",
  "breakEvenDay",
  "breakEvenDate",
  "resaleValue",
  "netProfit",
  "roiPct",
  "costPerBtc",
  "btcIfBoughtInstead",
  "btcIfBoughtInsteadValue",
  "npv",
  "irrPctPerYear",
  "financing",
] as const satisfies readonly (keyof SideJson)[];

export type RigSideJson = { [K in keyof SideJson]: K extends (typeof PRICED_FIELDS)[number] ? SideJson[K] | null : SideJson[K] };

export interface RigPriceJson {
  /** Per rig, in the scenario's currency. */
  amount: string;
  currency: string;
  /**
   * "scenario": the link's own price for its own rig (the buyer's); "catalogue": a deal the
   * catalogue quotes; "index": an estimate from the price index for the start date.
   */
  from: RankPrice["from"];
  /** The catalogue's quote, and the CNY per USD rate of its month when it was converted. */
  quoted: { amount: string; currency: string; date: string; source: string; url: string } | null;
  /** The index figure behind an estimate: per TH in the scenario's currency, its band, date, age and source. */
  index: IndexJson | null;
  cnyPerUsd: string | null;
}

export interface IndexJson {
  perTh: string;
  band: string;
  date: string;
  ageDays: number;
  /** Older than 90 days at the start date. */
  stale: boolean;
  quoted: { perTh: string; currency: string };
  says: string;
  source: { publisher: string; title: string; url: string; published: string };
}

/** A fleet for the asked capacity or budget, money as decimal strings of the scenario's currency. */
export interface FleetJson {
  count: number | null;
  outlay: string | null;
  netProfit: string | null;
  breakEvenDay: number | null;
  profitPerMwYear: string | null;
}

export interface RigJson {
  id: string;
  name: string;
  maker: string;
  /** The figures the rig was ranked at: the catalogue's, or the link's own for the link's own rig (`ownFigures`). */
  hashrateThs: string;
  powerWatts: string;
  jPerTh: string;
  /** Present (true) when the row is the link's own rig at the link's hashrate and power, not the catalogue's. */
  ownFigures?: true;
  released: string;
  releasedApprox: boolean;
  cooling: string;
  price: RigPriceJson | null;
  source: { title: string; url: string; read: string };
  /** With `cap` or `budget`: the fleet of the scenario's side (self-run in compare mode; each side has its own). */
  fleet?: FleetJson;
  self?: RigSideJson & { fleet?: FleetJson };
  hosted?: RigSideJson & { fleet?: FleetJson };
}

function sideOf(summary: SideSummary, priced: boolean): RigSideJson {
  const json: RigSideJson = sideJson(summary);
  if (!priced) for (const f of PRICED_FIELDS) json[f] = null;
  return json;
}

function indexJson(i: IndexPrice): IndexJson {
  return {
    perTh: i.perTh,
    band: i.point.band.label,
    date: i.point.date,
    ageDays: i.ageDays,
    stale: i.stale,
    quoted: { perTh: i.point.perTh, currency: i.point.currency },
    says: i.point.says,
    source: { ...i.point.source },
  };
}

function priceJson(r: RankedRig, currency: string): RigPriceJson | null {
  if (!r.price) return null;
  const q = r.price.from === "catalogue" ? r.price.quote : null;
  const i = r.price.index;
  return {
    amount: figure(new Dec(r.price.amount), "money"),
    currency,
    from: r.price.from,
    quoted: q ? rigQuoteJson(r.rig, q.quoted) : null,
    index: i ? indexJson(i) : null,
    cnyPerUsd: q?.rate ?? i?.rate ?? null,
  };
}

function fleetJson(f: Fleet): FleetJson {
  const money = (d: Dec | null) => (d === null ? null : figure(d, "money"));
  return {
    count: f.count,
    outlay: money(f.outlay),
    netProfit: money(f.netProfit),
    breakEvenDay: f.breakEvenDay,
    profitPerMwYear: money(f.profitPerMwYear),
  };
}

/**
 * The hashrate, power and J/TH a rig was ranked at: the catalogue's, or, for the link's own rig, the
 * link's (the January 2018 S9 at 1,400 W at the wall, 1,400 ÷ 13.5 = 103.7 J/TH, against the
 * catalogue's nameplate 1,323 W and 98.0 J/TH). `own`: the link's figures, not the catalogue's.
 */
export function rankedFigures(r: RankedRig): { hashrateThs: string; powerWatts: string; jPerTh: string; own: boolean } {
  const own = !new Dec(r.scenario.hashrateThs).eq(r.rig.hashrateThs) || !new Dec(r.scenario.powerWatts).eq(r.rig.powerWatts);
  if (!own) return { hashrateThs: r.rig.hashrateThs, powerWatts: r.rig.powerWatts, jPerTh: r.rig.jPerTh, own };
  return {
    hashrateThs: new Dec(r.scenario.hashrateThs).toFixed(),
    powerWatts: new Dec(r.scenario.powerWatts).toFixed(),
    jPerTh: efficiencyJPerTh(r.scenario.powerWatts, r.scenario.hashrateThs) ?? r.rig.jPerTh,
    own,
  };
}

/**
 * One rig of GET /api/rigs: its catalogue row at the figures it was ranked at (the link's own rig at
 * the link's hashrate and power, marked `ownFigures`), the price used and the summary of each side.
 */
export function rigJson(r: RankedRig): RigJson {
  const { rig } = r;
  const figures = rankedFigures(r);
  const out: RigJson = {
    id: rig.id,
    name: rig.name,
    maker: rig.maker,
    hashrateThs: figures.hashrateThs,
    powerWatts: figures.powerWatts,
    jPerTh: figures.jPerTh,
    ...(figures.own ? { ownFigures: true as const } : {}),
    released: rig.released,
    releasedApprox: rig.releasedApprox,
    cooling: rig.cooling,
    price: priceJson(r, r.scenario.currency),
    source: rigSourceJson(rig),
  };
  const fleetSelf = r.fleet?.self ? fleetJson(r.fleet.self) : undefined;
  const fleetHosted = r.fleet?.hosted ? fleetJson(r.fleet.hosted) : undefined;
  if (r.sim.self) out.self = { ...sideOf(r.sim.self, r.price !== null), ...(fleetSelf ? { fleet: fleetSelf } : {}) };
  if (r.sim.hosted) out.hosted = { ...sideOf(r.sim.hosted, r.price !== null), ...(fleetHosted ? { fleet: fleetHosted } : {}) };
  const fleet = fleetSelf ?? fleetHosted;
  if (fleet) out.fleet = fleet;
  return out;
}

/**
 * What the ranking says about its prices: estimates from index figures over 90 days old at the
 * start date, and rigs the index cannot price on that date.
 */
export function priceWarnings(ranked: readonly RankedRig[], startDate: string): string[] {
  const warnings: string[] = [];
  const stale = ranked.filter((r) => r.price?.from === "index" && r.price.index?.stale);
  if (stale.length > 0) {
    const newest = stale.reduce((a, b) => ((a.price?.index?.ageDays ?? 0) <= (b.price?.index?.ageDays ?? 0) ? a : b));
    const point = newest.price?.index;
    warnings.push(
      `${stale.length} estimated price${stale.length === 1 ? "" : "s"} rest on index figures over ${INDEX_STALE_DAYS} days old at ${startDate} (the newest used, of ${point?.point.date ?? "?"}, is ${point?.ageDays ?? "?"} days old): estimates, not quotes`,
    );
  }
  const unpriced = ranked.filter((r) => r.price === null).map((r) => r.rig.id);
  if (unpriced.length > 0) {
    warnings.push(`no price on or before ${startDate} for ${unpriced.join(", ")}: the figures that need a price are null`);
  }
  return warnings;
}

/** The body of GET /api/rigs for a scenario (rigs released by its start date). */
export function rigsJson(
  base: Scenario,
  warnings: string[] = [],
  options: RankOptions = {},
  quotes: ReadonlyMap<string, string> = new Map(),
): { v: 1; rigs: RigJson[]; warnings: string[] } {
  // a rig the link quotes a price for (`quotes`, read) is ranked at it, as a price typed in its row on /rigs
  const ranked = rigsReleasedBy(base.startDate).map((rig) => {
    const amount = quotes.get(rig.id);
    return amount === undefined
      ? rankRig(base, rig, options)
      : rankRig({ ...base, rigPrice: amount }, rig, { ...options, own: { id: rig.id, priced: true } });
  });
  return { v: 1, rigs: ranked.map(rigJson), warnings: warnings.concat(priceWarnings(ranked, base.startDate)) };
}

/**
 * The calculator on `rig` with the site's figures: the link's keys, the rig's id, its price when it
 * has one. A rig the catalogue does not price takes no other rig's price: the link gives none and
 * the page asks for it (lib/present/rig-choice.ts priceOfAnotherRig), unless it is the scenario's
 * own rig, whose price stays.
 */
export function rigCalculatorPath(base: Scenario, r: RankedRig): string {
  const own = base.rig === r.rig.id || (base.rig === undefined && presetFits(base.preset, r.scenario));
  // the rig at the figures it was ranked at (the link's own rig at the link's hashrate and power)
  const path = sharePath({ ...r.scenario, rigPrice: r.price?.amount ?? base.rigPrice });
  const later = releasedAfter(r.rig, base.startDate);
  if ((r.price !== null || own) && !later) return path;
  const query = new URLSearchParams(path.slice(2));
  if (r.price === null && !own) query.delete(FIELDS.rigPrice.key);
  // a rig of later years opens on today's network (the page says so), never on the scenario's older one
  if (later)
    for (const [field, value] of Object.entries(todaysNetworkFor(base.currency)))
      if (value !== undefined) query.set(FIELDS[field as ScenarioField].key, value);
  return `/?${query.toString()}`;
}

// ---- the page's rows ----

/** The J/TH a rig was ranked at: the catalogue's, or the link's own figures' (1,400 W ÷ 13.5 TH/s = 103.7). */
function rankedJPerTh(r: RankedRig): RankCell {
  const j = rankedFigures(r).jPerTh;
  return { text: j, sort: j };
}

export const RANK_KEYS = [
  "name",
  "jPerTh",
  "price",
  "breakEvenDay",
  "netProfit",
  "roiPct",
  "fairRigPrice",
  "shutdownBtcPrice",
  "breakEvenElectricityPrice",
  "fleetCount",
  "fleetOutlay",
  "fleetNetProfit",
  "profitPerMwYear",
] as const;
export type RankKey = (typeof RANK_KEYS)[number];

/** The columns per rig, and with a capacity or budget the fleet's. */
export const PER_RIG_COLUMNS: readonly RankKey[] = [
  "name",
  "jPerTh",
  "price",
  "breakEvenDay",
  "netProfit",
  "roiPct",
  "fairRigPrice",
  "shutdownBtcPrice",
  "breakEvenElectricityPrice",
];
export const FLEET_COLUMNS: readonly RankKey[] = [
  "name",
  "jPerTh",
  "price",
  "fleetCount",
  "fleetOutlay",
  "fleetNetProfit",
  "breakEvenDay",
  "profitPerMwYear",
  "fairRigPrice",
];
export type SortDir = "asc" | "desc";

/** A cell: its text, its sort value (a decimal or plain text), and why it is empty. */
export interface RankCell {
  text: string;
  /** null sorts after every value in either direction. */
  sort: string | null;
  /** "never": does not pay back; "price": needs a price the catalogue lacks. */
  missing?: "never" | "price" | "none";
  tone?: "good" | "bad";
  /** The figure rests on an estimated price (the price index), not a quote. */
  estimate?: boolean;
}

export interface RigRowView {
  id: string;
  name: string;
  maker: string;
  cooling: string;
  coolingText: string;
  year: string;
  releasedText: string;
  specText: string;
  sourceUrl: string;
  priceNote: string | null;
  href: string;
  openLabel: string;
  /** Came out after the scenario's start date: greyed, its figures on a network it never saw; opens on today's network. */
  later: string | null;
  /** Cells per side shown (self, hosted). */
  sides: Partial<Record<SideName, Record<RankKey, RankCell>>>;
}

export interface RigsPageView {
  rows: RigRowView[];
  /** The table's columns: per rig, or the fleet's when a capacity or budget is asked. */
  columns: RankKey[];
  /** The capacity or budget asked, as the form shows it, and in words. */
  goal: FleetGoal;
  goalText: string | null;
  /** What the reader must know about the prices and the rigs shown. */
  notices: string[];
  /** Whether any price shown is an estimate (the legend is shown). */
  hasEstimates: boolean;
  /** The replay switch: shown when the start date is in the recorded history; on when the link replays it. */
  replay: { available: boolean; on: boolean };
  sides: SideName[];
  makers: string[];
  coolings: string[];
  years: string[];
  currency: string;
  /** "¥", "$": beside the price typed in a row; and the price's unit for its label ("CNY per rig", "元/台"). */
  currencySign: string;
  priceUnit: string;
}

function sideCells(r: RankedRig, s: SideSummary, fleet: Fleet | undefined, locale: Locale): Record<RankKey, RankCell> {
  const m = messagesFor(locale).rigs;
  const f = FORMATTERS[locale];
  const cur = r.scenario.currency;
  const priced = r.price !== null;
  const needPrice: RankCell = { text: m.addPrice, sort: null, missing: "price" };
  const estimate = r.price?.from === "index";
  const mark = estimate ? `${ESTIMATE_MARK}\u00a0` : "";
  const money = (d: Dec | null, tone = false): RankCell =>
    d === null
      ? { text: m.none, sort: null, missing: "none" }
      : { text: f.money(figure(d, "money"), cur, 0), sort: figure(d, "money"), ...(tone ? { tone: d.isNegative() ? "bad" : "good" } : {}) };
  const pricedMoney = (d: Dec | null, tone = false): RankCell => {
    const cell = money(d, tone);
    return d === null || !estimate ? cell : { ...cell, text: `${mark}${cell.text}`, estimate: true };
  };
  const count = fleet?.count ?? null;
  return {
    name: { text: r.rig.name, sort: r.rig.name },
    jPerTh: rankedJPerTh(r),
    price:
      priced && r.price
        ? { text: `${mark}${f.money(r.price.amount, cur, 0)}`, sort: r.price.amount, ...(estimate ? { estimate } : {}) }
        : needPrice,
    fleetCount:
      count === null
        ? fleet && !priced
          ? needPrice
          : { text: m.none, sort: null, missing: "none" }
        : { text: f.number(count, 0), sort: String(count) },
    fleetOutlay: fleet?.outlay ? pricedMoney(fleet.outlay) : !priced ? needPrice : { text: m.none, sort: null, missing: "none" },
    fleetNetProfit: fleet?.netProfit
      ? pricedMoney(fleet.netProfit, true)
      : !priced
        ? needPrice
        : { text: m.none, sort: null, missing: "none" },
    profitPerMwYear:
      fleet?.profitPerMwYear != null
        ? { ...pricedMoney(fleet.profitPerMwYear, true), text: `${pricedMoney(fleet.profitPerMwYear).text}${m.perMwYear}` }
        : !priced
          ? needPrice
          : { text: m.none, sort: null, missing: "none" },
    breakEvenDay: !priced
      ? needPrice
      : s.breakEvenDay === null
        ? { text: m.never, sort: null, missing: "never", tone: "bad" }
        : {
            text: `${mark}${m.day(f.number(s.breakEvenDay, 0))}`,
            sort: String(s.breakEvenDay),
            tone: "good",
            ...(estimate ? { estimate } : {}),
          },
    netProfit: priced ? pricedMoney(s.netProfit, true) : needPrice,
    roiPct: !priced
      ? needPrice
      : s.roiPct === null
        ? { text: m.none, sort: null, missing: "none" }
        : {
            text: `${mark}${f.number(figure(s.roiPct, "pct"), 0)} %`,
            sort: figure(s.roiPct, "pct"),
            tone: s.roiPct.isNegative() ? "bad" : "good",
            ...(estimate ? { estimate } : {}),
          },
    fairRigPrice: money(s.fairRigPrice),
    shutdownBtcPrice: money(s.shutdownBtcPrice),
    breakEvenElectricityPrice:
      s.breakEvenElectricityPrice === null
        ? { text: m.none, sort: null, missing: "none" }
        : {
            text: `${f.money(figure(s.breakEvenElectricityPrice, "pricePerKwh"), cur, 3)}${m.perKwh}`,
            sort: figure(s.breakEvenElectricityPrice, "pricePerKwh"),
          },
  };
}

/** One rig's row of the page, in the reader's language. */
export function rowView(base: Scenario, r: RankedRig, locale: Locale): RigRowView {
  const m = messagesFor(locale).rigs;
  const f = FORMATTERS[locale];
  const rig: Rig = r.rig;
  const month = f.month(`${rig.released}-01`);
  const sides: RigRowView["sides"] = {};
  if (r.sim.self) sides.self = sideCells(r, r.sim.self, r.fleet?.self, locale);
  if (r.sim.hosted) sides.hosted = sideCells(r, r.sim.hosted, r.fleet?.hosted, locale);
  const priceNote = r.price ? priceNoteOf(r.price, r.scenario.currency, locale) : null;
  return {
    id: rig.id,
    name: rigModelName(rig.name, locale),
    maker: rig.maker,
    cooling: rig.cooling,
    coolingText: m.coolings[rig.cooling] ?? rig.cooling,
    year: rig.released.slice(0, 4),
    releasedText: m.released(rig.releasedApprox ? `${m.approx} ${month}` : month),
    // the figures it was ranked at: the catalogue's, or the link's own for the link's own rig
    specText: `${f.number(r.scenario.hashrateThs, 1).replace(/\.0$/, "")} TH/s · ${f.number(r.scenario.powerWatts, 0)} W`,
    sourceUrl: rig.sourceUrl,
    priceNote,
    href: rigCalculatorPath(base, r),
    openLabel: m.open(rigModelName(rig.name, locale)),
    later: releasedAfter(rig, base.startDate) ? m.later(f.shortDate(base.startDate)) : null,
    sides,
  };
}

/** Where a rig's price comes from, in words: the buyer's, a dated deal, or a dated, sourced estimate. */
function priceNoteOf(price: RankPrice, currency: string, locale: Locale): string {
  const m = messagesFor(locale).rigs;
  const f = FORMATTERS[locale];
  if (price.from === "scenario") return m.priceYours;
  if (price.from === "catalogue") return m.priceDeal(f.shortDate(price.quote?.quoted.date ?? ""));
  return price.index ? indexEstimateNote(price.index, currency, locale) : "";
}

/** The /rigs page's rows for a scenario, in the reader's language (rigs released by its start date). */
export function rigsPageView(
  base: Scenario,
  locale: Locale,
  options: RankOptions & { network?: { kind: "recorded" | "today"; date: string } | null } = {},
): RigsPageView {
  const m = messagesFor(locale).rigs;
  const f = FORMATTERS[locale];
  // the page shows no IRR: not searched
  const ranked = rankRigs(base, { ...options, irr: false });
  const rows = ranked.map((r) => rowView(base, r, locale));
  const sides: SideName[] = base.mode === "compare" ? ["self", "hosted"] : [base.mode];
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const goal = options.goal ?? {};
  const asked = hasFleetGoal(goal);
  const goalParts: string[] = [];
  if (goal.capKw !== undefined) goalParts.push(m.capacityOf(capacityText(goal.capKw, locale)));
  if (goal.budget !== undefined) goalParts.push(m.budgetOf(f.money(goal.budget, base.currency, 0)));
  const notices: string[] = [];
  if (options.network) {
    const day = f.shortDate(options.network.date);
    notices.push(options.network.kind === "recorded" ? m.networkRecorded(day) : m.networkToday(day));
  }
  const stale = ranked.filter((r) => r.price?.from === "index" && r.price.index?.stale);
  if (stale.length > 0) {
    const newest = Math.min(...stale.map((r) => r.price?.index?.ageDays ?? 0));
    notices.push(m.indexStale(stale.length, f.number(newest, 0)));
  }
  const unpriced = ranked.filter((r) => r.price === null);
  if (unpriced.length > 0) notices.push(m.noPrice(unpriced.map((r) => r.rig.name).join(locale === "zh" ? "、" : ", ")));
  if (ranked.length < RIGS_TOTAL()) notices.push(m.releasedBy(f.shortDate(base.startDate), ranked.length));
  return {
    rows,
    columns: [...(asked ? FLEET_COLUMNS : PER_RIG_COLUMNS)],
    goal,
    goalText: asked ? m.fleetShown(goalParts.join(locale === "zh" ? "，" : " and ")) : null,
    notices,
    hasEstimates: ranked.some((r) => r.price?.from === "index"),
    replay: { available: base.startDate >= HISTORY_SPAN.from && base.startDate <= HISTORY_SPAN.to, on: base.useHistory },
    sides,
    makers: MAKERS.filter((mk) => rows.some((r) => r.maker === mk)),
    coolings: COOLINGS.filter((c) => rows.some((r) => r.cooling === c)),
    years,
    currency: base.currency,
    currencySign: currencySymbol(base.currency),
    priceUnit: fieldUnit("rigPrice", base.currency, locale),
  };
}

/** The page's view with no rows: when the ranking is not worked out (too heavy, or stopped), the rest of the page stays. */
export function emptyRigsPageView(base: Scenario, goal: FleetGoal, locale: Locale): RigsPageView {
  return {
    rows: [],
    columns: [],
    goal,
    goalText: null,
    notices: [],
    hasEstimates: false,
    replay: { available: false, on: false },
    sides: base.mode === "compare" ? ["self", "hosted"] : [base.mode],
    makers: [],
    coolings: [],
    years: [],
    currency: base.currency,
    currencySign: currencySymbol(base.currency),
    priceUnit: fieldUnit("rigPrice", base.currency, locale),
  };
}

export { filterRigRows, sortRigRows, firstDir, type RigFilter } from "./rigs-order";

/** A capacity in kW as a reader says it: "1 MW", "850 kW". */
export function capacityText(capKw: string, locale: Locale): string {
  const f = FORMATTERS[locale];
  const kw = new Dec(capKw);
  const mw = kw.gte(1000);
  const value = mw ? kw.div(1000) : kw;
  return `${f.number(value.toFixed(), Math.min(3, value.decimalPlaces()))} ${mw ? "MW" : "kW"}`;
}
