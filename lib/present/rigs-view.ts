/**
 * The rig ranking in words and figures: the JSON of GET /api/rigs, and the rows of the /rigs page
 * (formatted in the reader's language), with their sorting and filtering.
 */
import { Dec } from "../core/decimal";
import type { Scenario } from "../scenario/schema";
import { fieldText, sharePath } from "../scenario/query";
import { FIELDS } from "../scenario/fields";
import { presetFits } from "./rig-choice";
import { releasedAfter, todaysNetworkFor } from "../rigs/era";
import { rigModelName } from "../i18n/rig-names";
import type { ScenarioField } from "../scenario/fields";
import { fieldLabel, fieldUnit } from "../i18n/fields";
import type { SideName, SideSummary } from "../engine/simulate";
import { COOLINGS, MAKERS, type Rig } from "../../data/rigs";
import { rankRigs, withRig, type RankedRig, type RankPrice } from "../rigs/rank";
import { rigQuoteJson, rigSourceJson } from "../rigs/sources";
import { sideJson, type SideJson } from "./result";
import { figure, FORMATTERS } from "./format";
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
  /** "scenario": the link's own price for its own rig; "catalogue": the catalogue's reference price. */
  from: RankPrice["from"];
  /** The catalogue's quote, and the CNY per USD rate of its month when it was converted. */
  quoted: { amount: string; currency: string; date: string; source: string; url: string } | null;
  cnyPerUsd: string | null;
}

export interface RigJson {
  id: string;
  name: string;
  maker: string;
  hashrateThs: string;
  powerWatts: string;
  jPerTh: string;
  released: string;
  releasedApprox: boolean;
  cooling: string;
  price: RigPriceJson | null;
  source: { title: string; url: string; read: string };
  self?: RigSideJson;
  hosted?: RigSideJson;
}

function sideOf(summary: SideSummary, priced: boolean): RigSideJson {
  const json: RigSideJson = sideJson(summary);
  if (!priced) for (const f of PRICED_FIELDS) json[f] = null;
  return json;
}

function priceJson(r: RankedRig, currency: string): RigPriceJson | null {
  if (!r.price) return null;
  const q = r.price.quote;
  return {
    amount: figure(new Dec(r.price.amount), "money"),
    currency,
    from: r.price.from,
    quoted: q ? rigQuoteJson(r.rig, q.quoted) : null,
    cnyPerUsd: q?.rate ?? null,
  };
}

/** One rig of GET /api/rigs: its catalogue row, the price used and the summary of each side. */
export function rigJson(r: RankedRig): RigJson {
  const { rig } = r;
  const out: RigJson = {
    id: rig.id,
    name: rig.name,
    maker: rig.maker,
    hashrateThs: rig.hashrateThs,
    powerWatts: rig.powerWatts,
    jPerTh: rig.jPerTh,
    released: rig.released,
    releasedApprox: rig.releasedApprox,
    cooling: rig.cooling,
    price: priceJson(r, r.scenario.currency),
    source: rigSourceJson(rig),
  };
  if (r.sim.self) out.self = sideOf(r.sim.self, r.price !== null);
  if (r.sim.hosted) out.hosted = sideOf(r.sim.hosted, r.price !== null);
  return out;
}

/** The body of GET /api/rigs for a scenario. */
export function rigsJson(base: Scenario, warnings: string[] = []): { v: 1; rigs: RigJson[]; warnings: string[] } {
  return { v: 1, rigs: rankRigs(base).map(rigJson), warnings };
}

/**
 * The calculator on `rig` with the site's figures: the link's keys, the rig's id, its price when it
 * has one. A rig the catalogue does not price takes no other rig's price: the link gives none and
 * the page asks for it (lib/present/rig-choice.ts priceOfAnotherRig), unless it is the scenario's
 * own rig, whose price stays.
 */
export function rigCalculatorPath(base: Scenario, r: RankedRig): string {
  const own = base.rig === r.rig.id || (base.rig === undefined && presetFits(base.preset, withRig(base, r.rig, base.rigPrice)));
  const path = sharePath(withRig(base, r.rig, r.price?.amount ?? base.rigPrice));
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
] as const;
export type RankKey = (typeof RANK_KEYS)[number];
export type SortDir = "asc" | "desc";

/** A cell: its text, its sort value (a decimal or plain text), and why it is empty. */
export interface RankCell {
  text: string;
  /** null sorts after every value in either direction. */
  sort: string | null;
  /** "never": does not pay back; "price": needs a price the catalogue lacks. */
  missing?: "never" | "price" | "none";
  tone?: "good" | "bad";
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
  sides: SideName[];
  makers: string[];
  coolings: string[];
  years: string[];
  currency: string;
}

function sideCells(r: RankedRig, s: SideSummary, locale: Locale): Record<RankKey, RankCell> {
  const m = messagesFor(locale).rigs;
  const f = FORMATTERS[locale];
  const cur = r.scenario.currency;
  const priced = r.price !== null;
  const needPrice: RankCell = { text: m.addPrice, sort: null, missing: "price" };
  const money = (d: Dec | null, tone = false): RankCell =>
    d === null
      ? { text: m.none, sort: null, missing: "none" }
      : { text: f.money(figure(d, "money"), cur, 0), sort: figure(d, "money"), ...(tone ? { tone: d.isNegative() ? "bad" : "good" } : {}) };
  return {
    name: { text: r.rig.name, sort: r.rig.name },
    jPerTh: { text: r.rig.jPerTh, sort: r.rig.jPerTh },
    price: priced && r.price ? { text: f.money(r.price.amount, cur, 0), sort: r.price.amount } : needPrice,
    breakEvenDay: !priced
      ? needPrice
      : s.breakEvenDay === null
        ? { text: m.never, sort: null, missing: "never", tone: "bad" }
        : { text: m.day(f.number(s.breakEvenDay, 0)), sort: String(s.breakEvenDay), tone: "good" },
    netProfit: priced ? money(s.netProfit, true) : needPrice,
    roiPct: !priced
      ? needPrice
      : s.roiPct === null
        ? { text: m.none, sort: null, missing: "none" }
        : {
            text: `${f.number(figure(s.roiPct, "pct"), 0)} %`,
            sort: figure(s.roiPct, "pct"),
            tone: s.roiPct.isNegative() ? "bad" : "good",
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

function rowView(base: Scenario, r: RankedRig, locale: Locale): RigRowView {
  const m = messagesFor(locale).rigs;
  const f = FORMATTERS[locale];
  const rig: Rig = r.rig;
  const month = f.month(`${rig.released}-01`);
  const sides: RigRowView["sides"] = {};
  if (r.sim.self) sides.self = sideCells(r, r.sim.self, locale);
  if (r.sim.hosted) sides.hosted = sideCells(r, r.sim.hosted, locale);
  const priceNote = r.price
    ? r.price.from === "scenario"
      ? m.priceYours
      : m.priceBulk(f.shortDate(r.price.quote?.quoted.date ?? rig.released))
    : null;
  return {
    id: rig.id,
    name: rigModelName(rig.name, locale),
    maker: rig.maker,
    cooling: rig.cooling,
    coolingText: m.coolings[rig.cooling] ?? rig.cooling,
    year: rig.released.slice(0, 4),
    releasedText: m.released(rig.releasedApprox ? `${m.approx} ${month}` : month),
    specText: `${f.number(rig.hashrateThs, 1).replace(/\.0$/, "")} TH/s · ${f.number(rig.powerWatts, 0)} W`,
    sourceUrl: rig.sourceUrl,
    priceNote,
    href: rigCalculatorPath(base, r),
    openLabel: m.open(rigModelName(rig.name, locale)),
    later: releasedAfter(rig, base.startDate) ? m.later(f.shortDate(base.startDate)) : null,
    sides,
  };
}

/** The /rigs page's rows for a scenario, in the reader's language. */
export function rigsPageView(base: Scenario, locale: Locale): RigsPageView {
  const ranked = rankRigs(base);
  const rows = ranked.map((r) => rowView(base, r, locale));
  const sides: SideName[] = base.mode === "compare" ? ["self", "hosted"] : [base.mode];
  const years = [...new Set(rows.map((r) => r.year))].sort();
  return {
    rows,
    sides,
    makers: MAKERS.filter((mk) => rows.some((r) => r.maker === mk)),
    coolings: COOLINGS.filter((c) => rows.some((r) => r.cooling === c)),
    years,
    currency: base.currency,
  };
}

export interface RigFilter {
  maker: string;
  cooling: string;
  year: string;
}

/** Rows matching the filter ("" = any). */
export function filterRigRows(rows: readonly RigRowView[], filter: RigFilter): RigRowView[] {
  return rows.filter(
    (r) =>
      (!filter.maker || r.maker === filter.maker) &&
      (!filter.cooling || r.cooling === filter.cooling) &&
      (!filter.year || r.year === filter.year),
  );
}

function compareCells(a: RankCell, b: RankCell, key: RankKey, dir: SortDir): number {
  if (a.sort === null || b.sort === null) {
    if (a.sort === b.sort) return 0;
    return a.sort === null ? 1 : -1;
  }
  const order = key === "name" ? a.sort.localeCompare(b.sort) : new Dec(a.sort).cmp(b.sort);
  return dir === "asc" ? order : -order;
}

/**
 * Rows sorted by a column of one side: decimals compared exactly, empty cells (never pays back, no
 * price) last in either direction, ties in the catalogue's order.
 */
export function sortRigRows(rows: readonly RigRowView[], side: SideName, key: RankKey, dir: SortDir): RigRowView[] {
  const indexed = rows.map((row, i) => ({ row, i }));
  const cell = (r: RigRowView) => r.sides[side]?.[key] ?? { text: "", sort: null };
  indexed.sort((a, b) => compareCells(cell(a.row), cell(b.row), key, dir) || a.i - b.i);
  return indexed.map((x) => x.row);
}

/** The direction a column sorts in first: lower is better for J/TH, price, the payback day and the shutdown price. */
export function firstDir(key: RankKey): SortDir {
  return key === "name" || key === "jPerTh" || key === "price" || key === "breakEvenDay" || key === "shutdownBtcPrice" ? "asc" : "desc";
}

/** The site's figures the ranking keeps, as "label: value unit" pairs for the page's summary line. */
export function siteFigures(base: Scenario, locale: Locale): { label: string; value: string }[] {
  const fields: ScenarioField[] = [
    "currency",
    ...(base.mode !== "hosted" ? (["electricityPrice"] as const) : []),
    ...(base.mode !== "self" ? (["hostingPricePerKwh"] as const) : []),
    "poolFeePct",
    "uptimePct",
    "horizonDays",
    "startDate",
    "difficultyGrowthPctPerMonth",
    "coinPolicy",
  ];
  const m = messagesFor(locale);
  return fields.map((field) => {
    const raw = fieldText(base, field) ?? "";
    // the coins' policy in words ("Sell daily"), not its link value ("daily")
    const text = field === "coinPolicy" ? (m.money.policyOptions[raw] ?? raw) : raw;
    const unit = field === "startDate" ? "" : fieldUnit(field, base.currency, locale);
    return { label: fieldLabel(field, locale), value: unit ? `${text} ${unit}` : text };
  });
}
