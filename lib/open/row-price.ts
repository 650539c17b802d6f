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
