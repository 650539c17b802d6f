/**
 * The results' headline: one view per side the scenario runs, and the comparison of both.
 */
import type { Simulation } from "../engine/simulate";
import type { Locale } from "../i18n/locale";
import type { Scenario } from "../scenario/schema";
import { serializeScenario } from "../open/query";
import { simulate } from "../simulate-recorded";
import { compareView, historyLine, scenarioLine, sideView, type CompareView, type SideView } from "./view";

export interface HeadlineViews {
  sides: SideView[];
  compare: CompareView | null;
}

export function headlineViews(sim: Simulation, locale: Locale = "en"): HeadlineViews {
  const sides = (["self", "hosted"] as const).flatMap((name) => {
    const x = sim[name];
    return x ? [sideView(name, x, sim.scenario, sim.finalBtcPrice, locale)] : [];
  });
  return { sides, compare: compareView(sim, locale) };
}

/** The headline's request: what the page asks its worker for (plain data, posted as is). */
export interface HeadlineRequest {
  scenario: Scenario;
  /** What the link's check noted, for the replay's line (lib/present/view.ts historyLine). */
  notes: string[];
  locale: Locale;
}

/** Everything the results' first lines show: the cards' views, the scenario's line and a replay's note. */
export interface HeadlineAnswer extends HeadlineViews {
  line: string;
  historyNote: string | null;
}

/** The headline of a scenario, worked out from one summary run (plain data: it crosses to and from a worker). */
export function headlineAnswer({ scenario, notes, locale }: HeadlineRequest): HeadlineAnswer {
  const sim = simulate(scenario);
  return {
    ...headlineViews(sim, locale),
    line: scenarioLine(sim.scenario, locale),
    historyNote: sim.history ? historyLine(sim.history, sim.scenario, notes, locale) : null,
  };
}

/** A headline worked out ahead (by the server, for the page's first render) and the request it answers. */
export interface GivenHeadline {
  /** headlineKey of the request answered. */
  key: string;
  answer: HeadlineAnswer;
}

/** One string per request: two requests with the same key have the same headline (the scenario as its link). */
export function headlineKey({ scenario, notes, locale }: HeadlineRequest): string {
  return [locale, serializeScenario(scenario), ...notes].join("\n");
}
