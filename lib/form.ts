/**
 * The scenario form's entry (the page's client components): the form's texts and checks, the power
 * contract's editors, the rig picker, the growth choices, the network line and the saved scenarios.
 * Pure, nothing happens on import; lib/server.ts re-exports it.
 */
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
export { convertMoneyTexts, defaultCnyPerUsd, efficiencyJPerTh, MONEY_FIELDS, parseRate, rateError } from "./present/convert";
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
export { clockHour } from "./present/format";
export { rigPriceIn, rigRaw, isRigsOwn, type RigPriceIn } from "./rigs/catalogue";
export { growthChoices, growthChoiceText, type GrowthChoice } from "./present/growth";
export { impliedHashrateText, networkLineView, type NetworkLineView } from "./present/network-view";
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
  MAX_SAVED,
  ASIDE_FILE_NAME,
  asideCounts,
  asideExport,
  type AsideEntry,
  type AsideReason,
  type SavedComparison,
  type SavedScenario,
} from "./present/saved";
export { difficultyInT, horizonInYears } from "./present/today";
export { beyondKind, growthImplied, replayGrowth } from "./present/growth";
export { horizonText } from "./present/view";
export { type RecordedRange } from "./history/trend";
export { makerName, rigModelName } from "./i18n/rig-names";
export {
  chooseRigTexts,
  moveToTodayTexts,
  presetFits,
  rigHold,
  priceOfAnotherRig,
  priceIsIndexEstimate,
  typedIsRigsOwn,
  type RigHold,
} from "./present/rig-choice";
export { isEraWarning, releasedAfter, rigOutOfEra, eraWarning, todaysNetworkFor } from "./rigs/era";
// what the crossover means with a price for each month (the page says it in the comparison's sentence)
export { CROSSOVER_SHIFT_NOTE } from "./scenario/notes";
