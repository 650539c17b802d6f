/**
 * The page's own state in its links, beside the scenario (./schema, ./query): which "how sure is
 * the answer" view is open and the settings of the range of futures. The API and the CLI ignore
 * these keys; the page reads them leniently (a bad value falls back to its default, reported by key).
 *
 * Adding a key: one entry in PAGE_FIELDS (its URL key, its value schema, what is allowed); the
 * schema, the type, the parser, the writer and the scenario codec's list of known keys follow.
 *
 * The reader's language is deliberately not a page key: it is their own choice (a cookie), so a
 * shared link opens in the language of whoever opens it. Only the link-preview image's address
 * carries one (IMAGE_LANG_KEY), because a crawler has no cookie.
 */
import { z } from "zod/mini";
import { Dec } from "../core/decimal";
import { FUTURES_DEFAULTS, FUTURES_LIMITS, type FuturesSettings } from "../engine/futures";
import type { Locale } from "../i18n/locale";
import { assert } from "../core/assert";
import type { KeyIssue } from "./query";
import { HISTORY_SPAN, RECENT_VOLATILITY_PCT } from "../history/spans";
import { dayNumber } from "../core/dates";
import type { WindowChoice } from "../history/bootstrap";

/** The "how sure" views, in the order of their tabs. */
export const SENSITIVITY_TABS = ["grids", "tornado", "futures"] as const;
export type SensitivityTab = (typeof SENSITIVITY_TABS)[number];

/**
 * The models of the futures view: the odds' model (`margin`, chosen by the backtest, the default),
 * periods drawn from the recorded history (the block bootstrap), or a random walk around the
 * scenario's drift (a second opinion).
 */
export const FUTURES_MODELS = ["margin", "history", "walk"] as const;
export type FuturesModel = (typeof FUTURES_MODELS)[number];

const SPAN_TEXT = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

/**
 * A futures window as a link writes it: `before` (the four years before the start date), `all`
 * (every recorded day) or `YYYY-MM-DD..YYYY-MM-DD` (both days real, in order, within the tables).
 * Example: "2014-01-01..2017-12-31" → { kind: "span", from: "2014-01-01", to: "2017-12-31" }.
 */
export function readWindow(text: string): WindowChoice | null {
  if (text === "before") return { kind: "before" };
  if (text === "all") return { kind: "all" };
  const m = SPAN_TEXT.exec(text);
  if (m === null) return null;
  const [, from, to] = m;
  if (from === undefined || to === undefined || dayNumber(from) === null || dayNumber(to) === null) return null;
  if (from >= to || from < HISTORY_SPAN.from || to > HISTORY_SPAN.to) return null;
  return { kind: "span", from, to };
}

/** The window a link means when it has no `fwin`, or a value the page no longer reads: `before`. */
export const DEFAULT_WINDOW: WindowChoice = { kind: "before" };

/** `fwin` as a page reads it, leniently: its window, or the default when the text is not one. */
export function windowOrDefault(text: string | undefined): WindowChoice {
  return (text === undefined ? null : readWindow(text)) ?? DEFAULT_WINDOW;
}

/**
 * A futures window as a link writes it (read back by readWindow): `before`, `all` or `FROM..TO`.
 * Example: { kind: "span", from: "2014-01-01", to: "2017-12-31" } → "2014-01-01..2017-12-31".
 */
export function formatWindow(choice: WindowChoice): string {
  return choice.kind === "span" ? `${choice.from}..${choice.to}` : choice.kind;
}

/** What `fwin` allows, as said when a value is refused. */
export const WINDOW_ALLOWED = `before (the four years before the start date), all, or a span FROM..TO of days from ${HISTORY_SPAN.from} to ${HISTORY_SPAN.to}`;

/** Whole or decimal digits, nothing else ("55", "55.5"): no sign, exponent or spaces. */
const DIGITS = /^\d+(\.\d+)?$/;

const lim = FUTURES_LIMITS;

/** The page's state: the one schema its type, parser and writer come from. */
export const PageStateSchema = z.object({
  tab: z.enum(SENSITIVITY_TABS),
  volatilityPct: z.number().check(z.gte(lim.volatilityPct.min), z.lte(lim.volatilityPct.max)),
  seed: z.int().check(z.gte(lim.seed.min), z.lte(lim.seed.max)),
  count: z.int().check(z.gte(lim.count.min), z.lte(lim.count.max)),
  model: z.enum(FUTURES_MODELS),
  window: z.string().check(z.refine((text) => readWindow(text) !== null)),
});
export type PageState = z.infer<typeof PageStateSchema>;

/** How one value of the state is written in a link. */
interface PageKey<T> {
  /** URL key: a public format, never rename. */
  key: string;
  /** What is allowed, as said when a value is refused. */
  allowed: string;
  /** The value as the link writes it (read back by `fromText`). */
  toText: (value: T) => string;
  /** The link's text as a candidate value, checked by the schema afterwards. */
  fromText: (text: string) => unknown;
}

/** A number's text without exponent ("0.0000001", not "1e-7"), so that DIGITS reads it back. */
function plainNumber(value: number): string {
  const text = String(value);
  return text.includes("e") ? new Dec(value).toFixed() : text;
}

function numberKey(key: string, limits: { min: number; max: number }, integer: boolean): PageKey<number> {
  return {
    key,
    allowed: `${integer ? "a whole number" : "a number"} from ${limits.min} to ${limits.max}`,
    toText: plainNumber,
    fromText: (text) => (DIGITS.test(text) ? Number(text) : text),
  };
}

/**
 * Every page key, in the order links write them. Adding one: its value in PageStateSchema and its
 * key here (the type asks for both); the parser, the writer and the scenario codec's list follow.
 */
export const PAGE_FIELDS: { readonly [K in keyof PageState]: PageKey<PageState[K]> } = {
  tab: { key: "sens", allowed: "grids, tornado or futures", toText: (tab) => tab, fromText: (text) => text },
  volatilityPct: numberKey("vol", lim.volatilityPct, false),
  seed: numberKey("seed", lim.seed, true),
  count: numberKey("runs", lim.count, true),
  model: { key: "futures", allowed: "margin, history or walk", toText: (model) => model, fromText: (text) => text },
  window: { key: "fwin", allowed: WINDOW_ALLOWED, toText: (text) => text, fromText: (text) => text },
};

const PAGE_FIELD_NAMES = Object.keys(PAGE_FIELDS) as (keyof PageState)[];

/** The page's URL keys: never scenario fields (the scenario codec skips them). */
export const PAGE_KEYS: ReadonlySet<string> = new Set(PAGE_FIELD_NAMES.map((f) => PAGE_FIELDS[f].key));

/** The open view's key, `sens`. */
export const SENSITIVITY_KEY = PAGE_FIELDS.tab.key;
/** The futures settings' keys: `vol`, `seed`, `runs`. */
export const FUTURES_KEYS = {
  volatilityPct: PAGE_FIELDS.volatilityPct.key,
  seed: PAGE_FIELDS.seed.key,
  count: PAGE_FIELDS.count.key,
} as const;

let defaults: PageState | undefined;

/**
 * What a link without page keys opens: the heat maps, and the futures with the default seed and
 * count and the volatility of the recorded history (computed once).
 */
export function pageDefaults(): PageState {
  defaults ??= {
    tab: "grids",
    volatilityPct: RECENT_VOLATILITY_PCT,
    seed: FUTURES_DEFAULTS.seed,
    count: FUTURES_DEFAULTS.count,
    model: "margin",
    window: formatWindow(DEFAULT_WINDOW),
  };
  return defaults;
}

/**
 * The page state a link asks for (a query, with or without "?"). Lenient: a refused value falls
 * back to its default and is reported by its key with what is allowed; a key given twice is read
 * from its first value; other keys are not looked at.
 */
export function parsePageState(
  query: string | URLSearchParams,
  fallback: PageState = pageDefaults(),
): { state: PageState; issues: KeyIssue[] } {
  const params = typeof query === "string" ? new URLSearchParams(query) : query;
  const candidate: Record<keyof PageState, unknown> = { ...fallback };
  const texts = new Map<keyof PageState, string>();
  for (const name of PAGE_FIELD_NAMES) {
    const text = params.get(PAGE_FIELDS[name].key);
    if (text === null) continue;
    texts.set(name, text);
    candidate[name] = PAGE_FIELDS[name].fromText(text);
  }
  const first = PageStateSchema.safeParse(candidate);
  if (first.success) return { state: first.data, issues: [] };
  const issues: KeyIssue[] = [];
  for (const name of PAGE_FIELD_NAMES) {
    if (!first.error.issues.some((i) => i.path[0] === name)) continue;
    const { key, allowed } = PAGE_FIELDS[name];
    const text = texts.get(name) ?? "";
    issues.push({ key, message: `${key} = ${JSON.stringify(text.slice(0, 40))} is not allowed: must be ${allowed}` });
    candidate[name] = fallback[name];
  }
  const second = PageStateSchema.safeParse(candidate);
  assert(second.success, "the page's defaults are a valid page state");
  return { state: second.data, issues };
}

function keyText<K extends keyof PageState>(name: K, state: PageState): string {
  return PAGE_FIELDS[name].toText(state[name]);
}

/** The page keys of a state that differ from the defaults, in PAGE_FIELDS order ("" when none do). */
export function serializePageState(state: PageState, fallback: PageState = pageDefaults()): string {
  const params = new URLSearchParams();
  for (const name of PAGE_FIELD_NAMES) {
    if (state[name] !== fallback[name]) params.set(PAGE_FIELDS[name].key, keyText(name, state));
  }
  return params.toString();
}

/** The engine's futures settings for a page state (the lag and follow are not in links). */
export function futuresSettings(state: Pick<PageState, "volatilityPct" | "seed" | "count">): FuturesSettings {
  return { ...FUTURES_DEFAULTS, volatilityPct: state.volatilityPct, seed: state.seed, count: state.count };
}

/**
 * A futures setting as typed in its field, or null while the text is not one (the setting then
 * keeps its value): any number within the limits; the seed and the count rounded to whole numbers.
 */
export function futuresInput(name: "volatilityPct" | "seed" | "count", text: string): number | null {
  const v = Number(text);
  const lim = FUTURES_LIMITS[name];
  if (text.trim() === "" || !Number.isFinite(v) || v < lim.min || v > lim.max) return null;
  return name === "volatilityPct" ? v : Math.round(v);
}

/** What `futures=history&runs=N&seed=S&fwin=…` asks of the API and the command line (spec §10). */
export interface FuturesRequest {
  /** `margin` (the odds' model, chosen by the backtest) or `history` (the block bootstrap). */
  model: "history" | "margin";
  runs: number;
  seed: number;
  window: WindowChoice;
  /** The window as written (`before` when not given). */
  windowText: string;
}

/**
 * The futures a query asks for (spec §10), strictly: null when it has no `futures` key; a bad
 * value, or a key given twice, refused by name with what is allowed. `runs` defaults to 1,000,
 * `seed` to 1 and `fwin` to `before`.
 * Example: "futures=history&runs=500" → { model: "history", runs: 500, seed: 1, window: before }.
 */
export function parseFuturesQuery(
  query: string | URLSearchParams,
): { ok: true; request: FuturesRequest | null } | { ok: false; issues: KeyIssue[] } {
  const params = typeof query === "string" ? new URLSearchParams(query) : query;
  if (!params.has(PAGE_FIELDS.model.key)) return { ok: true, request: null };
  const issues: KeyIssue[] = [];
  const one = (key: string): string | null => {
    const all = params.getAll(key);
    if (all.length > 1) issues.push({ key, message: `${key} is given ${all.length} times: give it once` });
    return all[0] ?? null;
  };
  const refuse = (key: string, text: string, allowed: string): void => {
    issues.push({ key, message: `${key} = ${JSON.stringify(text.slice(0, 40))} is not allowed: must be ${allowed}` });
  };
  const modelText = one(PAGE_FIELDS.model.key) ?? "";
  if (modelText !== "history" && modelText !== "margin") refuse(PAGE_FIELDS.model.key, modelText, "margin or history");
  // the seed and the count as the page reads them: their keys' texts, checked by the page's schema
  const whole = (name: "seed" | "count", fallback: number): number => {
    const { key, allowed, fromText } = PAGE_FIELDS[name];
    const text = one(key);
    if (text === null) return fallback;
    const read = PageStateSchema.shape[name].safeParse(fromText(text));
    if (!read.success) {
      refuse(key, text, allowed);
      return NaN;
    }
    return read.data;
  };
  const runs = whole("count", FUTURES_DEFAULTS.count);
  const seed = whole("seed", FUTURES_DEFAULTS.seed);
  const windowText = one(PAGE_FIELDS.window.key) ?? formatWindow(DEFAULT_WINDOW);
  const window = readWindow(windowText);
  if (window === null) refuse(PAGE_FIELDS.window.key, windowText, WINDOW_ALLOWED);
  if (issues.length > 0 || window === null) return { ok: false, issues };
  return { ok: true, request: { model: modelText === "margin" ? "margin" : "history", runs, seed, window, windowText } };
}

/** The preview image's language key (`/og?…&lang=zh`); without it the image is in English. */
export const IMAGE_LANG_KEY = "lang";

/**
 * The preview image's address split into the scenario's query and the image's language: the
 * language key is taken out before the scenario is read. Anything but "zh" is English.
 */
export function readImageQuery(search: string): { query: string; locale: Locale } {
  const params = new URLSearchParams(search);
  const locale: Locale = params.getAll(IMAGE_LANG_KEY).at(-1) === "zh" ? "zh" : "en";
  const raw = search.startsWith("?") ? search.slice(1) : search;
  const query = raw
    .split("&")
    .filter((part) => part.split("=")[0] !== IMAGE_LANG_KEY)
    .join("&");
  return { query, locale };
}
