/**
 * The texts of the power fields that are more than one number (spec §9, issue 16): twelve prices by
 * the month, the peak hours of a day, the outages. Each has one canonical text, which is what a
 * scenario holds and a link writes, and a parser that reads it (or a looser text a person types)
 * into values, or says in words what is wrong, and a writer of values back to that text: one codec
 * per key, with its bounds. Pure. The engine never reads these texts: it receives the values
 * (lib/scenario/power-terms.ts), parsed once where a run is prepared.
 */
import { Dec } from "../core/decimal";
import { dayNumber } from "../core/dates";

/** Longest text accepted for one of these fields (a query is at most 4096 characters). */
export const MAX_LIST_LENGTH = 1000;
/** Most outages one scenario may list. */
export const MAX_OUTAGES = 40;

/** A price by the month, per kWh: the only bounds of kwhm and hkwhm (the schema, the form and the sensitivity views read them here). */
export const MONTHLY_PRICE_BOUNDS = { min: "-1000", max: "1000" } as const;
/** First and last start dates accepted, and the days an outage may cover. */
export const DATE_RANGE = { from: "2009-01-03", to: "2199-12-31" } as const;
/** An outage's days and its cost per rig. */
export const OUTAGE_BOUNDS = { ...DATE_RANGE, maxCost: "1000000000" } as const;

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?$/;
/** Longest single number inside a list, as written and in full. */
const MAX_NUMBER_LENGTH = 64;

export type Parsed<T> = { ok: true; value: T; text: string } | { ok: false; reason: string };

function decimalText(text: string): Dec | null {
  if (text.length === 0 || text.length > MAX_NUMBER_LENGTH || !NUMBER_TEXT.test(text)) return null;
  const v = new Dec(text);
  return v.isFinite() ? v : null;
}

function canonicalOf(v: Dec): string {
  return v.isZero() ? "0" : v.toFixed();
}

/** A number inside a list as a person types it (surrounding spaces allowed), or null: the lists' one number grammar. */
export function readListNumber(text: string): Dec | null {
  return decimalText(text.trim());
}

/** The pieces of a list's text: split at its commas, each trimmed. Example: "8-11, 18-22" → ["8-11", "18-22"]. */
export function listPieces(text: string): string[] {
  return text.split(",").map((p) => p.trim());
}

function listText(raw: unknown): string | null {
  if (Array.isArray(raw)) {
    const parts = raw.map((x) => (typeof x === "number" && Number.isFinite(x) ? String(x) : typeof x === "string" ? x : null));
    return parts.some((p) => p === null) ? null : parts.join(",");
  }
  if (typeof raw === "string") return raw.trim();
  return null;
}

/** The twelve month names, for messages. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Twelve prices per kWh, January … December, comma-separated (or an array in JSON), each within
 * [min, max]. Example: "0.25,0.25,0.25,0.25,0.15,0.15,0.15,0.15,0.15,0.15,0.25,0.25".
 */
export function parseMonthlyPrices(raw: unknown): Parsed<Dec[]> {
  const bounds = MONTHLY_PRICE_BOUNDS;
  const text = listText(raw);
  if (text === null || text.length === 0) return { ok: false, reason: "twelve prices are needed, January to December, comma-separated" };
  if (text.length > MAX_LIST_LENGTH) return { ok: false, reason: `the text is ${text.length} characters long` };
  const parts = listPieces(text);
  if (parts.length !== 12)
    return {
      ok: false,
      reason: `${parts.length} ${parts.length === 1 ? "price is" : "prices are"} given, twelve are needed (January to December)`,
    };
  const values: Dec[] = [];
  for (const [i, part] of parts.entries()) {
    const v = decimalText(part);
    if (v === null) return { ok: false, reason: `the price of ${MONTH_NAMES[i]} (${JSON.stringify(part.slice(0, 20))}) is not a number` };
    if (v.lt(bounds.min) || v.gt(bounds.max) || canonicalOf(v).length > MAX_NUMBER_LENGTH)
      return { ok: false, reason: `the price of ${MONTH_NAMES[i]} (${part}) is outside ${bounds.min} … ${bounds.max}` };
    values.push(v);
  }
  return { ok: true, value: values, text: formatMonthlyPrices(values) };
}

/** The canonical text of twelve prices: "0.25,0.25,…" (what parseMonthlyPrices reads back to the same values). */
export function formatMonthlyPrices(values: readonly Dec[]): string {
  return values.map(canonicalOf).join(",");
}

/** A span of whole hours of the day, end exclusive; `start > end` wraps midnight (22-6). */
export interface HourSpan {
  start: number;
  end: number;
}

/** The hours a span covers, in order. Example: hoursOf({ start: 22, end: 2 }) = [22, 23, 0, 1]. */
export function hoursOf(span: HourSpan): number[] {
  const out: number[] = [];
  for (let h = span.start; h !== span.end % 24 || out.length === 0; h = (h + 1) % 24) {
    out.push(h);
    if (out.length === 24) break;
  }
  return out;
}

/** One piece of the peak hours read, or why not: not `start-end` of whole hours, an hour past 24, or no hour in it. */
export type HourSpanRead = { ok: true; span: HourSpan } | { ok: false; kind: "format" | "range" | "empty" };

/**
 * One span of the peak hours: `start-end` in whole hours 0 … 24, end exclusive, start ≠ end (0-24 is
 * the whole day); 24 as a start is 0, 0 as an end is 24. Example: "22-0" → { start: 22, end: 24 }.
 */
export function readHourSpan(piece: string): HourSpanRead {
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(piece);
  if (!m) return { ok: false, kind: "format" };
  const start = Number(m[1]);
  const end = Number(m[2]);
  if (start > 24 || end > 24) return { ok: false, kind: "range" };
  if (start % 24 === end % 24 && !(start === 0 && end === 24)) return { ok: false, kind: "empty" };
  return { ok: true, span: { start: start === 24 ? 0 : start, end: end === 0 ? 24 : end } };
}

/** A span as a link writes it: "8-11". */
export function formatHourSpan(span: HourSpan): string {
  return `${span.start}-${span.end}`;
}

/** Hours in a span: 8-11 → 3, 22-6 → 8, 0-24 → 24. */
export function spanHours({ start, end }: HourSpan): number {
  return end > start ? end - start : 24 - start + end;
}

/**
 * Peak hours: spans `start-end` in whole hours 0 … 24, comma-separated, end exclusive, that do not
 * overlap and have start ≠ end; a span may wrap midnight. Canonical: sorted by start.
 * Example: "18-22,8-11" → "8-11,18-22" (7 hours).
 */
export function parsePeakHours(raw: unknown): Parsed<HourSpan[]> {
  const text = listText(raw);
  if (text === null || text.length === 0) return { ok: false, reason: "give spans like 8-11,18-22" };
  if (text.length > MAX_LIST_LENGTH) return { ok: false, reason: `the text is ${text.length} characters long` };
  const spans: HourSpan[] = [];
  const taken = new Array<boolean>(24).fill(false);
  for (const part of listPieces(text)) {
    const read = readHourSpan(part);
    if (!read.ok) {
      if (read.kind === "format")
        return { ok: false, reason: `${JSON.stringify(part.slice(0, 20))} is not a span start-end of whole hours` };
      if (read.kind === "range") return { ok: false, reason: `${part}: hours run from 0 to 24` };
      return { ok: false, reason: `${part}: a span's start and end differ (the whole day is 0-24)` };
    }
    const span = read.span;
    for (const hour of hoursOf(span)) {
      if (taken[hour]) return { ok: false, reason: `${part} overlaps another span at hour ${hour}` };
      taken[hour] = true;
    }
    spans.push(span);
  }
  spans.sort((a, b) => a.start - b.start);
  return { ok: true, value: spans, text: formatPeakHours(spans) };
}

/** The canonical text of peak hours, spans sorted by start: "8-11,18-22". */
export function formatPeakHours(spans: readonly HourSpan[]): string {
  return [...spans]
    .sort((a, b) => a.start - b.start)
    .map(formatHourSpan)
    .join(",");
}

/** Peak hours a day: the sum of the spans. */
export function peakHoursPerDay(spans: readonly HourSpan[]): number {
  return spans.reduce((sum, s) => sum + spanHours(s), 0);
}

/** Days the rigs are off, both included, and what the outage costs per rig. */
export interface Outage {
  from: string;
  to: string;
  /** Currency per rig, paid on the outage's first day within the horizon. */
  costPerRig: Dec;
}

/** A first or last day of an outage: a real date YYYY-MM-DD within OUTAGE_BOUNDS, as its day number; null otherwise. */
export function readOutageDay(text: string): number | null {
  const day = dayNumber(text);
  return day === null || text < OUTAGE_BOUNDS.from || text > OUTAGE_BOUNDS.to ? null : day;
}

/** An outage's cost per rig: a number from 0 to OUTAGE_BOUNDS.maxCost; null otherwise. */
export function readOutageCost(text: string): Dec | null {
  const v = decimalText(text);
  return v === null || v.isNegative() || v.gt(OUTAGE_BOUNDS.maxCost) ? null : v;
}

/** The parts of one outage as written, split at "_": from, to and the cost when given. */
export function outageParts(piece: string): string[] {
  return piece.split("_");
}

/** One outage as a link writes it: "from_to_cost", a cost left empty left out. */
export function formatOutagePiece(p: { from: string; to: string; cost: string }): string {
  return p.cost === "" ? `${p.from}_${p.to}` : `${p.from}_${p.to}_${p.cost}`;
}

/**
 * Outages: `YYYY-MM-DD_YYYY-MM-DD` (both days included), optionally `_cost` per rig ≥ 0,
 * comma-separated; end ≥ start, no two sharing a day; empty for none. Canonical: sorted by start, a zero cost left out.
 * Example: "2021-06-20_2021-11-30_800".
 */
export function parseOutages(raw: unknown): Parsed<Outage[]> {
  const bounds = OUTAGE_BOUNDS;
  const text = listText(raw);
  if (text === null) return { ok: false, reason: "give spans like 2021-06-20_2021-11-30_800" };
  // an empty list is no outage: how a link takes away a preset's (out=)
  if (text.length === 0) return { ok: true, value: [], text: "" };
  if (text.length > MAX_LIST_LENGTH) return { ok: false, reason: `the text is ${text.length} characters long` };
  const parts = listPieces(text);
  if (parts.length > MAX_OUTAGES) return { ok: false, reason: `${parts.length} outages are given, at most ${MAX_OUTAGES}` };
  const out: Outage[] = [];
  for (const part of parts) {
    const pieces = outageParts(part);
    const [from, to, cost] = pieces;
    const show = JSON.stringify(part.slice(0, 40));
    if (pieces.length < 2 || pieces.length > 3 || from === undefined || to === undefined)
      return { ok: false, reason: `${show} is not start_end or start_end_cost` };
    for (const d of [from, to]) {
      if (readOutageDay(d) === null)
        return {
          ok: false,
          reason: `${show}: ${JSON.stringify(d.slice(0, 20))} is not a real date YYYY-MM-DD from ${bounds.from} to ${bounds.to}`,
        };
    }
    if (to < from) return { ok: false, reason: `${show} ends (${to}) before it starts (${from})` };
    let costPerRig = new Dec(0);
    if (cost !== undefined) {
      const v = readOutageCost(cost);
      if (v === null)
        return {
          ok: false,
          reason: `${show}: the cost per rig (${JSON.stringify(cost.slice(0, 20))}) must be a number from 0 to ${bounds.maxCost}`,
        };
      costPerRig = v;
    }
    out.push({ from, to, costPerRig });
  }
  out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1];
    const b = out[i];
    if (a && b && b.from <= a.to) return { ok: false, reason: `${a.from}_${a.to} and ${b.from}_${b.to} overlap` };
  }
  return { ok: true, value: out, text: formatOutages(out) };
}

/** The canonical text of outages (given sorted by start), a zero cost left out: "2021-06-20_2021-11-30_800". */
export function formatOutages(outages: readonly Outage[]): string {
  return outages
    .map((o) => formatOutagePiece({ from: o.from, to: o.to, cost: o.costPerRig.isZero() ? "" : canonicalOf(o.costPerRig) }))
    .join(",");
}
