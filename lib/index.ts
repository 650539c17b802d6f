/**
 * Rig Payback's public API: parse a scenario (a link, JSON), run it, and read its result, in either
 * language. Pure, and nothing happens on import: no React, no clock, no network, no table installed.
 * A server, a script, the worker or a test imports lib/server.ts, which installs the Chinese words
 * and the daily history tables and re-exports all of this; the page loads them when it needs them
 * (app/components/preload/). The page's own pieces come through lib/form.ts and lib/views.ts.
 */

// a scenario: its fields, its link, the page's own keys
export { FIELDS, FIELD_BY_KEY, type ScenarioField } from "./scenario/fields";
export { type Scenario, type Mode, type Currency } from "./scenario/schema";
export {
  parseQuery,
  parseQueryLenient,
  readUnconverted,
  replaysHistory,
  validateRaw,
  serializeScenario,
  sharePath,
  pagePath,
  MAX_QUERY_LENGTH,
  type KeyIssue,
  type ParseResult,
  type RawScenario,
} from "./open/query";
export { parsePageState, futuresSettings, readWindow, formatWindow, windowOrDefault, type PageState } from "./open/page";
export { PRESETS, DEFAULT_PRESET_ID, findPreset, usesNetwork, type Preset } from "./open/presets";
export { RIGS, MAKERS, type Rig } from "../data/rigs";
export { findRig } from "./rigs/ids";
export { type NetworkFigures } from "./network/figures";
export { dailyTablesLoaded } from "./history/daily";

// running it, and its result
export { simulate } from "./simulate-recorded";
export { type Simulation, type SideSummary, type SideName } from "./engine/simulate";
export { FUTURES_DEFAULTS, FUTURES_LIMITS, type FuturesSettings } from "./engine/futures";
export { FUTURES_MODELS, type FuturesModel } from "./open/page";
export { resultJson, type ResultJson } from "./present/result";
export { scheduleCsv } from "./present/csv";

// words and figures
export { LOCALES, LOCALE_COOKIE, HTML_LANG, LOCALE_NAME, LOCALE_SHORT, pickLocale, type Locale } from "./i18n/locale";
export { messagesFor, type Messages } from "./i18n/messages";
export { isLocaleLoaded, type LoadableLocale } from "./i18n/registry";
export { fieldLabel, fieldUnit, fieldAllowed, fieldHelp, presetName, presetStory } from "./i18n/fields";
export { localizeMessage } from "./i18n/notices";
export { FORMATTERS, type Formatter } from "./present/format";
export { addDays, dayNumber } from "./core/dates";
