/**
 * The rig ranking page's own entry (app/components/RigsRanking.tsx): the words of its pieces, and the
 * address of one row worked out again at a typed price (GET /rigs/row, on the server: the page's first
 * load carries no more of the engine for it). Apart from lib/views.ts, which the calculator's page
 * reads too: nothing here reaches the calculator's first load. Pure, nothing happens on import.
 */
export { rigsText, rowPriceText, type RigsText } from "./present/rigs-text";
export { ROW_PRICE_KEYS, rowPricePath } from "./open/row-price";
