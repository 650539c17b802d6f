import { DEFAULT_PRESET_ID, parseQueryLenient, type Locale, type NetworkFigures } from "@/lib/server";
import { COST_LIMIT_MS, INLINE_LIMIT_MS, workCost } from "./cost";
import { heavyPool } from "./pool";
import { runTask, type TaskOutput } from "./tasks";

/**
 * A link's preview (the /og image's card, the page's og: tags), computed as the API's heavy work is:
 * on the request thread when light, else in the worker pool within the time budget. Null when it is
 * too heavy or did not finish in time: the caller draws its card without figures.
 */
export async function previewOf(query: string, locale: Locale, network: NetworkFigures): Promise<TaskOutput<"preview"> | null> {
  const cost = workCost(parseQueryLenient(query, DEFAULT_PRESET_ID, network).scenario);
  if (cost.ms > COST_LIMIT_MS) return null;
  if (cost.ms < INLINE_LIMIT_MS) return runTask("preview", { query, network, locale });
  const pool = heavyPool();
  const outcome = await pool.run("preview", { query, network, locale }, pool.drawnBudgetMs);
  return outcome.ok ? outcome.value : null;
}
