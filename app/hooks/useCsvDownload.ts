"use client";

import { useCallback } from "react";
import type { Locale, Scenario } from "@/lib/index";

/** Downloads the day-by-day schedule of a scenario as a CSV file for a spreadsheet, in the reader's language. */
export function useCsvDownload(scenario: Scenario, locale: Locale) {
  // the spreadsheet writer comes with the first download, not with the page
  return useCallback(async () => (await import("./csv-file")).saveScheduleCsv(scenario, locale), [scenario, locale]);
}
