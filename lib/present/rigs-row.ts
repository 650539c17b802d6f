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
