/**
 * A price typed in a rig's row of /rigs: the buyer's quote at the counter. The text is read as the
 * calculator's form reads its rig price (./form.ts readNumberField: "¥25,000", "2.5万", "25000"),
 * and the row is worked out again exactly as the ranking works out a row whose price is the link's
 * own (lib/rigs/rank.ts): the scenario of the row is the one the row's link opens in the calculator.
 */
import type { Scenario } from "../scenario/schema";
import type { FleetGoal } from "../scenario/fleet";
import type { Locale } from "../i18n/locale";
import { findRig } from "../rigs/ids";
import { rankRig } from "../rigs/rank";
import { readNumberField } from "./form";
import { rowView, type RigRowView } from "./rigs-view";
import type { QuoteText } from "../open/row-price";
import { messagesFor } from "../i18n/messages";

/** What a typed price says: nothing (the catalogue's or index's price again), a price, or why not. */
export type RowPriceRead = { kind: "empty" } | { kind: "price"; amount: string } | { kind: "refused"; message: string };

/**
 * Reads a price typed in a row, in the scenario's currency. Empty (or only spaces) is no price: the
 * row goes back to its catalogue or index price. Example: "¥25,000" in yuan → 25000; "-5" → refused,
 * "Rig price must be a number from 0 to 1,000,000,000; “-5” is not."
 */
export function readRowPrice(typed: string, currency: Scenario["currency"], locale: Locale): RowPriceRead {
  if (typed.trim() === "") return { kind: "empty" };
  const read = readNumberField("rigPrice", typed, currency, locale);
  return read.ok ? { kind: "price", amount: read.value } : { kind: "refused", message: read.message };
}

/**
 * The row of `rigId` under the ranking's scenario at `amount` per rig (a canonical decimal, as
 * readRowPrice gives it), in the reader's language: its figures, its price marked as the buyer's,
 * and its link to the calculator carrying that price. Null for a rig the catalogue does not have.
 * With the replay on, the daily history tables must be loaded first (the page loads them).
 */
export function rigRowAtPrice(base: Scenario, p: { rigId: string; amount: string; goal?: FleetGoal }, locale: Locale): RigRowView | null {
  const rig = findRig(p.rigId);
  if (!rig) return null;
  const priced: Scenario = { ...base, rigPrice: p.amount };
  const ranked = rankRig(priced, rig, { own: { id: rig.id, priced: true }, ...(p.goal ? { goal: p.goal } : {}), irr: false });
  return rowView(priced, ranked, locale);
}

/** A price the ranking's link keeps for a row (`quotes`), read: the row at that price, and the text its box shows. */
export interface QuotedRow {
  rigId: string;
  /** The amount as the link writes it, shown in the row's box as if typed. */
  typed: string;
  row: RigRowView;
}

/**
 * The prices the link keeps (lib/open/row-price.ts quotesIn), read as a price typed in a row is: rig
 * id → amount. A quote of a rig the ranking does not list (`listed`: unknown, or released after the
 * start date), a second one for the same rig, or one that does not read as a price is left out, and
 * named in `left` (its rig id, and whether the rig was the trouble or the price).
 */
export function readQuotes(
  quotes: readonly QuoteText[],
  currency: Scenario["currency"],
  listed: ReadonlySet<string>,
): { amounts: Map<string, string>; left: { rigId: string; why: "rig" | "price" }[] } {
  const amounts = new Map<string, string>();
  const left: { rigId: string; why: "rig" | "price" }[] = [];
  for (const quote of quotes) {
    if (!listed.has(quote.rigId) || amounts.has(quote.rigId)) {
      left.push({ rigId: quote.rigId, why: "rig" });
      continue;
    }
    // the link writes the amount as the row read it: a plain decimal, read the same in every language
    const read = readRowPrice(quote.amount, currency, "en");
    if (read.kind === "price") amounts.set(quote.rigId, read.amount);
    else left.push({ rigId: quote.rigId, why: "price" });
  }
  return { amounts, left };
}

/** What the API says of a quote left out (its readers are programs: the key, the rig, the reason). */
export function quoteWarning(left: { rigId: string; why: "rig" | "price" }): string {
  const rig = JSON.stringify(left.rigId.slice(0, 40));
  return left.why === "rig"
    ? `quotes: ${rig} is not a rig this ranking lists (unknown, repeated, or released after the start date); left out`
    : `quotes: the price for ${rig} is not an amount from 0 to 1000000000; left out`;
}

/**
 * The rows at the prices the link keeps, each worked out as a price typed in its row is, and what
 * was left out, in the reader's language (`listed`: the ranking's rows, id → name); the rest of the
 * ranking is kept.
 */
export function quotedRows(
  base: Scenario,
  quotes: readonly QuoteText[],
  listed: ReadonlyMap<string, string>,
  locale: Locale,
  goal?: FleetGoal,
): { rows: QuotedRow[]; refused: string[] } {
  const m = messagesFor(locale).rigs;
  const { amounts, left } = readQuotes(quotes, base.currency, new Set(listed.keys()));
  const rows: QuotedRow[] = [];
  for (const [rigId, amount] of amounts) {
    const row = rigRowAtPrice(base, { rigId, amount, ...(goal ? { goal } : {}) }, locale);
    if (row !== null) rows.push({ rigId, typed: amount, row });
  }
  const refused = left.map((l) => (l.why === "rig" ? m.quoteUnknown : m.quoteRefused(listed.get(l.rigId) ?? l.rigId)));
  return { rows, refused: [...new Set(refused)] };
}
