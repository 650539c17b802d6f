import { simulate, type Locale, type Scenario } from "@/lib/index";
import { pageScheduleCsv, scheduleFileName } from "@/lib/download";
import { loadDailyTables } from "./useDailyTables";

/** Saves the day-by-day schedule of a scenario as a CSV file, in the reader's language (loaded with the first download). */
export async function saveScheduleCsv(scenario: Scenario, locale: Locale): Promise<void> {
  // a replay reads the daily history tables (loaded already when its results are on the page)
  if (scenario.useHistory) {
    try {
      await loadDailyTables();
    } catch {
      return; // the page says the history could not be loaded, with a button to try again
    }
  }
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
}
