// The "how sure is the answer" computations, off the page's main thread.
import {
  FuturesRun,
  futuresView,
  heatMapSize,
  historyFuturesView,
  type FuturesModel,
  oddsViews,
  PAGE_ODDS,
  windowOrDefault,
  sensitivityGrids,
  tornadoView,
  type FuturesSettings,
  type Locale,
  type Scenario,
} from "@/lib/server";

export type SensitivityRequest = {
  id: number;
  /** "odds": the line under each headline (futures drawn from history). */
  task: "grids" | "tornado" | "futures" | "odds";
  scenario: Scenario;
  settings?: FuturesSettings;
  /** The futures' model: a random walk (default) or periods drawn from history. */
  model?: FuturesModel;
  /** The history window as a link writes it (`fwin`): `before`, `all` or `FROM..TO`; `before` when absent. */
  windowText?: string;
  locale: Locale;
};

/** The part of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<SensitivityRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;
let latest = 0;

function later(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

scope.onmessage = async (event: MessageEvent<SensitivityRequest>) => {
  const { id, task, scenario, settings, model, locale, windowText } = event.data;
  latest = id;
  const window = windowOrDefault(windowText);
  try {
    if (task === "odds") {
      scope.postMessage({ id, type: "result", task, value: oddsViews(scenario, locale, { ...PAGE_ODDS, window }) });
    } else if (task === "grids") {
      scope.postMessage({ id, type: "result", task, value: sensitivityGrids(scenario, heatMapSize(scenario), locale) });
    } else if (task === "tornado") {
      scope.postMessage({ id, type: "result", task, value: tornadoView(scenario, locale) });
    } else if (task === "futures" && settings && (model === "margin" || model === "history")) {
      // fast enough to need no batches: a few tens of milliseconds
      scope.postMessage({ id, type: "result", task, value: historyFuturesView(scenario, settings, locale, window, model) });
    } else if (task === "futures" && settings) {
      const run = new FuturesRun(scenario, settings);
      while (!run.finished) {
        run.runBatch(50);
        scope.postMessage({ id, type: "progress", task, done: run.done, total: settings.count });
        await later(); // lets a newer request in; an outdated run stops here
        if (latest !== id) return;
      }
      scope.postMessage({ id, type: "result", task, value: futuresView(run.result(), scenario, locale) });
    }
  } catch (err) {
    scope.postMessage({ id, type: "error", task, message: err instanceof Error ? err.message : String(err) });
  }
};
