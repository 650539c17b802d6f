/**
 * The power contract's editors as pure text work (issue 16, keys in the power-keys design):
 * twelve month prices (kwhm, hkwhm) and their templates, the peak hours (peak) as a 24-hour strip,
 * the outage list (out), and the months shaded on the daily chart. The form keeps every value as
 * the text a link carries; these functions read and write those texts and say what is wrong with
 * them, so the components only lay out. The grammar and the bounds of each list are its codec's
 * (lib/scenario/power.ts); here they are read piece by piece, to name every piece that is wrong.
 */
import { Dec } from "../core/decimal";
import { dateParts, dayNumber, addDays } from "../core/dates";
import { at } from "../core/at";
import { TARIFF_TEMPLATES, type TariffTemplate } from "../../data/tariff-templates";
import { FieldSchemas } from "../open/schema";
import {
  formatHourSpan,
  formatOutagePiece,
  formatPeakHours,
  hoursOf,
  listPieces,
  outageParts,
  readHourSpan,
  readListNumber,
  readOutageCost,
  readOutageDay,
  type HourSpan,
} from "../scenario/power";
import { FIELDS, type ScenarioField } from "../scenario/fields";

export const MONTHS_IN_YEAR = 12;
export const HOURS_IN_DAY = 24;

/** The fields of the power contract (the power-keys design). */
export const POWER_FIELDS = [
  "electricityPriceByMonth",
  "hostingPriceByMonth",
  "peakElectricityPrice",
  "peakHostingPrice",
  "peakHours",
  "peakDays",
  "outages",
  "demandResponseCredit",
  "demandResponseHours",
  "hostedDemandResponseCredit",
  "hostedDemandResponseHours",
  "hostingMinimumMonths",
  "hostingExitFeePerRig",
  "hostingEscalationPctPerYear",
  "hostingDepositMonths",
  "hostingUptimePct",
] as const satisfies readonly ScenarioField[];

export type PowerField = (typeof POWER_FIELDS)[number];
export type PowerTexts = Record<PowerField, string>;
/** Their URL keys, as the fields' table writes them (lib/scenario/fields.ts): kwhm, hkwhm, kwhp, … */
export const POWER_KEYS = Object.fromEntries(POWER_FIELDS.map((f) => [f, FIELDS[f].key])) as Readonly<Record<PowerField, string>>;

/**
 * Whether a power field's text sets something: not empty and not its default (dr = 0 is no credit).
 * Example: powerFieldSet("demandResponseCredit", "0") = false; powerFieldSet("peakHours", "8-11") = true.
 */
export function powerFieldSet(field: PowerField, text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  const absent = FieldSchemas[field].safeParse(undefined);
  const given = FieldSchemas[field].safeParse(t);
  if (!absent.success || absent.data === undefined || !given.success) return true;
  return String(absent.data) !== String(given.data);
}

const decimalOf = readListNumber;

/** Canonical text of a decimal: plain notation, no trailing zeros, no "-0". */
function plain(v: Dec): string {
  return v.isZero() ? "0" : v.toFixed();
}

// ---------------------------------------------------------------------------------------------
// Twelve month prices

/**
 * The twelve cells of a month schedule as typed: "a,b,…" split at commas and trimmed, padded with
 * empty cells to twelve (a thirteenth and later are kept, so the refusal can name them).
 * Example: splitMonths("0.08, 0.28") = ["0.08", "0.28", "", …] (12 cells); splitMonths("") = twelve "".
 */
export function splitMonths(text: string): string[] {
  const cells = text.trim() === "" ? [] : listPieces(text);
  while (cells.length < MONTHS_IN_YEAR) cells.push("");
  return cells;
}

/** The schedule's text as a link writes it: the cells trimmed, joined by commas. */
export function joinMonths(cells: readonly string[]): string {
  return cells.map((c) => c.trim()).join(",");
}

/** Twelve copies of the flat price (the "flat" template). Example: flatMonths(" 0.35 ") = "0.35,0.35,…" (12). */
export function flatMonths(flat: string): string {
  return joinMonths(Array.from({ length: MONTHS_IN_YEAR }, () => flat.trim()));
}

/** Per cell, whether it is a number within `[min, max]` (the bounds of kwh or hkwh). */
export function monthCellsValid(cells: readonly string[], bounds: { min: string; max: string }): boolean[] {
  return cells.map((c) => {
    const v = decimalOf(c);
    return v !== null && v.gte(bounds.min) && v.lte(bounds.max);
  });
}

/** A template's yuan price for each month, January … December. */
export function templateYuan(template: TariffTemplate): string[] {
  const out: string[] = Array.from({ length: MONTHS_IN_YEAR }, () => "");
  for (const season of template.seasons) for (const m of season.months) out[m - 1] = season.cnyPerKwh;
  return out;
}

export type TemplateId = "flat" | TariffTemplate["id"];
export const TEMPLATE_IDS: readonly TemplateId[] = ["flat", ...TARIFF_TEMPLATES.map((t) => t.id)];

export interface TemplateInput {
  id: TemplateId;
  side: "self" | "hosted";
  /** The side's flat price (kwh or hkwh) as typed. */
  flat: string;
  currency: "CNY" | "USD";
  /** CNY per USD, used when the scenario is in dollars. */
  cnyPerUsd: string;
}

/**
 * A template's twelve prices in the scenario's currency, as the text of kwhm or hkwhm, or null
 * when a figure it needs is not a number (the flat price, the exchange rate).
 * - flat: twelve copies of the flat price.
 * - a sourced template, self-run: its yuan prices (data/tariff-templates.ts), in dollars at the rate
 *   to four places.
 * - a sourced template, hosted: the host's flat all-in price stands for its dearest months, and the
 *   cheaper power of the other months is passed on: flat − (dearest − the month's price).
 * Examples: sichuan, self, CNY → 0.28 Jan–Apr, 0.08 May–Oct, 0.28 Nov–Dec;
 * sichuan, hosted, flat 1.2 CNY → 1.2 Jan–Apr, 1 May–Oct (1.2 − (0.28 − 0.08)), 1.2 Nov–Dec.
 */
export function templateMonths(input: TemplateInput): string | null {
  if (input.id === "flat") return decimalOf(input.flat) === null ? null : flatMonths(input.flat);
  const template = TARIFF_TEMPLATES.find((t) => t.id === input.id);
  if (!template) return null;
  const rate = input.currency === "USD" ? decimalOf(input.cnyPerUsd) : new Dec(1);
  if (rate === null || rate.lte(0)) return null;
  const yuan = templateYuan(template).map((y) => new Dec(y));
  const dearest = Dec.max(...yuan);
  const inCurrency = (v: Dec) => (input.currency === "USD" ? v.div(rate).toDecimalPlaces(4, Dec.ROUND_HALF_UP) : v);
  if (input.side === "self") return joinMonths(yuan.map((y) => plain(inCurrency(y))));
  const flat = decimalOf(input.flat);
  if (flat === null) return null;
  return joinMonths(yuan.map((y) => plain(flat.minus(inCurrency(dearest.minus(y))))));
}

/** Which template gives exactly this schedule (for the chosen chip), or null. */
export function matchingTemplate(text: string, input: Omit<TemplateInput, "id">): TemplateId | null {
  if (text.trim() === "") return null;
  const cells = joinMonths(splitMonths(text));
  for (const id of TEMPLATE_IDS) {
    const t = templateMonths({ ...input, id });
    if (t !== null && joinMonths(splitMonths(t)) === cells) return id;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Peak hours

export type PeakIssue =
  { kind: "format"; piece: string } | { kind: "empty"; piece: string } | { kind: "overlap"; a: string; b: string; hour: number };

export { hoursOf, formatHourSpan as spanText };

/**
 * Reads the peak hours text: spans `start-end` in whole hours 0…24, comma-separated, end
 * exclusive, wrapping midnight when end < start. Every piece that cannot be read, every empty span
 * and every pair that shares an hour is reported, named as typed.
 * Example: readPeakHours("8-11,18-22") = { spans: [8–11, 18–22], issues: [] };
 * readPeakHours("8-12,10-14") reports { kind: "overlap", a: "8-12", b: "10-14", hour: 10 }.
 */
export function readPeakHours(text: string): { spans: HourSpan[]; issues: PeakIssue[] } {
  const spans: HourSpan[] = [];
  const issues: PeakIssue[] = [];
  if (text.trim() === "") return { spans, issues };
  const owner = new Map<number, string>();
  for (const piece of listPieces(text)) {
    const read = readHourSpan(piece);
    if (!read.ok) {
      issues.push({ kind: read.kind === "empty" ? "empty" : "format", piece });
      continue;
    }
    const span = read.span;
    const clash = hoursOf(span).find((h) => owner.has(h));
    if (clash !== undefined) {
      issues.push({ kind: "overlap", a: owner.get(clash) ?? "", b: piece, hour: clash });
      continue;
    }
    for (const h of hoursOf(span)) owner.set(h, piece);
    spans.push(span);
  }
  return { spans, issues };
}

/** The 24 hours of a day, true in the peak. */
export function peakHourFlags(spans: readonly HourSpan[]): boolean[] {
  const flags: boolean[] = Array.from({ length: HOURS_IN_DAY }, () => false);
  for (const s of spans) for (const h of hoursOf(s)) flags[h] = true;
  return flags;
}

/**
 * The shortest spans text for a set of hours: runs of peak hours, a run through midnight written
 * as one wrapping span, the whole day as "0-24", none as "".
 * Example: hoursText(flags of 22, 23, 0, 1 and 8, 9, 10) = "8-11,22-2".
 */
export function hoursText(flags: readonly boolean[]): string {
  if (flags.every((f) => f)) return `0-${HOURS_IN_DAY}`;
  if (!flags.some((f) => f)) return "";
  // start the walk at an off hour, so a run through midnight is read whole
  const first = flags.findIndex((f) => !f);
  const spans: HourSpan[] = [];
  let start: number | null = null;
  for (let i = 1; i <= HOURS_IN_DAY; i++) {
    const h = (first + i) % HOURS_IN_DAY;
    const on = at(flags, h, "an hour of the day");
    if (on && start === null) start = h;
    if (!on && start !== null) {
      spans.push({ start, end: h === 0 ? HOURS_IN_DAY : h });
      start = null;
    }
  }
  return formatPeakHours(spans);
}

/** The text after clicking one hour of the strip: that hour flipped, the rest as read. */
export function toggleHour(text: string, hour: number): string {
  const flags = peakHourFlags(readPeakHours(text).spans);
  if (hour < 0 || hour >= HOURS_IN_DAY) return text;
  flags[hour] = !at(flags, hour, "an hour of the day");
  return hoursText(flags);
}

/** How many hours of the day are peak. */
export function peakHourCount(text: string): number {
  return peakHourFlags(readPeakHours(text).spans).filter((f) => f).length;
}

// ---------------------------------------------------------------------------------------------
// Outages

/** One outage as typed: first and last day off (both included), and a cost per rig (may be empty). */
export interface OutageRow {
  from: string;
  to: string;
  cost: string;
}

export type OutageIssue = { kind: "from" } | { kind: "to" } | { kind: "order" } | { kind: "cost" } | { kind: "overlap"; other: number };

/** Reads `out`: "from_to[_cost]" pieces, comma-separated. Example: "2021-06-20_2021-11-30_800" → one row. */
export function readOutages(text: string): OutageRow[] {
  if (text.trim() === "") return [];
  return listPieces(text).map((piece) => {
    const [from = "", to = "", cost = ""] = outageParts(piece);
    return { from: from.trim(), to: to.trim(), cost: cost.trim() };
  });
}

function blank(row: OutageRow): boolean {
  return row.from.trim() === "" && row.to.trim() === "" && row.cost.trim() === "";
}

/**
 * The rows as `out` writes them; a row left wholly empty (just added) is not written, and a cost
 * left empty is left out. Example: [{2021-06-20, 2021-11-30, "800"}] → "2021-06-20_2021-11-30_800".
 */
export function outagesText(rows: readonly OutageRow[]): string {
  return rows
    .filter((r) => !blank(r))
    .map((r) => formatOutagePiece({ from: r.from.trim(), to: r.to.trim(), cost: r.cost.trim() }))
    .join(",");
}

/**
 * What is wrong with each row, or null: a day that is not a real date within the outages' bounds, a
 * span that ends before it starts, a cost that is not a number within its bounds (lib/scenario/power.ts),
 * a span sharing a day with an earlier row (named by its index). A wholly empty row is not wrong: it is not written.
 */
export function outageIssues(rows: readonly OutageRow[]): (OutageIssue | null)[] {
  const read: ({ from: number; to: number } | null)[] = [];
  return rows.map((row) => {
    read.push(null);
    if (blank(row)) return null;
    const from = readOutageDay(row.from.trim());
    const to = readOutageDay(row.to.trim());
    if (from === null) return { kind: "from" };
    if (to === null) return { kind: "to" };
    if (to < from) return { kind: "order" };
    if (row.cost.trim() !== "" && readOutageCost(row.cost.trim()) === null) return { kind: "cost" };
    const other = read.findIndex((r) => r !== null && r.from <= to && from <= r.to);
    read[read.length - 1] = { from, to };
    return other >= 0 ? { kind: "overlap", other } : null;
  });
}

/** Days off within a horizon, for the list's summary. Example: 2021-06-20…2021-11-30 inside the horizon = 164 days. */
export function outageDaysWithin(rows: readonly OutageRow[], startDate: string, horizonDays: number): number {
  const start = dayNumber(startDate);
  if (start === null) return 0;
  const last = start + horizonDays - 1;
  const issues = outageIssues(rows);
  let days = 0;
  rows.forEach((row, i) => {
    if (issues[i] !== null || blank(row)) return;
    const from = Math.max(start, dayNumber(row.from.trim()) ?? 0);
    const to = Math.min(last, dayNumber(row.to.trim()) ?? 0);
    if (to >= from) days += to - from + 1;
  });
  return days;
}

// ---------------------------------------------------------------------------------------------
// The months shaded on the daily chart

/** A run of calendar months of one tier, in the chart's day numbers (day 1 = the start date). */
export interface MonthBand {
  /** First and last day of the run, 1-based, inclusive. */
  from: number;
  to: number;
  tier: "cheap" | "dear";
  /** Month numbers (1–12) in the run, in order. */
  months: number[];
}

/**
 * Each month cheap or dear: cheap when its price is at most the midpoint of the year's cheapest and
 * dearest. Null when the schedule is flat or is not twelve numbers.
 * Example: monthTiers(["0.1", "0.2", "0.21", "0.3", …0.3]) = cheap, cheap, dear, dear, … (midpoint 0.2).
 */
export function monthTiers(cells: readonly string[]): ("cheap" | "dear")[] | null {
  if (cells.length !== MONTHS_IN_YEAR) return null;
  const values = cells.map(decimalOf);
  if (!values.every((v): v is Dec => v !== null)) return null;
  const lo = Dec.min(...values);
  const hi = Dec.max(...values);
  if (lo.eq(hi)) return null;
  const mid = lo.plus(hi).div(2);
  return values.map((v) => (v.lte(mid) ? "cheap" : "dear"));
}

/** A field's help without the side it belongs to ("Hosted: paid …" → "Paid …", "托管：…"), inside that side's section. */
export function withoutSide(help: string): string {
  const rest = help.replace(/^(Self-run|Hosted): /, "").replace(/^(自营|托管)：/, "");
  return rest === help ? help : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * The chart's month bands for a schedule: each calendar month in the horizon is cheap when its
 * price is at most the midpoint of the year's cheapest and dearest, dear otherwise; consecutive
 * months of one tier make one band. No bands when the schedule is flat or cannot be read.
 * Example: monthBands("2018-01-15", 365, sichuan's 0.28 ×4, 0.08 ×6, 0.28 ×2) =
 * dear days 1–106 (15 Jan – 30 Apr), cheap 107–290 (1 May – 31 Oct), dear 291–365 (1 Nov – 14 Jan 2019).
 */
export function monthBands(startDate: string, horizonDays: number, schedule: string): MonthBand[] {
  if (dayNumber(startDate) === null || horizonDays < 1) return [];
  const tiers = monthTiers(splitMonths(schedule));
  if (tiers === null) return [];
  const bands: MonthBand[] = [];
  let day = 1;
  while (day <= horizonDays) {
    const date = addDays(startDate, day - 1);
    const { year, month } = dateParts(date);
    const nextFirst = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
    const to = Math.min(horizonDays, day + ((dayNumber(nextFirst) ?? 0) - (dayNumber(date) ?? 0)) - 1);
    const tier = at(tiers, month - 1, "a month's tier");
    const last = bands[bands.length - 1];
    if (last && last.tier === tier) {
      last.to = to;
      last.months.push(month);
    } else bands.push({ from: day, to, tier, months: [month] });
    day = to + 1;
  }
  return bands;
}

// ---------------------------------------------------------------------------------------------
// Switching currency

/**
 * The power contract's lists in another currency: each month price (four places) and each outage
 * cost (two places) through `convert`; a text with a piece that is not a number is left as typed.
 * Example: kwhm "0.28,…" CNY → "0.0434,…" USD at 6.4574; out "2021-06-20_2021-11-30_800" → "…_123.89".
 */
export function convertPowerLists(
  texts: Partial<Record<"electricityPriceByMonth" | "hostingPriceByMonth" | "outages", string>>,
  convert: (value: Dec, places: number) => string,
): Partial<Record<"electricityPriceByMonth" | "hostingPriceByMonth" | "outages", string>> {
  const out: Partial<Record<"electricityPriceByMonth" | "hostingPriceByMonth" | "outages", string>> = {};
  for (const field of ["electricityPriceByMonth", "hostingPriceByMonth"] as const) {
    const text = texts[field];
    if (text === undefined || text.trim() === "") continue;
    const cells = listPieces(text).map((c) => decimalOf(c));
    if (cells.every((c): c is Dec => c !== null)) out[field] = cells.map((c) => convert(c, 4)).join(",");
  }
  const outages = texts.outages;
  if (outages !== undefined && outages.trim() !== "") {
    const rows: OutageRow[] = [];
    for (const row of readOutages(outages)) {
      const cost = row.cost === "" ? null : decimalOf(row.cost);
      if (row.cost !== "" && cost === null) return out;
      rows.push({ ...row, cost: cost === null ? "" : convert(cost, 2) });
    }
    out.outages = outagesText(rows);
  }
  return out;
}
