/**
 * The results' headline: one view per side the scenario runs, and the comparison of both.
 */
import type { Simulation } from "../engine/simulate";
import type { Locale } from "../i18n/locale";
import { compareView, sideView, type CompareView, type SideView } from "./view";

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
