/**
 * Rig Payback's public API: parse a scenario (URL, JSON), run it, and read its result.
 * Everything here is pure: no React, no clock, no network.
 */
export { Dec } from "./core/decimal";
export { FIELDS, FIELD_NAMES, FIELD_BY_KEY, unitFor, type ScenarioField, type FieldInfo } from "./scenario/fields";
export {
  ScenarioSchema,
  FieldSchemas,
  estimateStartHeight,
  DATE_RANGE,
  type Scenario,
  type ScenarioInput,
  type Mode,
  type Currency,
} from "./scenario/schema";
export {
  parseQuery,
  parseQueryLenient,
  readQuery,
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
  PageStateSchema,
  PAGE_FIELDS,
  PAGE_KEYS,
  SENSITIVITY_TABS,
  SENSITIVITY_KEY,
  FUTURES_KEYS,
  IMAGE_LANG_KEY,
  pageDefaults,
  parsePageState,
  serializePageState,
  futuresSettings,
  futuresInput,
  readImageQuery,
  readWindow,
  parseFuturesQuery,
  FUTURES_MODELS,
  WINDOW_ALLOWED,
  type FuturesRequest,
  type FuturesModel,
  type PageState,
  type SensitivityTab,
} from "./scenario/page";
export { simulate, flatPayback, growthGrid, heatMap, growthHeatMap, priceHeatMap, tornado, FuturesRun, runFutures } from "./run";
export { historyOdds, historyFuturesScenario, type HistoryFuturesRequest, type HistoryOddsResult } from "./run";
export { type FuturesOdds } from "./engine/futures-float";
export { futuresWindow, MEAN_BLOCK_PERIODS, DEFAULT_WINDOW_YEARS, MIN_WINDOW_PERIODS, type WindowChoice } from "./history/bootstrap";
export { type Simulation, type SideSummary, type ScheduleDay, type DaySide, type SideName, type FirstDay } from "./engine/simulate";
export { blockSubsidy, daySubsidy, HALVING_INTERVAL, BLOCKS_PER_DAY } from "./engine/subsidy";
export { periodGrowthFactor, dailyPriceFactor, difficultyOnDay } from "./engine/difficulty";
export { resultJson, scenarioJson, sideJson, type ResultJson, type SideJson } from "./present/result";
export { scheduleCsv } from "./present/csv";
export { figure, formatMoney, formatMoneyCompact, formatNumber, formatBtc, formatLongDate, toChartNumber } from "./present/format";
export { addDays, daysBetween, dayNumber } from "./core/dates";
export { PRESETS, PRESET_IDS, findPreset, DEFAULT_PRESET_ID, type Preset } from "../data/presets";
export { flatScenario, GROWTH_GRID, type FlatPayback, type GrowthCell } from "./engine/flat";
export {
  primarySide,
  stepAxis,
  scaleAxis,
  TORNADO_RELATIVE_PCT,
  TORNADO_GROWTH_STEP,
  type HeatMap,
  type HeatCell,
  type Axis,
  type AxisField,
  type Tornado,
  type TornadoBar,
} from "./engine/sensitivity";
export {
  futureShocks,
  FUTURES_DEFAULTS,
  FUTURES_LIMITS,
  DEFAULT_VOLATILITY_PCT,
  type FuturesSettings,
  type FuturesBand,
} from "./engine/futures";
export { convertMoneyTexts, defaultCnyPerUsd, efficiencyJPerTh, MONEY_FIELDS } from "./present/convert";
export {
  sideView,
  chartView,
  compareView,
  flatView,
  SIDE_LABEL,
  CHART_POINTS,
  type SideView,
  type ChartView,
  type ChartPoint,
  type Marker,
  type CompareView,
  type FlatView,
  type Figure,
} from "./present/view";
export { HISTORY_SPAN } from "./history/tables";
export {
  scenarioTexts,
  checkForm,
  localizeErrors,
  presetScenario,
  presetTexts,
  modeTexts,
  currencyTexts,
  FORM_FIELDS,
  type FormField,
  type FormTexts,
  type FormCheck,
} from "./present/form";
export { headlineViews, type HeadlineViews } from "./present/headline";
export { historicalVolatilityPct, VOLATILITY_YEARS } from "./history/volatility";
export {
  sensitivityGrids,
  tornadoView,
  futuresView,
  historyFuturesView,
  heatMapView,
  readFuturesSettings,
  readSensitivityTab,
  tabForKey,
  heatMove,
  HEAT_COLOURS,
  NEVER_COLOUR,
  HEAT_MAP_SIZE,
  type FuturesPoint,
  type HeatMapView,
  type HeatCellView,
  type TornadoView,
  type TornadoBarView,
  type SensitivityGrids,
  type FuturesView,
} from "./present/sensitivity-view";
export { downsample, monthTicks, CHART_EVENTS, TABLE_STRIDE, type ChartTick, type ChartSpan } from "./present/chart";
export { formatMonth, formatShortDate } from "./present/format";
export { parseRate, rateError, type DefaultRate } from "./present/convert";
export { QUOTED_CNY_PER_USD, type QuotedRate } from "../data/exchange-rates";
export { scenarioLine, historyLine } from "./present/view";
export { formatFixed } from "./present/format";
export { FORMATTERS, formatMoneyZh, formatMoneyCompactZh, formatDateZh, formatMonthZh, type Formatter } from "./present/format";
export { horizonText } from "./present/view";
export {
  type Locale,
  LOCALES,
  DEFAULT_LOCALE,
  LOCALE_COOKIE,
  HTML_LANG,
  LOCALE_NAME,
  LOCALE_SHORT,
  isLocale,
  localeFromAcceptLanguage,
  pickLocale,
} from "./i18n/locale";
export { MESSAGES, messagesFor, type Messages } from "./i18n/messages";
export { FIELD_TEXT_ZH, PRESET_TEXT_ZH, fieldLabel, fieldUnit, fieldAllowed, fieldHelp, presetName, presetStory } from "./i18n/fields";
export { localizeMessage } from "./i18n/notices";
export {
  ogCard,
  linkPreview,
  rigName,
  siteOrigin,
  OG_TEXT,
  OG_TEXT_ZH,
  OG_LANG_KEY,
  ogText,
  type OgText,
  OG_IMAGE_SIZE,
  OG_IMAGE_PATH,
  FALLBACK_ORIGIN,
  type OgCard,
  type OgAnswer,
  type OgFigure,
  type OgTone,
  type LinkPreview,
} from "./present/og";
export { growthChoices, growthChoiceText, type GrowthChoice, type GrowthChoiceId } from "./present/growth";
export { moneyView, POLICIES, SPARK_BOX, type MoneyView, type PolicyColumn } from "./present/money-view";
export { type CoinPolicy } from "./scenario/schema";
export { futuresJson, oddsText, oddsViews, payBackPct, PAGE_ODDS, type FuturesJson, type OddsView } from "./present/odds";
