/**
 * Forgiving number entry for the form: what people type, read as the number they mean, or refused
 * when it could mean two things. The result is a plain decimal text that the scenario's schema then
 * checks against the field's bounds, exactly as a link's value. Links, the CLI and the API keep the
 * contract's strict reading (spec §1); this reading is the form's only.
 *
 * The rules, in order:
 * 1. Width and spaces. Full-width characters (a Chinese input method's ３０００, ０．０５, ，, ％, ￥)
 *    read as their ASCII forms (Unicode NFKC); 。 reads as a decimal point; − (U+2212) as a minus;
 *    spaces around the number, its sign, symbol, % or multiplier are dropped.
 * 2. Separators. A point alone is the decimal point (1.000 is one). A comma alone is a thousands
 *    separator when every group after it has exactly three digits and the first group is 1–3 digits
 *    not starting with 0 (1,000 and 12,345,678); otherwise a single comma is the decimal point
 *    (0,05 · 1,5 · 1,0000 · 0,125). Several commas that do not group in threes are refused as
 *    ambiguous (1,000,5). With both a comma and a point, the last one is the decimal point and must
 *    come once, the other groups in threes (1,000.5 and 1.000,5 are both 1000.5); 1,000.000,5 is
 *    refused. Spaces between digits group in threes (1 000 000, 3 000,5).
 * 3. Exponents: 1.26e14, 1.26E14, 1.26×10^14, 1.26×10¹⁴.
 * 4. Symbols by field. A money field takes $, US$, USD, ¥, CN¥, RMB, CNY, 元, 美元 before or after
 *    the number (refused when it is not the scenario's currency: $0.05 in a yuan scenario is a
 *    mistake, not a conversion), and the multipliers k (thousand), 千, 万 (10⁴) and 亿 (10⁸).
 *    A percentage field takes a trailing %. The network difficulty takes K, M, G, T, P, E
 *    (10³ … 10¹⁸, either case), 万, 亿 and 万亿 (10¹²): 126T, 126 T, 126.27万亿. Another field
 *    given one of these is refused, naming it.
 * 4b. Units as miners type them. The hashrate takes G, T, P, E with or without H and /s (13.5T,
 *    13.5 TH/s, 0.2 PH/s), read in TH/s; the power takes W and kW (1400W, 1.4kW, 1.4 kw), read in W.
 * 5. Anything else is not read here: the schema refuses the text as typed, saying what is allowed.
 *
 * Every multiplier is a power of ten, applied by moving the exponent: no arithmetic, no rounding.
 */
import { Dec } from "../core/decimal";
import { canonical, type Currency } from "../scenario/schema";
import { FIELDS, type ScenarioField } from "../scenario/fields";

/** What kind of figure a field holds: which symbols and multipliers it takes. */
export type EntryRole = "plain" | "percent" | "money" | "difficulty" | "hashrate" | "power";

export type EntryRefusal =
  | { why: "ambiguous" }
  | { why: "currency"; typed: Currency }
  | { why: "currencySign" }
  | { why: "percent" }
  | { why: "multiplier"; suffix: string };

export type EntryRead =
  /** `value`: canonical decimal text; `plain`: typed as the schema reads it already (no note needed). */
  | { kind: "number"; value: string; plain: boolean }
  | { kind: "refused"; refusal: EntryRefusal }
  /** Not a number this reader knows: the schema says what is allowed. */
  | { kind: "unread" };

/** Longest text read, after width normalization. A real figure is far shorter. */
const MAX_ENTRY_LENGTH = 80;

/** The role of a scenario field: money for amounts in the scenario's currency, percent for % units. */
export function entryRole(field: ScenarioField): EntryRole {
  if (field === "difficulty") return "difficulty";
  if (field === "hashrateThs") return "hashrate";
  if (field === "powerWatts") return "power";
  const unit: string = FIELDS[field].unit;
  if (unit.includes("{cur}")) return "money";
  if (unit.includes("%")) return "percent";
  return "plain";
}

const SUPERSCRIPT: Record<string, string> = {
  "⁰": "0",
  "¹": "1",
  "²": "2",
  "³": "3",
  "⁴": "4",
  "⁵": "5",
  "⁶": "6",
  "⁷": "7",
  "⁸": "8",
  "⁹": "9",
  "⁻": "-",
  "⁺": "+",
};

/** Rule 1: ASCII forms, one kind of space, superscript exponents as ^n (NFKC would make 10¹⁴ read 1014). */
export function normalizeEntryText(text: string): string {
  const superscripts = text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+/g, (run) => `^${[...run].map((c) => SUPERSCRIPT[c] ?? "").join("")}`);
  return superscripts.normalize("NFKC").replace(/[。｡]/g, ".").replace(/[−–]/g, "-").replace(/\s+/g, " ").trim();
}

const PREFIX = /^([+-]?) ?(US\$|USD|\$|CN¥|RMB|CNY|¥)? ?([+-]?) ?/i;
const SUFFIX = /(?:^| ?)(美元|人民币|USD|US\$|\$|元|RMB|CNY|¥)$/i;

function currencyOf(symbol: string | undefined): Currency | null {
  if (symbol === undefined) return null;
  return /^(US\$|USD|\$|美元)$/i.test(symbol) ? "USD" : "CNY";
}

/** Multipliers as powers of ten, longest first so that 万亿 is not read as 亿. */
const MULTIPLIERS: { suffix: RegExp; exp: number; roles: readonly EntryRole[] }[] = [
  { suffix: /万亿$/, exp: 12, roles: ["difficulty"] },
  { suffix: /万$/, exp: 4, roles: ["difficulty", "money"] },
  { suffix: /亿$/, exp: 8, roles: ["difficulty", "money"] },
  { suffix: /千$/, exp: 3, roles: ["money"] },
  { suffix: /k$/i, exp: 3, roles: ["difficulty", "money"] },
  { suffix: /M$/i, exp: 6, roles: ["difficulty"] },
  { suffix: /G$/i, exp: 9, roles: ["difficulty"] },
  { suffix: /T$/i, exp: 12, roles: ["difficulty"] },
  { suffix: /P$/i, exp: 15, roles: ["difficulty"] },
  { suffix: /E$/i, exp: 18, roles: ["difficulty"] },
];

/** Rule 4b: a unit after the number, as the power of ten that brings it to the field's own unit (TH/s, W). */
function unitOf(t: string, role: EntryRole): { rest: string; exp: number } | null {
  if (role === "hashrate") {
    const m = t.match(/ ?([GTPE])(?:H(?:\/s)?|\/s)?$/i);
    if (!m || !/\d/.test(t.slice(0, m.index))) return null;
    const exp = { G: -3, T: 0, P: 3, E: 6 }[(m[1] ?? "").toUpperCase() as "G" | "T" | "P" | "E"];
    return { rest: t.slice(0, m.index).trimEnd(), exp };
  }
  if (role === "power") {
    const m = t.match(/ ?(k|千)?(?:W|瓦)$/i);
    if (!m) return null;
    return { rest: t.slice(0, m.index).trimEnd(), exp: m[1] ? 3 : 0 };
  }
  return null;
}

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const BODY = /^[\d.,' ]+$/;

interface Pieces {
  sign: "" | "-";
  currency: Currency | null;
  percent: boolean;
  multiplier: { exp: number; suffix: string } | null;
  body: string;
  exp: number;
}

/** Splits the text into sign, currency, body, exponent, multiplier and %. Null when it is not that shape. */
function pieces(text: string): Pieces | null {
  const head = text.match(PREFIX);
  if (!head) return null;
  if (head[1] && head[3]) return null;
  const sign = head[1] === "-" || head[3] === "-" ? "-" : "";
  let currency = currencyOf(head[2]);
  let t = text.slice(head[0].length);
  const tail = t.match(SUFFIX);
  if (tail) {
    const after = currencyOf(tail[1]);
    if (currency !== null && currency !== after) return null;
    currency = after;
    t = t.slice(0, t.length - tail[0].length);
  }
  const percent = t.endsWith("%");
  if (percent) t = t.slice(0, -1).trimEnd();
  let multiplier: Pieces["multiplier"] = null;
  // a letter after digits is a multiplier, but "1e14" is an exponent ("126E" is an exa)
  if (!/\d[eE][+-]?\d+$/.test(t)) {
    for (const mult of MULTIPLIERS) {
      const m = t.match(mult.suffix);
      if (m) {
        multiplier = { exp: mult.exp, suffix: m[0] };
        t = t.slice(0, t.length - m[0].length).trimEnd();
        break;
      }
    }
  }
  let exp = 0;
  const e = t.match(/(?:[eE] ?([+-]?\d{1,3})| ?[×xX*] ?10 ?\^ ?([+-]?\d{1,3}))$/);
  if (e) {
    exp = Number(e[1] ?? e[2]);
    t = t.slice(0, t.length - e[0].length).trimEnd();
  } else if (/^10 ?\^ ?[+-]?\d{1,3}$/.test(t)) {
    exp = Number(t.replace(/^10 ?\^ ?/, ""));
    t = "1";
  }
  if (!BODY.test(t) || !/\d/.test(t)) return null;
  return { sign, currency, percent, multiplier, body: t, exp };
}

/** A digit run grouped in threes: first group 1–3 digits not starting with 0 (unless alone), the rest 3. */
function groupsInThrees(groups: string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || rest.length === 0) return false;
  if (!/^[1-9]\d{0,2}$/.test(first)) return false;
  return rest.every((g) => /^\d{3}$/.test(g));
}

/** Rule 2: the body's digits as "int.frac", or "ambiguous", or null when it is not a number. */
function readBody(body: string): string | "ambiguous" | null {
  const spaced = body.includes(" ");
  const hasComma = body.includes(",");
  const hasPoint = body.includes(".");
  if (/[^\d]{2,}/.test(body) || /^[,' ]|[,' ]$/.test(body)) return null;
  if (body.includes("'")) return null;
  let intPart: string;
  let frac: string | null = null;
  if (hasComma && hasPoint) {
    if (spaced) return "ambiguous";
    const decimal = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const at = body.lastIndexOf(decimal);
    if (body.indexOf(decimal) !== at) return "ambiguous";
    intPart = body.slice(0, at);
    frac = body.slice(at + 1);
    if (frac.includes(group) || !groupsInThrees(intPart.split(group))) return "ambiguous";
    intPart = intPart.split(group).join("");
  } else if (hasComma || hasPoint) {
    const sep = hasComma ? "," : ".";
    const parts = body.split(sep);
    const [head = "", ...tail] = parts;
    if (spaced) {
      // spaces group the whole part; the one comma or point is the decimal
      if (tail.length !== 1) return "ambiguous";
      if (!groupsInThrees(head.split(" "))) return "ambiguous";
      intPart = head.split(" ").join("");
      frac = tail[0] ?? "";
      if (frac.includes(" ")) return null;
    } else if (tail.length === 1 && (sep === "." || !groupsInThrees(parts))) {
      intPart = head;
      frac = tail[0] ?? "";
    } else if (groupsInThrees(parts)) {
      // 1,000 · 12,345,678 · 1.000.000
      intPart = parts.join("");
    } else {
      return "ambiguous";
    }
  } else {
    if (spaced && !groupsInThrees(body.split(" "))) return null;
    intPart = body.split(" ").join("");
  }
  if (!/^\d*$/.test(intPart) || (frac !== null && !/^\d*$/.test(frac))) return null;
  if (intPart === "" && (frac === null || frac === "")) return null;
  return `${intPart === "" ? "0" : intPart}${frac ? `.${frac}` : ""}`;
}

/**
 * Reads a typed number for a field of `role` in a scenario in `currency`.
 * Examples: "1,000.5" → 1000.5; "0,05" → 0.05; "$0.05" (USD) → 0.05; "126T" (difficulty) →
 * 126000000000000; "３０００" → 3000; "1,000,5" → refused as ambiguous; "abc" → unread.
 */
export function readNumberEntry(text: string, role: EntryRole, currency: Currency): EntryRead {
  const typed = text.trim();
  if (PLAIN.test(typed)) return { kind: "number", value: canonical(new Dec(typed)), plain: true };
  const normalized = normalizeEntryText(text);
  if (normalized === "" || normalized.length > MAX_ENTRY_LENGTH) return { kind: "unread" };
  const unit = unitOf(normalized, role);
  const t = unit ? unit.rest : normalized;
  const p = pieces(t);
  if (p === null) return { kind: "unread" };
  const digits = readBody(p.body);
  if (digits === null) return { kind: "unread" };
  if (digits === "ambiguous") return { kind: "refused", refusal: { why: "ambiguous" } };
  if (p.currency !== null) {
    if (role !== "money") return { kind: "refused", refusal: { why: "currencySign" } };
    if (p.currency !== currency) return { kind: "refused", refusal: { why: "currency", typed: p.currency } };
  }
  if (p.percent && role !== "percent") return { kind: "refused", refusal: { why: "percent" } };
  let exp = p.exp + (unit?.exp ?? 0);
  // a unit and a multiplier together (13.5kT) mean nothing a miner types
  if (unit && p.multiplier) return { kind: "refused", refusal: { why: "multiplier", suffix: p.multiplier.suffix } };
  if (p.multiplier) {
    const allowed = MULTIPLIERS.find((mu) => mu.suffix.test(p.multiplier?.suffix ?? ""))?.roles ?? [];
    if (!allowed.includes(role) || p.percent) return { kind: "refused", refusal: { why: "multiplier", suffix: p.multiplier.suffix } };
    exp += p.multiplier.exp;
  }
  const value = new Dec(`${p.sign}${digits}e${exp}`);
  if (!value.isFinite()) return { kind: "unread" };
  return { kind: "number", value: canonical(value), plain: false };
}

/**
 * A read value as the "read as" line shows it: every digit kept, the whole part grouped in threes,
 * a true minus. Example: "126000000000000" → "126,000,000,000,000"; "-0.05" → "−0.05".
 * It reads back through readNumberEntry as the same number.
 */
export function formatEntryValue(value: string): string {
  const negative = value.startsWith("-");
  const [whole = "0", frac] = (negative ? value.slice(1) : value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "−" : ""}${grouped}${frac ? `.${frac}` : ""}`;
}

/** Digits before the point past which a read value is too long to read digit by digit (10^21 and up). */
const LONGEST_WHOLE = 21;
/** Significant digits the short form keeps. */
const SHORT_DIGITS = 6;
const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/**
 * A read value with more than 21 digits before the point, in a short form a reader can check against
 * what they typed: its first significant digits (at most 6, cut, marked ≈ when any are left out)
 * times a power of ten, and how many digits its whole part has; null for a shorter value, which
 * formatEntryValue writes out. Example: a 1 and 400 zeros → { short: "1 × 10⁴⁰⁰", wholeDigits: 401 };
 * "-12345678" followed by 20 zeros → { short: "≈ −1.23456 × 10²⁷", wholeDigits: 28 }.
 */
export function shortEntryValue(value: string): { short: string; wholeDigits: number } | null {
  const negative = value.startsWith("-");
  const [whole = "0", frac = ""] = (negative ? value.slice(1) : value).split(".");
  if (whole.length <= LONGEST_WHOLE) return null;
  const significant = (whole + frac).replace(/0+$/, "");
  const kept = significant.slice(0, SHORT_DIGITS).replace(/(?<=.)0+$/, "");
  const mantissa = kept.length > 1 ? `${kept[0]}.${kept.slice(1)}` : kept;
  const power = [...String(whole.length - 1)].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join("");
  const about = significant.length > SHORT_DIGITS ? "≈ " : "";
  return { short: `${about}${negative ? "−" : ""}${mantissa} × 10${power}`, wholeDigits: whole.length };
}

/** Long digit runs in an allowed-values text grouped for reading: "0 to 1000000000" → "0 to 1,000,000,000". */
export function groupLongNumbers(text: string): string {
  return text.replace(/(?<![\d.])\d{5,}(?![\d.])/g, (run) => run.replace(/\B(?=(\d{3})+(?!\d))/g, ","));
}
