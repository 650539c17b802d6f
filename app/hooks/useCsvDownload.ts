"use client";

import { useCallback } from "react";
import { scheduleCsv, simulate, type Scenario } from "@/lib/index";

/** Downloads the day-by-day schedule of a scenario as a CSV file. */
export function useCsvDownload(scenario: Scenario) {
  return useCallback(() => {
    const sim = simulate(scenario, { schedule: true });
    const blob = new Blob([scheduleCsv(sim)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `rig-payback-${sim.scenario.preset ?? "scenario"}-${sim.scenario.startDate}.csv`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, [scenario]);
}
