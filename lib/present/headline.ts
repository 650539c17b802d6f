/**
 * The results' headline: one view per side the scenario runs, and the comparison of both.
 */
import type { Simulation } from "../engine/simulate";
import type { Locale } from "../i18n/locale";
import type { Scenario } from "../scenario/schema";
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

/**
 * The first paint's headline as the server works it out for a heavy link (in its worker pool, off
 * the request's thread): the scenario and the notes it was worked out for, so the page uses it only
 * for exactly that first scenario (`sameHeadlineRequest`) and works any other out itself.
 */
export interface FirstHeadline extends HeadlineRequest {
  answer: HeadlineAnswer;
}

/** A value written with its keys sorted, so two scenarios built in different orders compare equal. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The same request: the same scenario (every field), the same notes and language. */
export function sameHeadlineRequest(a: HeadlineRequest, b: HeadlineRequest): boolean {
  return a.locale === b.locale && sortedJson(a.notes) === sortedJson(b.notes) && sortedJson(a.scenario) === sortedJson(b.scenario);
}
