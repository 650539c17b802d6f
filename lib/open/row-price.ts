/**
 * The keys GET /rigs/row adds to a ranking's link (app/rigs/row/route.ts): which rig's row to work out
 * again, and the price as the buyer typed it. Apart from the scenario's keys (`rig` and `price` name
 * the link's own rig and its price, which a ranking keeps).
 */
export const ROW_PRICE_KEYS = { rig: "row", price: "at" } as const;

/** The path of one rig's row at a typed price: the ranking's query, then the row's keys. */
export function rowPricePath(query: string, rigId: string, typed: string): string {
  const params = new URLSearchParams(query);
  for (const key of Object.values(ROW_PRICE_KEYS)) params.delete(key);
  params.set(ROW_PRICE_KEYS.rig, rigId);
  params.set(ROW_PRICE_KEYS.price, typed);
  return `/rigs/row?${params.toString()}`;
}

/**
 * The /rigs key that keeps the prices typed in its rows, so that a ranking sent as a link shows the
 * seller's quotes: `quotes=<rig id>:<amount>,<rig id>:<amount>`, each amount per rig in the
 * scenario's currency as the row read it (`quotes=s19-xp:15000,s21:20610`). The calculator ignores
 * it, as it ignores `cap` and `budget`.
 */
export const QUOTES_KEY = "quotes";

/** A rig's quote as the link writes it: the rig's id and the amount's text (not yet read). */
export interface QuoteText {
  rigId: string;
  amount: string;
}

/** The quotes a ranking's link carries, in its order, unread (lib/present/rigs-row.ts reads them). */
export function quotesIn(query: string): QuoteText[] {
  const text = new URLSearchParams(query).get(QUOTES_KEY);
  if (text === null || text.trim() === "") return [];
  return text.split(",").map((part) => {
    const at = part.indexOf(":");
    return at < 0 ? { rigId: part.trim(), amount: "" } : { rigId: part.slice(0, at).trim(), amount: part.slice(at + 1).trim() };
  });
}

/**
 * The ranking's query with one rig's quote set (an amount as the row read it) or taken out (null),
 * every other key and quote kept in its place: what the address bar shows after a price is committed.
 */
export function withQuote(query: string, rigId: string, amount: string | null): string {
  const quotes = quotesIn(query).filter((q) => q.rigId !== rigId);
  if (amount !== null) quotes.push({ rigId, amount });
  const params = new URLSearchParams(query);
  if (quotes.length === 0) params.delete(QUOTES_KEY);
  else params.set(QUOTES_KEY, quotes.map((q) => `${q.rigId}:${q.amount}`).join(","));
  return params.toString().replace(/%2C/g, ",").replace(/%3A/g, ":");
}
