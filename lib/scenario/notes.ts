/**
 * The codec's notes that are said wherever a scenario is read (the API, the CLI, the page): one
 * text each, and the pattern the page's language tables know it by (lib/i18n/notices.ts).
 */

/** With prices by the month the crossover is a shift of every month's price, not a price (the contract's section on monthly prices). */
export const CROSSOVER_SHIFT_NOTE =
  "with kwhm, crossoverElectricityPrice is the amount added to every month's self-run price at which both sides end level, not a price";

/** The note exactly, as a pattern for the reader's words. */
export const CROSSOVER_SHIFT_RE = new RegExp(`^${CROSSOVER_SHIFT_NOTE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
