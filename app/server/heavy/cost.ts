/**
 * The server's limits on a request's work, and the refusal of one estimated over them; the estimate
 * itself (lib/work-cost.ts) is shared with the page, which keeps heavy headlines off its main thread.
 */
import { workCost, type WorkCost } from "@/lib/server";

export { workCost, type WorkCost };

/** The most a request may be estimated to cost: an idle core's 4 seconds (the budget is 5). */
export const COST_LIMIT_MS = 4000;
/** Below this the work runs on the request's own thread (sending it to a worker costs more). */
export const INLINE_LIMIT_MS = 10;
/** The 400 issues of a request estimated over the limit: each key to reduce, with the estimate. */
export function tooHeavyIssues(cost: WorkCost, what: string): { key: string; message: string }[] {
  const factor = cost.ms / COST_LIMIT_MS;
  return cost.reduce.map((key) => ({
    key,
    message: `${what} is estimated at ${factor.toFixed(1)} times the work one request may take; reduce ${key}${
      key === "days"
        ? " (fewer days)"
        : key === "mode"
          ? " (one side, self or hosted, instead of compare)"
          : key === "hist"
            ? " (no replay of the recorded history)"
            : key === "runs"
              ? " (fewer futures)"
              : " (simpler power terms)"
    }`,
  }));
}
