/**
 * The pages' shell, a public entry for the page's first load: their words and number formats, the
 * languages, and /rigs' own sorting, filtering and typed row prices. Nothing here parses a scenario
 * or runs the engine: /rigs' first load is this, its table coming ready-made from the server.
 */
export { messagesFor, type Messages } from "./i18n/messages";
export { FORMATTERS, type Formatter } from "./present/format";
export { HTML_LANG, LOCALE_COOKIE, LOCALE_NAME, LOCALE_SHORT, LOCALES, type Locale } from "./i18n/locale";
export { makerName } from "./i18n/rig-names";
export { filterRigRows, firstDir, sortRigRows, type RigFilter } from "./present/rigs-order";
export type { RankCell, RankKey, RigRowView, RigsPageView, SortDir } from "./present/rigs-view";
export { capacityFieldsOf, capKwOf } from "./scenario/fleet";
export { rowPriceText } from "./present/rigs-text";
export { ROW_PRICE_KEYS, rowPricePath, QUOTES_KEY, quotesIn, withQuote } from "./open/row-price";
