/**
 * The result views' entry (the page's client components): the headline, each side's figures, the
 * charts, the money panel, the odds, the sensitivity views and the rig ranking's rows. Pure, nothing
 * happens on import; lib/server.ts re-exports it.
 */
export {
  headlineViews,
  headlineAnswer,
  sameHeadlineRequest,
  type FirstHeadline,
  type HeadlineAnswer,
  type HeadlineRequest,
} from "./present/headline";
export { workCost, HEADLINE_INLINE_MS } from "./work-cost";
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
  type FlatView,
} from "./present/view";
export { downsample, monthTicks, niceTicks, sameSeries, spacedLabels } from "./present/chart";
export { moneyView, policyFlip, SPARK_BOX, type MoneyView, type PolicyColumn, type PolicyFlip } from "./present/money-view";
export { resultPanelViews, type ResultPanelViews, type ResultPanelsRequest } from "./present/panels";
export { type OddsView } from "./present/odds";
export { assumptionText, keepsCoins, oddsThenText, trackRecordView, type TrackRecordView } from "./present/track-record";
export { isOpeningStory, scenarioTitle } from "./present/title";
export { SENSITIVITY_TABS, WINDOW_ALLOWED, futuresInput, type SensitivityTab } from "./open/page";
export { HEAT_COLOURS, NEVER_COLOUR, heatMove, heatScaleView, tabForKey } from "./present/heat-keys";
export { type HeatMapView, type TornadoView, type SensitivityGrids, type FuturesView } from "./present/sensitivity-view";
export {
  filterRigRows,
  sortRigRows,
  firstDir,
  RANK_KEYS,
  type RigRowView,
  type RigsPageView,
  type RankKey,
  type RankCell,
  type SortDir,
  type RigFilter,
} from "./present/rigs-view";
export { indexEstimateNote } from "./present/index-note";
export { capacityFieldsOf, capKwOf } from "./scenario/fleet";
