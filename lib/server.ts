/**
 * The entry of everything that answers on a server or in Node: the routes, the page's server render,
 * the worker, the scripts and the tests. It installs the tables every answer may read, first thing
 * (the Chinese words, lib/i18n/zh.ts; the daily history tables, lib/history/load.ts), then offers the
 * public API (./index) with the page's pieces (./form, ./views) and what only a server computes.
 */
import "./i18n/zh";
import "./history/load";

export * from "./index";
export * from "./form";
export * from "./views";
export { firstHeadline } from "./present/first-headline";
export * from "./ranking";
export { readRowPrice, rigRowAtPrice, quotedRows, readQuotes, quoteWarning, type RowPriceRead, type QuotedRow } from "./present/rigs-row";
export { QUOTES_KEY, quotesIn, withQuote } from "./open/row-price";
export { recordedRanges, recordedRangesOfTables } from "./history/trend";
export { FIELD_NAMES, type FieldInfo } from "./scenario/fields";
export {
  parseMonthlyPrices,
  parsePeakHours,
  parseOutages,
  peakHoursPerDay,
  spanHours,
  MONTH_NAMES,
  type HourSpan,
  type Outage,
} from "./scenario/power";
export { PageStateSchema, PAGE_FIELDS, PAGE_KEYS, readImageQuery, parseFuturesQuery } from "./open/page";
export {
  flatPayback,
  growthGrid,
  growthHeatMap,
  priceHeatMap,
  tornado,
  FuturesRun,
  runFutures,
  historyOdds,
  historyFuturesScenario,
} from "./run";
export { type FuturesOdds } from "./engine/futures-float";
export { futuresWindow, MEAN_BLOCK_PERIODS } from "./history/bootstrap";
export { blockSubsidy, daySubsidy, HALVING_INTERVAL, BLOCKS_PER_DAY } from "./engine/subsidy";
export { type SideJson } from "./present/result";
export { pageScheduleCsv, scheduleFileName } from "./present/csv-page";
export {
  figure,
  formatMoneyCompact,
  formatLongDate,
  formatMonth,
  formatShortDate,
  formatFixed,
  formatBtcShort,
  formatHuge,
  formatMoneyZh,
  formatMoneyCompactZh,
} from "./present/format";
export { PRESET_IDS } from "./open/presets";
export { GROWTH_GRID } from "./engine/flat";
export { type Tornado } from "./sensitivity";
export { HISTORY_SPAN } from "./history/tables";
export {
  sensitivityGrids,
  tornadoView,
  tornadoInput,
  tornadoTicks,
  futuresView,
  historyFuturesView,
  readFuturesSettings,
  readSensitivityTab,
  HEAT_MAP_SIZE,
} from "./present/sensitivity-view";
export { MESSAGES, FIELD_TEXT_ZH, PRESET_TEXT_ZH, OG_TEXT_ZH, RIGS_TEXT_ZH } from "./i18n/zh";
export {
  ogCard,
  ogCardText,
  linkPreview,
  rigName,
  siteOrigin,
  ogText,
  OG_IMAGE_SIZE,
  FALLBACK_ORIGIN,
  type OgCard,
  type OgAnswer,
  type OgFigure,
} from "./present/og";
export { calibrationJson, futuresAnswer, futuresJson, oddsText, oddsViews, payBackPct, PAGE_ODDS } from "./present/odds";
export { DEFAULT_ODDS_MODEL, ODDS_MODELS, type OddsModel } from "./futures-models";
export { CALIBRATION, CALIBRATION_SCRIPT, type Calibration } from "../data/calibration";
export { COOLINGS, type Cooling, type Maker } from "../data/rigs";
export { RIG_IDS } from "./rigs/ids";
export {
  rankRigs,
  rankRig,
  withRig,
  rankPrice,
  releasedBy,
  rigsReleasedBy,
  type RankedRig,
  type RankPrice,
  type RankOptions,
} from "./rigs/rank";
export { rigsCsv } from "./present/rigs-csv";
export { completeRankingQuery, parseRankingQuery, parseRankingLenient, type OwnRig, type RankingParse } from "./rigs/ranking-query";
export { indexPriceOn, indexPointFor, INDEX_STALE_DAYS, type IndexPrice } from "./rigs/price-index";
export { fleetOf, rigKwAtWall, type Fleet } from "./rigs/fleet";
export { PRICE_INDEX, type PriceIndexPoint, type PriceBand } from "../data/rig-price-index";
export {
  readFleetGoal,
  serializeFleetGoal,
  readFleetValue,
  hasFleetGoal,
  FLEET_KEYS,
  FLEET_LIMITS,
  type FleetGoal,
} from "./scenario/fleet";
export { linkWarningsForRanking, siteFigures, type SiteFigure } from "./present/rigs-site";
export { rigsJson, rigJson, rigsPageView, emptyRigsPageView, rigCalculatorPath, type RigJson, type RigSideJson } from "./present/rigs-view";
export { impliedHashrateEhs, isNetworkStale, networkAgeDays, NETWORK_STALE_DAYS } from "./network/figures";
export { NETWORK_SNAPSHOT } from "../data/network";
export { parseDifficulty } from "./scenario/units";
export {
  DEFAULT_NETWORK_API,
  MEMPOOL_PATHS,
  readMempool,
  type MempoolAnswers,
  type MempoolPath,
  type MempoolReading,
} from "./network/mempool";
export { plausibleReading } from "./network/plausible";
export { assert } from "./core/assert";
export { Dec } from "./core/decimal";
export { daysBetween } from "./core/dates";
export { estimateStartHeight } from "./scenario/schema";
export { FieldSchemas } from "./open/schema";
export { fieldText } from "./open/query";
export { serializePageState, pageDefaults } from "./open/page";
export { localeFromAcceptLanguage } from "./i18n/locale";
export { formatMoney, formatNumber } from "./present/format";
export { heatMapSize, type WorkCost } from "./work-cost";
