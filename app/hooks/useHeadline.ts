"use client";

import { useMemo } from "react";
import { headlineViews, historyLine, scenarioLine } from "@/lib/views";
import { simulate, type Locale, type Scenario } from "@/lib/index";

/**
 * The results' first lines, at once: a summary run without the schedule takes about a millisecond.
 * The charts and the flat calculator follow at a lower priority (Results computes them in their own
 * components, so a keystroke can interrupt between them).
 */
export function useHeadline(scenario: Scenario, notes: string[], locale: Locale) {
  const quick = useMemo(() => simulate(scenario), [scenario]);
  const views = useMemo(() => headlineViews(quick, locale), [quick, locale]);
  const line = useMemo(() => scenarioLine(quick.scenario, locale), [quick, locale]);
  const historyNote = useMemo(
    () => (quick.history ? historyLine(quick.history, quick.scenario, notes, locale) : null),
    [quick, notes, locale],
  );
  return { ...views, line, historyNote };
}
