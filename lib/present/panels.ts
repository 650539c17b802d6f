/**
 * The panels under the answer's cards as plain data, ready to cross from a Web Worker to the page:
 * the coin policies, the charts (with the projection beside a replay) and the flat calculator.
 */
import type { Scenario } from "../scenario/schema";
import type { Locale } from "../i18n/locale";
import { simulate } from "../simulate-recorded";
import { chartView, flatView, type ChartView, type FlatView } from "./view";
import { moneyView, type MoneyView } from "./money-view";

export interface ResultPanelsRequest {
  id: number;
  scenario: Scenario;
  /** With "what actually happened": the same scenario projected, drawn beside the record. */
  projection: Scenario | null;
  locale: Locale;
}

export interface ResultPanelViews {
  money: MoneyView;
  chart: ChartView;
  flat: FlatView;
}

/** Every panel's view of a scenario: one run with the schedule (and one of the projection), then the policies and the flat grid. */
export function resultPanelViews({
  scenario,
  projection,
  locale,
}: Pick<ResultPanelsRequest, "scenario" | "projection" | "locale">): ResultPanelViews {
  const sim = simulate(scenario, { schedule: true });
  const projected = projection ? simulate(projection, { schedule: true }) : null;
  return { money: moneyView(scenario, locale), chart: chartView(sim, projected, locale), flat: flatView(sim, locale) };
}
