/**
 * The one place where engine decimals become text or numbers: fixed decimal places per unit for
 * results (spec §5 strings), plain numbers for charts, and locale display as en-US writes numbers
 * (lib/present/digits.ts: the same text as Intl.NumberFormat, without loading the locale data).
 */
import { Dec } from "../core/decimal";
import { dateParts } from "../core/dates";
import { assert } from "../core/assert";
import { enLongDate, enPlaces, enSignificant } from "./digits";

/** Decimal places of each kind of result figure. */
export const PLACES = {
  money: 2,
  pricePerKwh: 6,
  btc: 8,
  pct: 2,
  /** Money per BTC or per PH/s-day: cents. */
  rate: 2,
} as const;

export type FigureKind = keyof typeof PLACES;

const NOT_FINITE = "every figure the engine returns is finite";

/** A result decimal as a string with the kind's fixed places, rounded half up; never "-0.00". */
export function figure(value: Dec, kind: FigureKind): string {
  // every figure leaves the engine finite (or null): an infinite one is a bug, never an answer
  assert(value.isFinite(), NOT_FINITE);
  const text = value.toFixed(PLACES[kind], Dec.ROUND_HALF_UP);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

export function figureOrNull(value: Dec | null | undefined, kind: FigureKind): string | null {
  return value === null || value === undefined ? null : figure(value, kind);
}

/** A decimal as a JS number, for drawing only (charts, colour scales). Never for arithmetic. */
export function toChartNumber(value: Dec): number {
  return value.toNumber();
}

const CURRENCY_SYMBOL: Record<string, string> = { CNY: "¥", USD: "$" };

function symbolOf(currency: string): string {
  return CURRENCY_SYMBOL[currency] ?? `${currency} `;
}

/** The sign written before an amount: "¥", "$" (another currency: its code). */
export function currencySymbol(currency: string): string {
  return symbolOf(currency).trim();
}

/** An hour of the day as a clock reads it: 7 → "07:00", 24 → "24:00". */
export function clockHour(hour: number): string {
  return `${String(hour).padStart(2, "0")}:00`;
}

/**
 * What a figure that is not a finite number shows: a dash, never "$∞" or "$NaN". The engine returns
 * none (figure() asserts it); this keeps a slip anywhere else from reaching a reader as a symbol.
 */
export const NOT_A_FIGURE = "—";

/** From this size on a figure is shown as a power of ten: no width can hold 10⁴⁰ written out. */
export const HUGE = 1e15;

/**
 * A figure too large to write out, as three significant digits times a power of ten:
 * 1.234e40 → "1.23×10^40", −5e15 → "−5×10^15" (a caret, not superscripts: the preview image's
 * font has no superscript digits). Only for |n| ≥ HUGE (below it returns null).
 */
export function formatHuge(n: number): string | null {
  if (!Number.isFinite(n) || Math.abs(n) < HUGE) return null;
  const [mantissa = "0", exponent = "0"] = Math.abs(n).toExponential(2).split("e");
  const digits = mantissa.replace(/\.?0+$/, "");
  return `${n < 0 ? "−" : ""}${digits}×10^${Number(exponent)}`;
}

/**
 * Display: ¥30,000 / -$1,234.50. `digits` defaults to 0 for large amounts, 2 below 100; without
 * `digits`, an amount of 10¹⁵ or more is written "$1.23×10^40" (tables pass `digits` and keep every digit).
 */
export function formatMoney(value: string | number, currency: string, digits?: number): string {
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return NOT_A_FIGURE;
  const huge = digits === undefined ? formatHuge(n) : null;
  if (huge !== null) return huge.startsWith("−") ? `−${symbolOf(currency)}${huge.slice(1)}` : `${symbolOf(currency)}${huge}`;
  const places = digits ?? (Math.abs(n) >= 100 ? 0 : 2);
  const body = enPlaces(Math.abs(n), places, places);
  const sign = n < 0 && Number(body.replace(/,/g, "")) !== 0 ? "−" : "";
  return `${sign}${CURRENCY_SYMBOL[currency] ?? `${currency} `}${body}`;
}

/** Display: 1,234.5 with at most `digits` places; 10¹⁵ and more as "1.23×10^40". */
export function formatNumber(value: string | number, digits = 2): string {
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return NOT_A_FIGURE;
  return formatHuge(n) ?? enPlaces(n, 0, digits).replace("-", "−");
}

/** Display with exactly `digits` places: 1,234.50, −56.40; 10¹⁵ and more as "1.23×10^40". */
export function formatFixed(value: string | number, digits: number): string {
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return NOT_A_FIGURE;
  return formatHuge(n) ?? enPlaces(n, digits, digits).replace("-", "−");
}

/**
 * A BTC amount for a card: four significant digits, what a miner reads at a glance (the exact
 * amount stays in the API, the CSV and the tables). 0.81377963 → "0.8138 BTC", 30 → "30.00 BTC",
 * 0.000012345 → "0.00001235 BTC", 0 → "0 BTC".
 */
export function formatBtcShort(value: string | number): string {
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return NOT_A_FIGURE;
  if (n === 0) return "0 BTC";
  return `${formatHuge(n) ?? enSignificant(n, 4).replace("-", "−")} BTC`;
}

/** Display of a BTC amount: 0.12345678 BTC, trailing zeros kept to 8 places for small amounts. */
export function formatBtc(value: string | number): string {
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return NOT_A_FIGURE;
  const places = Math.abs(n) >= 100 ? 2 : Math.abs(n) >= 1 ? 4 : 8;
  return `${formatHuge(n) ?? enPlaces(n, places, places).replace("-", "−")} BTC`;
}

/** "16 September 2018" */
export function formatLongDate(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return enLongDate(year, month, day);
}

/** Axis labels: ¥135k, −$1.2M, $2.5k, ¥12.5k, $0.35 — enough places that close ticks never read the same. */
export function formatMoneyCompact(value: number, currency: string): string {
  if (!Number.isFinite(value)) return NOT_A_FIGURE;
  if (Math.abs(value) >= HUGE) return formatMoney(value, currency);
  const a = Math.abs(value);
  const [unit, suffix] = a >= 1e9 ? [1e9, "B"] : a >= 1e6 ? [1e6, "M"] : a >= 1e3 ? [1e3, "k"] : [1, ""];
  const scaled = a / unit;
  const digits = scaled < 10 ? 2 : scaled < 100 ? 1 : 0;
  const body = enPlaces(scaled, 0, digits);
  const sign = value < 0 && body !== "0" ? "−" : "";
  return `${sign}${CURRENCY_SYMBOL[currency] ?? `${currency} `}${body}${suffix}`;
}

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "Jul 2018" (fixed three-letter months: locales differ on "Sep" and "Sept"). */
export function formatMonth(iso: string): string {
  return `${SHORT_MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** "22 Jul 2018" */
export function formatShortDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${formatMonth(iso)}`;
}

/**
 * Chinese amounts: from 100,000 up in 万 (ten thousands), from 100 million up in 亿, as Chinese
 * readers expect large sums; below that as in English. `digits`, when given, keeps full figures.
 * Examples: 129153 → "¥12.92万"; 3000000 → "¥300万"; 250000000 → "¥2.5亿"; 30000 → "¥30,000".
 */
export function formatMoneyZh(value: string | number, currency: string, digits?: number): string {
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return NOT_A_FIGURE;
  const a = Math.abs(n);
  if (digits === undefined && a >= HUGE) return formatMoney(n, currency);
  if (digits === undefined && a >= 1e5) {
    const [unit, suffix] = a >= 1e8 ? [1e8, "亿"] : [1e4, "万"];
    const body = enPlaces(a / unit, 0, 2);
    return `${n < 0 ? "−" : ""}${CURRENCY_SYMBOL[currency] ?? `${currency} `}${body}${suffix}`;
  }
  return formatMoney(value, currency, digits);
}

/** Chinese axis labels: ¥13.5万, −¥1.2亿, ¥5,000. */
export function formatMoneyCompactZh(value: number, currency: string): string {
  if (!Number.isFinite(value)) return NOT_A_FIGURE;
  if (Math.abs(value) >= HUGE) return formatMoney(value, currency);
  const a = Math.abs(value);
  const [unit, suffix] = a >= 1e8 ? [1e8, "亿"] : a >= 1e4 ? [1e4, "万"] : [1, ""];
  const scaled = a / unit;
  const body = enPlaces(scaled, 0, unit === 1 ? (scaled < 10 ? 2 : 0) : scaled < 10 ? 2 : scaled < 100 ? 1 : 0);
  const sign = value < 0 && body !== "0" ? "−" : "";
  return `${sign}${CURRENCY_SYMBOL[currency] ?? `${currency} `}${body}${suffix}`;
}

/** "2018年7月22日" */
export function formatDateZh(iso: string): string {
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

/** "2018年7月" */
export function formatMonthZh(iso: string): string {
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月`;
}

/** Display formatting for one language: amounts, numbers, dates. Numbers group the same in both. */
export interface Formatter {
  money(value: string | number, currency: string, digits?: number): string;
  moneyCompact(value: number, currency: string): string;
  number(value: string | number, digits?: number): string;
  fixed(value: string | number, digits: number): string;
  btc(value: string | number): string;
  /** Four significant digits, for cards. */
  btcShort(value: string | number): string;
  longDate(iso: string): string;
  shortDate(iso: string): string;
  month(iso: string): string;
}

export const FORMATTERS: Record<"en" | "zh", Formatter> = {
  en: {
    money: formatMoney,
    moneyCompact: formatMoneyCompact,
    number: formatNumber,
    fixed: formatFixed,
    btc: formatBtc,
    btcShort: formatBtcShort,
    longDate: formatLongDate,
    shortDate: formatShortDate,
    month: formatMonth,
  },
  zh: {
    money: formatMoneyZh,
    moneyCompact: formatMoneyCompactZh,
    number: formatNumber,
    fixed: formatFixed,
    btc: formatBtc,
    btcShort: formatBtcShort,
    longDate: formatDateZh,
    shortDate: formatDateZh,
    month: formatMonthZh,
  },
};
