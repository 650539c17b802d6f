/**
 * The rig ranking page's own entry (app/components/RigsRanking.tsx): the words of its pieces, and a
 * rig's row worked out again at a price the buyer types (loaded when first typed). Apart from
 * lib/views.ts, which the calculator's page reads too: nothing here reaches the calculator's first load.
 * Pure, nothing happens on import.
 */
export { rigsText, type RigsText } from "./present/rigs-text";
export { readRowPrice, rigRowAtPrice, type RowPriceRead } from "./present/rigs-row";
