/**
 * Rig Payback's public API: parse a scenario (URL, JSON), run it, and read its result.
 * Everything here is pure: no React, no clock, no network.
 */

// every language's words, before anything that speaks (the page alone loads Chinese on demand: lib/i18n/zh.ts)
import "./i18n/zh";
// the daily history tables, installed before anything can read them (lib/history/daily.ts)
import "./history/load";

export { Dec } from "./core/decimal";
export { FIELDS, FIELD_NAMES, type ScenarioField, type FieldInfo } from "./scenario/fields";
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
export { FieldSchemas, estimateStartHeight, type Scenario, type Mode, type Currency } from "./scenario/schema";
export {
  parseQuery,
  parseQueryLenient,
  validateRaw,
  serializeScenario,
  sharePath,
  pagePath,
  fieldText,
  MAX_QUERY_LENGTH,
  type KeyIssue,
  type ParseResult,
  type RawScenario,
} from "./scenario/query";
export {
  readWindow,
  WINDOW_ALLOWED,
  PageStateSchema,
  PAGE_FIELDS,
  PAGE_KEYS,
  SENSITIVITY_TABS,
  pageDefaults,
  parsePageState,
  serializePageState,
  futuresSettings,
  futuresInput,
  readImageQuery,
  parseFuturesQuery,
  FUTURES_MODELS,
  type FuturesModel,
  type PageState,
  type SensitivityTab,
} from "./scenario/page";
export {
  simulate,
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
export { type Simulation, type SideSummary, type SideName } from "./engine/simulate";
export { blockSubsidy, daySubsidy, HALVING_INTERVAL, BLOCKS_PER_DAY } from "./engine/subsidy";
export { resultJson, type ResultJson, type SideJson } from "./present/result";
export { scheduleCsv } from "./present/csv";
export { pageScheduleCsv, scheduleFileName } from "./present/csv-page";
export {
  addSaved,
  cleanName,
  deleteSaved,
  readSavedList,
  renameSaved,
  savedComparison,
  suggestedName,
  writeSavedList,
  SAVED_STORAGE_KEY,
  SAVED_UNREADABLE_KEY,
  MAX_NAME_LENGTH,
  type SavedComparison,
  type SavedScenario,
} from "./present/saved";
export {
  figure,
  formatMoney,
  formatMoneyCompact,
  formatNumber,
  formatLongDate,
  formatMonth,
  formatShortDate,
  formatFixed,
  formatBtcShort,
  formatHuge,
  FORMATTERS,
  formatMoneyZh,
  formatMoneyCompactZh,
  type Formatter,
} from "./present/format";
export { addDays, daysBetween, dayNumber } from "./core/dates";
export { PRESETS, PRESET_IDS, findPreset, DEFAULT_PRESET_ID, usesNetwork } from "../data/presets";
export { GROWTH_GRID } from "./engine/flat";
export { type Tornado } from "./engine/sensitivity";
export { FUTURES_DEFAULTS, FUTURES_LIMITS, type FuturesSettings } from "./engine/futures";
export { convertMoneyTexts, defaultCnyPerUsd, efficiencyJPerTh, MONEY_FIELDS, parseRate, rateError } from "./present/convert";
export {
  sideView,
  chartView,
  compareView,
  flatView,
  CHART_POINTS,
  scenarioLine,
  historyLine,
  type SideView,
  type ChartView,
  type ChartPoint,
  type CompareView,
  type Figure,
} from "./present/view";
export { HISTORY_SPAN } from "./history/tables";
export {
  scenarioTexts,
  checkForm,
  presetScenario,
  presetTexts,
  modeTexts,
  currencyTexts,
  type FormField,
  type FormTexts,
} from "./present/form";
export { headlineViews } from "./present/headline";
export {
  sensitivityGrids,
  tornadoView,
  futuresView,
  historyFuturesView,
  readFuturesSettings,
  readSensitivityTab,
  tabForKey,
  heatMove,
  HEAT_COLOURS,
  NEVER_COLOUR,
  HEAT_MAP_SIZE,
  type HeatMapView,
  type TornadoView,
  type SensitivityGrids,
  type FuturesView,
} from "./present/sensitivity-view";
export { downsample, monthTicks, niceTicks, sameSeries, spacedLabels } from "./present/chart";
export {
  LOCALES,
  LOCALE_COOKIE,
  HTML_LANG,
  LOCALE_NAME,
  LOCALE_SHORT,
  localeFromAcceptLanguage,
  pickLocale,
  type Locale,
} from "./i18n/locale";
export { messagesFor, type Messages } from "./i18n/messages";
export { MESSAGES, FIELD_TEXT_ZH, PRESET_TEXT_ZH, OG_TEXT_ZH } from "./i18n/zh";
export { isLocaleLoaded } from "./i18n/registry";
export { fieldLabel, fieldUnit, fieldAllowed, fieldHelp, presetName, presetStory } from "./i18n/fields";
export { localizeMessage } from "./i18n/notices";
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
export { isOpeningStory, scenarioTitle } from "./present/title";
export { growthChoices, growthChoiceText } from "./present/growth";
export { moneyView, SPARK_BOX } from "./present/money-view";
export { futuresJson, oddsText, oddsViews, payBackPct, PAGE_ODDS, type OddsView } from "./present/odds";
export { RIGS, RIG_IDS, MAKERS, COOLINGS, findRig, type Rig, type Cooling, type Maker } from "../data/rigs";
export { rigPriceIn, rigRaw, isRigsOwn, type RigPriceIn } from "./rigs/catalogue";
export { recordedRanges, recordedRangesOfTables, type RecordedRange } from "./history/trend";
export { releasedAfter, rigOutOfEra, eraWarning, isEraWarning, todaysNetworkFor } from "./rigs/era";
export { priceOfAnotherRig, presetFits, rigHold, chooseRigTexts, moveToTodayTexts, type RigHold } from "./present/rig-choice";
export { rankRigs, rankRig, withRig, rankPrice, type RankedRig, type RankPrice } from "./rigs/rank";
export {
  rigsJson,
  rigJson,
  rigsPageView,
  rigCalculatorPath,
  siteFigures,
  filterRigRows,
  sortRigRows,
  firstDir,
  RANK_KEYS,
  type RigJson,
  type RigSideJson,
  type RigRowView,
  type RigsPageView,
  type RankKey,
  type RankCell,
  type SortDir,
  type RigFilter,
} from "./present/rigs-view";
export { impliedHashrateEhs, isNetworkStale, networkAgeDays, NETWORK_STALE_DAYS, type NetworkFigures } from "./network/figures";
export { NETWORK_SNAPSHOT } from "../data/network";
export { parseDifficulty } from "./scenario/units";
export { impliedHashrateText, networkLineView, type NetworkLineView } from "./present/network-view";
export {
  POWER_KEYS,
  POWER_FIELDS,
  MONTHS_IN_YEAR,
  HOURS_IN_DAY,
  TEMPLATE_IDS,
  splitMonths,
  joinMonths,
  flatMonths,
  monthCellsValid,
  templateMonths,
  matchingTemplate,
  readPeakHours,
  peakHourFlags,
  hoursText,
  toggleHour,
  peakHourCount,
  readOutages,
  outagesText,
  outageIssues,
  outageDaysWithin,
  monthBands,
  monthTiers,
  withoutSide,
  powerFieldSet,
  type PowerField,
  type PowerTexts,
  type TemplateId,
  type PeakIssue,
  type OutageRow,
  type OutageIssue,
  type MonthBand,
} from "./present/power-view";
