/**
 * What actually happened (spec §6): the recorded difficulty, BTC price and block heights of each
 * day the history tables cover, in the scenario's currency.
 */
import { Dec } from "../core/decimal";
import { addDays, dateParts, daysBetween } from "../core/dates";
import { FEES_SPAN, feesPerBlockOn } from "./fees";
import type { Scenario } from "../scenario/schema";
import { canonical } from "../scenario/schema";
import { HISTORY_SPAN, LAST_RATE_MONTH, btcUsdOn, cnyPerUsdFor, difficultyOn, heightOn } from "./tables";

export interface RecordedMarket {
  difficulty: Dec[];
  price: Dec[];
  height: number[];
  /** Recorded fees per block (spec §7) of the first days, while the fee table lasts. */
  fees: Dec[];
  /** The first and last day that used recorded figures. */
  span: { from: string; to: string };
}

export type HistoryCheck = { ok: true; scenario: Scenario; notes: string[] } | { ok: false; message: string };

export { HISTORY_SPAN };

function priceOn(date: string, currency: Scenario["currency"]): Dec | null {
  const usd = btcUsdOn(date);
  if (usd === null) return null;
  return currency === "USD" ? new Dec(usd) : new Dec(usd).times(cnyPerUsdFor(date).rate);
}

/** The last day a replay of `s` takes from the tables. */
function lastRecordedDay(s: Scenario): string {
  const end = addDays(s.startDate, s.horizonDays - 1);
  return end < HISTORY_SPAN.to ? end : HISTORY_SPAN.to;
}

/** "2025-12" → "2026-01". */
function nextMonth(month: string): string {
  const { year, month: m } = dateParts(`${month}-01`);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * What a replay says about its own figures (spec §7): the months whose CNY rate was carried past
 * the rate table, and the day the recorded fees end when the replay runs past it.
 * Example: a CNY replay from 2025-06-01 over a year names "2025-12 … 2026-02" and the 2025-11 rate 7.1069.
 */
export function replayNotes(s: Scenario): string[] {
  if (!s.useHistory) return [];
  const notes: string[] = [];
  const last = lastRecordedDay(s);
  const lastMonth = last.slice(0, 7);
  if (s.currency === "CNY" && lastMonth > LAST_RATE_MONTH) {
    const firstMissing = s.startDate.slice(0, 7) > LAST_RATE_MONTH ? s.startDate.slice(0, 7) : nextMonth(LAST_RATE_MONTH);
    const months = firstMissing === lastMonth ? firstMissing : `${firstMissing} … ${lastMonth}`;
    const rate = cnyPerUsdFor(LAST_RATE_MONTH).rate;
    notes.push(`the CNY/USD rate of ${months} is not in the tables: the ${LAST_RATE_MONTH} rate, ${rate}, is used`);
  }
  const end = addDays(s.startDate, s.horizonDays - 1);
  if (end > FEES_SPAN.to) {
    const from = s.startDate > FEES_SPAN.to ? s.startDate : addDays(FEES_SPAN.to, 1);
    notes.push(`recorded fees end on ${FEES_SPAN.to}: from ${from} the replay uses fees = ${s.feesPerBlockBtc} BTC per block`);
  }
  return notes;
}

/**
 * A scenario with `hist=1` takes its difficulty, BTC price and start height from the history of
 * its start date. A start date outside the tables is refused, naming `date` and the covered span.
 */
export function applyHistory(s: Scenario): HistoryCheck {
  if (!s.useHistory) return { ok: true, scenario: s, notes: [] };
  if (s.startDate < HISTORY_SPAN.from || s.startDate > HISTORY_SPAN.to) {
    return {
      ok: false,
      message: `date = "${s.startDate}" is outside the history tables: with hist=1 the start date must be from ${HISTORY_SPAN.from} to ${HISTORY_SPAN.to}`,
    };
  }
  const difficulty = difficultyOn(s.startDate);
  const price = priceOn(s.startDate, s.currency);
  if (difficulty === null || price === null) {
    return {
      ok: false,
      message: `date = "${s.startDate}" has no recorded difficulty and price (${HISTORY_SPAN.from} to ${HISTORY_SPAN.to})`,
    };
  }
  return {
    ok: true,
    scenario: {
      ...s,
      difficulty: canonical(new Dec(difficulty).toDecimalPlaces(2)),
      btcPrice: canonical(price.toDecimalPlaces(2)),
      startHeight: heightOn(s.startDate),
    },
    notes: replayNotes(s),
  };
}

const cache = new Map<string, RecordedMarket>();

/**
 * The recorded figures of days 0 … while the tables last (at most the horizon). Day 0 uses the
 * scenario's own difficulty, price and height (taken from the tables by `applyHistory`), so the
 * first day agrees with the scenario the user sees. Fees per block are the day's recorded fees
 * over the blocks its recorded heights give (lib/history/fees), while the fee table lasts.
 */
export function recordedMarket(s: Scenario): RecordedMarket {
  const key = `${s.startDate}|${s.horizonDays}|${s.currency}|${s.difficulty}|${s.btcPrice}|${s.startHeight}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const days = Math.max(0, Math.min(s.horizonDays, daysBetween(s.startDate, HISTORY_SPAN.to) + 1));
  const difficulty: Dec[] = [];
  const price: Dec[] = [];
  const height: number[] = [];
  const fees: Dec[] = [];
  let previousHeight = s.startHeight;
  for (let d = 0; d < days; d++) {
    const date = addDays(s.startDate, d);
    if (d === 0) {
      difficulty.push(new Dec(s.difficulty));
      price.push(new Dec(s.btcPrice));
      height.push(s.startHeight);
    } else {
      const dd = difficultyOn(date);
      const pp = priceOn(date, s.currency);
      if (dd === null || pp === null) break;
      difficulty.push(new Dec(dd));
      price.push(pp);
      previousHeight = Math.max(previousHeight + 1, heightOn(date));
      height.push(previousHeight);
    }
    // fees are recorded from the first day on, without a gap, until the fee table ends
    if (fees.length === d) {
      const f = feesPerBlockOn(date);
      if (f !== null) fees.push(new Dec(f));
    }
  }
  const market: RecordedMarket = {
    difficulty,
    price,
    height,
    fees,
    span: { from: s.startDate, to: addDays(s.startDate, Math.max(0, difficulty.length - 1)) },
  };
  if (cache.size > 32) cache.delete(cache.keys().next().value as string);
  cache.set(key, market);
  return market;
}
