"use client";

import { useCallback } from "react";
import { simulate, type Locale, type Scenario } from "@/lib/index";
import { loadDailyTables } from "./useDailyTables";

/** Downloads the day-by-day schedule of a scenario as a CSV file for a spreadsheet, in the reader's language. */
export function useCsvDownload(scenario: Scenario, locale: Locale) {
  return useCallback(async () => {
    // a replay reads the daily history tables (loaded already when its results are on the page)
    if (scenario.useHistory) {
      try {
        await loadDailyTables();
      } catch {
        return; // the page says the history could not be loaded, with a button to try again
      }
    }
    // the spreadsheet writer comes with the first download, not with the page
    const { pageScheduleCsv, scheduleFileName } = await import("@/lib/download");
    const sim = simulate(scenario, { schedule: true });
    const blob = new Blob([pageScheduleCsv(sim, locale)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = scheduleFileName(sim);
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, [scenario, locale]);
}
