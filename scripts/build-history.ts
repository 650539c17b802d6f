/**
 * Builds data/history-table.ts, data/fees-table.ts and data/history-spans.ts from the public CSVs in ../shared/data
 * (sources and caveats: ../shared/data/README.md; the method: data/README.md, "History tables").
 *
 *   npx tsx scripts/build-history.ts
 *
 * The difficulty and price of the source are 7-day trailing averages: the point dated D averages
 * the days D-7 … D-1. Their mean day is D-4, so each point is written under the date D-4 (its
 * centred date). The fees are single days' totals and keep their own dates. The values are copied
 * as text, never parsed as floats.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dayNumber, isoDate } from "../lib/core/dates";
import { packDays } from "../lib/history/packed";
import { VOLATILITY_YEARS, volatilityPct } from "../lib/history/volatility";

/** Days from a source date back to the centre of its trailing window (mean of D-7 … D-1). */
export const CENTRE_SHIFT_DAYS = 4;

/** Days between two points of the fee table (btc-fees.csv has one every 4 days, no gaps). */
export const FEE_STEP_DAYS = 4;

/** Recorded block heights (sources in data/README.md, "History tables"). */
export const RECORDED_HEIGHTS: readonly (readonly [date: string, height: number])[] = [
  ["2009-01-03", 0],
  ["2012-11-28", 210_000],
  ["2016-07-09", 420_000],
  ["2018-01-15", 504_400],
  ["2020-05-11", 630_000],
  ["2024-04-20", 840_000],
  ["2026-02-07", 935_424],
];

export interface HistoryTables {
  /** [centred date, difficulty as in the source]. */
  difficulty: (readonly [string, string])[];
  /** [centred date, USD per BTC as in the source]. */
  btcUsd: (readonly [string, string])[];
  /** [month YYYY-MM, CNY per USD as in the source]. */
  cnyPerUsd: (readonly [string, string])[];
}

/** [date, BTC of fees paid that one day, as in the source]. */
export type FeePoint = readonly [date: string, feesBtcPerDay: string];

const POSITIVE_DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function fail(message: string): never {
  throw new Error(`build-history: ${message}`);
}

/** One text cell per column of `H`. */
type Row<H extends readonly string[]> = { readonly [K in keyof H]: string };

function hasWidth<H extends readonly string[]>(cells: string[], columns: H): cells is string[] & Row<H> {
  return cells.length === columns.length;
}

/** The data rows of a CSV whose header is exactly `columns`, each with one cell per column. */
function rows<const H extends readonly string[]>(csv: string, columns: H, name: string): Row<H>[] {
  const header = columns.join(",");
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== "");
  if (lines[0] !== header) fail(`${name}: expected header "${header}", got "${lines[0] ?? ""}"`);
  return lines.slice(1).map((line, i) => {
    const cells = line.split(",");
    if (!hasWidth(cells, columns)) fail(`${name} line ${i + 2}: expected ${columns.length} cells, got ${cells.length}`);
    return cells;
  });
}

function positive(value: string, where: string): string {
  if (!POSITIVE_DECIMAL.test(value) || /^0(\.0+)?$/.test(value)) fail(`${where}: not a positive decimal: "${value}"`);
  return value;
}

function dateDay(date: string, where: string): number {
  const day = dayNumber(date);
  if (day === null) fail(`${where}: not a date: "${date}"`);
  return day;
}

function centred(date: string, where: string): string {
  return isoDate(dateDay(date, where) - CENTRE_SHIFT_DAYS);
}

function monthIndex(month: string): number | null {
  const m = MONTH.exec(month);
  if (!m) return null;
  const mo = Number(m[2]);
  return mo >= 1 && mo <= 12 ? Number(m[1]) * 12 + mo - 1 : null;
}

/** Fails unless the keys strictly increase (by `step` exactly, when given). */
function checkOrder(keys: number[], name: string, step?: number): void {
  keys.forEach((key, i) => {
    const previous = keys[i - 1];
    if (previous === undefined) return;
    const gap = key - previous;
    if (!(gap > 0) || (step !== undefined && gap !== step)) fail(`${name}: row ${i + 1} breaks the order`);
  });
}

function lastOf<T>(items: readonly T[], name: string): T {
  const last = items[items.length - 1];
  if (last === undefined) fail(`${name} is empty`);
  return last;
}

/** The tables from the two source CSVs' text. Pure; throws on anything unexpected. */
export function buildTables(difficultyPriceCsv: string, cnyCsv: string): HistoryTables {
  const difficulty: (readonly [string, string])[] = [];
  const btcUsd: (readonly [string, string])[] = [];
  for (const [date, d, p] of rows(difficultyPriceCsv, ["date", "difficulty", "price_usd"], "btc-difficulty-price.csv")) {
    const where = `btc-difficulty-price.csv ${date}`;
    if (d === "" && p === "") fail(`${where}: row without values`);
    const at = centred(date, where);
    if (d !== "") difficulty.push([at, positive(d, where)]);
    if (p !== "") btcUsd.push([at, positive(p, where)]);
  }
  checkOrder(
    difficulty.map(([date]) => dayNumber(date) ?? NaN),
    "difficulty",
  );
  checkOrder(
    btcUsd.map(([date]) => dayNumber(date) ?? NaN),
    "price",
  );

  const cnyPerUsd = rows(cnyCsv, ["month", "cny_per_usd"], "usd-cny-monthly.csv").map(([month, rate]) => {
    const where = `usd-cny-monthly.csv ${month}`;
    if (monthIndex(month) === null) fail(`${where}: not a month`);
    return [month, positive(rate, where)] as const;
  });
  checkOrder(
    cnyPerUsd.map(([month]) => monthIndex(month) ?? NaN),
    "CNY per USD",
    1,
  );
  if (difficulty.length === 0 || btcUsd.length === 0 || cnyPerUsd.length === 0) fail("a table is empty");
  return { difficulty, btcUsd, cnyPerUsd };
}

/**
 * The fee table from btc-fees.csv's text: every row as [date, BTC per day], dates unchanged (each
 * point is that one day's total, not an average). Pure; throws unless the dates are real and
 * exactly FEE_STEP_DAYS apart and every value is a positive decimal.
 */
export function buildFees(feesCsv: string): FeePoint[] {
  const name = "btc-fees.csv";
  const points = rows(feesCsv, ["date", "fees_btc_per_day"], name).map(([date, fees]): FeePoint => {
    const where = `${name} ${date}`;
    dateDay(date, where);
    return [date, positive(fees, where)];
  });
  checkOrder(
    points.map(([date]) => dayNumber(date) ?? NaN),
    "fees",
    FEE_STEP_DAYS,
  );
  if (points.length === 0) fail("the fee table is empty");
  return points;
}

function array(name: string, doc: string, type: string, items: string[]): string {
  const body = items.map((item) => `  ${item},`).join("\n");
  return `/** ${doc} */\nexport const ${name}: ${type} = [\n${body}\n];\n`;
}

function pairs(points: readonly (readonly [string, string])[]): string[] {
  return points.map(([a, b]) => `["${a}", "${b}"]`);
}

/** A dated table packed (lib/history/packed.ts): runs of stepped dates, then the values. */
function packed(name: string, doc: string, points: readonly (readonly [string, string])[]): string {
  const { runs, values } = packDays(points);
  const runText = runs.map(([from, step, count]) => `["${from}", ${step}, ${count}]`).join(", ");
  const body = values.map((line) => `    "${line}",`).join("\n");
  return `/** ${doc} */\nexport const ${name}: PackedDays = {\n  runs: [${runText}],\n  values: [\n${body}\n  ],\n};\n`;
}

/** The text of data/history-table.ts: the daily difficulty and price, loaded by the page only when a view needs them. */
export function renderTables(t: HistoryTables): string {
  return [
    "/*",
    " * GENERATED by scripts/build-history.ts from ../shared/data/btc-difficulty-price.csv. Do not edit:",
    " * change the script or the source and run",
    " *   npx tsx scripts/build-history.ts",
    ' * Sources, units and the date-centring method: data/README.md, "History tables".',
    " * Read it through lib/history/tables.ts (the tables are packed: lib/history/packed.ts). Only",
    " * lib/history/load.ts imports this file: the page loads it when a view needs recorded days.",
    " */",
    "",
    'import type { PackedDays } from "../lib/history/packed";',
    "",
    packed("DIFFICULTY_PACKED", "Network difficulty (7-day average, exact source text) at its centred date, every 4 days.", t.difficulty),
    packed("BTC_USD_PACKED", "BTC market price in USD per BTC (7-day average, exact source text) at its centred date.", t.btcUsd),
  ].join("\n");
}

function spanText(name: string, doc: string, points: readonly (readonly [string, unknown])[]): string {
  const first = points[0];
  const final = points.at(-1);
  if (first === undefined || final === undefined) fail(`${name}: the table is empty`);
  return `/** ${doc} */\nexport const ${name}: DaySpan = { from: "${first[0]}", to: "${final[0]}" };\n`;
}

/**
 * The text of data/history-spans.ts: what the page needs before the daily tables arrive (their
 * spans, the default volatility measured on them) and the small tables it always uses (CNY per
 * USD by month, block heights).
 */
export function renderSpans(t: HistoryTables, fees: readonly FeePoint[]): string {
  const [lastMonth] = lastOf(t.cnyPerUsd, "the CNY table");
  return [
    "/*",
    " * GENERATED by scripts/build-history.ts from ../shared/data/btc-difficulty-price.csv,",
    " * ../shared/data/usd-cny-monthly.csv and ../shared/data/btc-fees.csv. Do not edit: change the",
    " * script or the sources and run",
    " *   npx tsx scripts/build-history.ts",
    ' * Sources, units and method: data/README.md, "History tables". Read it through lib/history/spans.ts.',
    " * The daily tables themselves (data/history-table.ts, data/fees-table.ts) are loaded by the page",
    " * only when a view needs them; this file is what every view may need at once.",
    " */",
    "",
    "/** First and last day (`YYYY-MM-DD`, both included) of a table. */",
    "export interface DaySpan {",
    "  from: string;",
    "  to: string;",
    "}",
    "",
    `/** Days each source date was moved back: the centre of the 7-day trailing window D-7 … D-1. */`,
    `export const CENTRE_SHIFT_DAYS = ${CENTRE_SHIFT_DAYS};`,
    "",
    `/** Days between two points of the fee table. */`,
    `export const FEE_STEP_DAYS = ${FEE_STEP_DAYS};`,
    "",
    spanText("DIFFICULTY_SPAN", "Days covered by the difficulty table (centred dates).", t.difficulty),
    spanText("BTC_USD_SPAN", "Days covered by the BTC price table (centred dates).", t.btcUsd),
    spanText("FEES_SPAN", "Days covered by the fee table.", fees),
    `/** BTC's annualized volatility over the last ${VOLATILITY_YEARS} years of the price table, % (lib/history/volatility.ts). */`,
    `export const RECENT_VOLATILITY_PCT = ${volatilityPct(t.btcUsd, VOLATILITY_YEARS)};`,
    "",
    array(
      "CNY_PER_USD_MONTHS",
      "Monthly average CNY per 1 USD (FRED EXCHUS; DEXCHUS averages from 2025-08), exact source text.",
      "ReadonlyArray<readonly [month: string, rate: string]>",
      pairs(t.cnyPerUsd),
    ),
    `/** The last month with a recorded CNY rate; later months reuse its rate. */`,
    `export const LAST_RATE_MONTH = "${lastMonth}";`,
    "",
    array(
      "HEIGHT_POINTS",
      "Recorded block heights by UTC date (2018-01-15 approximate); linear by day in between.",
      "ReadonlyArray<readonly [date: string, height: number]>",
      RECORDED_HEIGHTS.map(([date, height]) => `["${date}", ${height}]`),
    ),
  ].join("\n");
}

/** The text of data/fees-table.ts. */
export function renderFees(points: readonly FeePoint[]): string {
  return [
    "/*",
    " * GENERATED by scripts/build-history.ts from ../shared/data/btc-fees.csv. Do not edit: change",
    " * the script or the source and run",
    " *   npx tsx scripts/build-history.ts",
    ' * Source, units and method: data/README.md, "History tables". Read it through lib/history/fees.ts.',
    " * The table is packed: lib/history/packed.ts. Only lib/history/load.ts imports this file: the page",
    " * loads it when a view needs recorded days.",
    " */",
    "",
    'import type { PackedDays } from "../lib/history/packed";',
    "",
    packed(
      "FEE_PACKED",
      "Transaction fees paid to miners in all blocks of one UTC day, BTC per day (exact source text), every 4 days.",
      points,
    ),
  ].join("\n");
}

function main(): void {
  const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
  const shared = join(repo, "..", "shared", "data");
  const tables = buildTables(
    readFileSync(join(shared, "btc-difficulty-price.csv"), "utf8"),
    readFileSync(join(shared, "usd-cny-monthly.csv"), "utf8"),
  );
  const fees = buildFees(readFileSync(join(shared, "btc-fees.csv"), "utf8"));
  const out = join(repo, "data", "history-table.ts");
  const text = renderTables(tables);
  writeFileSync(out, text);
  const feesOut = join(repo, "data", "fees-table.ts");
  const feesText = renderFees(fees);
  writeFileSync(feesOut, feesText);
  const span = (p: readonly (readonly [string, string])[]) => `${p[0]?.[0] ?? ""} … ${p.at(-1)?.[0] ?? ""}`;
  console.log(
    `wrote ${relative(process.cwd(), out)} (${text.length} bytes): ` +
      `${tables.difficulty.length} difficulty points ${span(tables.difficulty)}, ` +
      `${tables.btcUsd.length} price points ${span(tables.btcUsd)}, ` +
      `${tables.cnyPerUsd.length} months ${span(tables.cnyPerUsd)}`,
  );
  console.log(`wrote ${relative(process.cwd(), feesOut)} (${feesText.length} bytes): ${fees.length} fee points ${span(fees)}`);
  const spansOut = join(repo, "data", "history-spans.ts");
  const spansText = renderSpans(tables, fees);
  writeFileSync(spansOut, spansText);
  console.log(`wrote ${relative(process.cwd(), spansOut)} (${spansText.length} bytes)`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
