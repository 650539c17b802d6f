/**
 * What actually happened (spec §6): the recorded difficulty, BTC price and block heights of each
 * day the history tables cover, in the scenario's currency.
 */
import { Dec } from "../core/decimal";
import { addDays, daysBetween } from "../core/dates";
import type { Scenario } from "../scenario/schema";
import { canonical } from "../scenario/schema";
import { HISTORY_SPAN, LAST_RATE_MONTH, btcUsdOn, cnyPerUsdFor, difficultyOn, heightOn } from "./tables";

export interface RecordedMarket {
  difficulty: Dec[];
  price: Dec[];
  height: number[];
  /** The first and last day that used recorded figures. */
  span: { from: string; to: string };
  /** Said in the result: e.g. the CNY rate carried past the end of its table. */
  notes: string[];
}

export type HistoryCheck = { ok: true; scenario: Scenario; notes: string[] } | { ok: false; message: string };

export { HISTORY_SPAN };

function rateOn(date: string): { rate: Dec; extrapolated: boolean } {
  const r = cnyPerUsdFor(date);
  return { rate: new Dec(r.rate), extrapolated: r.extrapolated };
}

function priceOn(date: string, currency: Scenario["currency"]): { price: Dec; extrapolated: boolean } | null {
  const usd = btcUsdOn(date);
  if (usd === null) return null;
  if (currency === "USD") return { price: new Dec(usd), extrapolated: false };
  const { rate, extrapolated } = rateOn(date);
  return { price: new Dec(usd).times(rate), extrapolated };
}

const rateNote = `CNY/USD rates after ${LAST_RATE_MONTH} are not in the tables: later months use the ${LAST_RATE_MONTH} rate.`;

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
  const notes = price.extrapolated ? [rateNote] : [];
  return {
    ok: true,
    scenario: {
      ...s,
      difficulty: canonical(new Dec(difficulty).toDecimalPlaces(2)),
      btcPrice: canonical(price.price.toDecimalPlaces(2)),
      startHeight: heightOn(s.startDate),
    },
    notes,
  };
}

const cache = new Map<string, RecordedMarket>();

/**
 * The recorded figures of days 0 … while the tables last (at most the horizon). Day 0 uses the
 * scenario's own difficulty, price and height (taken from the tables by `applyHistory`), so the
 * first day agrees with the scenario the user sees.
 */
export function recordedMarket(s: Scenario): RecordedMarket {
  const key = `${s.startDate}|${s.horizonDays}|${s.currency}|${s.difficulty}|${s.btcPrice}|${s.startHeight}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const days = Math.max(0, Math.min(s.horizonDays, daysBetween(s.startDate, HISTORY_SPAN.to) + 1));
  const difficulty: Dec[] = [];
  const price: Dec[] = [];
  const height: number[] = [];
  let extrapolated = false;
  let previousHeight = s.startHeight;
  for (let d = 0; d < days; d++) {
    if (d === 0) {
      difficulty.push(new Dec(s.difficulty));
      price.push(new Dec(s.btcPrice));
      height.push(s.startHeight);
      continue;
    }
    const date = addDays(s.startDate, d);
    const dd = difficultyOn(date);
    const pp = priceOn(date, s.currency);
    if (dd === null || pp === null) break;
    extrapolated ||= pp.extrapolated;
    difficulty.push(new Dec(dd));
    price.push(pp.price);
    previousHeight = Math.max(previousHeight + 1, heightOn(date));
    height.push(previousHeight);
  }
  const market: RecordedMarket = {
    difficulty,
    price,
    height,
    span: { from: s.startDate, to: addDays(s.startDate, Math.max(0, difficulty.length - 1)) },
    notes: extrapolated ? [rateNote] : [],
  };
  if (cache.size > 32) cache.delete(cache.keys().next().value as string);
  cache.set(key, market);
  return market;
}
