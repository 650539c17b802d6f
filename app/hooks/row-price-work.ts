// The work of a price typed in a rig's row of /rigs (app/hooks/useRowPrices.ts): a chunk of its own,
// loaded on the first focus of a price box, never part of the page's first load.
export { readRowPrice, rigRowAtPrice } from "@/lib/ranking";
