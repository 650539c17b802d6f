/**
 * A heavy API answer: refused before it starts when its estimated cost is over the limit (400 naming
 * the keys to reduce), computed on the request's thread when light, else in the worker pool within
 * the time budget (503 naming what to reduce when the budget runs out or the pool is full).
 */
import { JSON_HEADERS, refused, UNREADABLE } from "../scenario-request";
import { COST_LIMIT_MS, INLINE_LIMIT_MS, tooHeavyIssues, type WorkCost } from "./cost";
import { heavyPool } from "./pool";
import { runTask, type JsonAnswer, type TaskInput } from "./tasks";

/** A refusal that is no fault of the link: not cached, with when to try again. */
const BUSY_HEADERS = { "Cache-Control": "no-store", "Content-Type": "application/json; charset=utf-8", "Retry-After": "5" };

export async function heavyJson<K extends "rigs" | "payback">(
  kind: K,
  input: TaskInput<K>,
  cost: WorkCost,
  what: string,
): Promise<Response> {
  if (cost.ms > COST_LIMIT_MS)
    return refused(`The request is too heavy to compute: ${what}. Reduce ${cost.reduce.join(", ")}.`, tooHeavyIssues(cost, what));
  let answer: JsonAnswer;
  const start = performance.now();
  // where the work ran and how long it took, for whoever watches the server (Server-Timing)
  let where = "request thread";
  if (cost.ms < INLINE_LIMIT_MS) {
    answer = runTask(kind, input);
  } else {
    const pool = heavyPool();
    if (!pool.stats().inline) where = "worker";
    const outcome = await pool.run(kind, input);
    if (!outcome.ok) {
      if (outcome.reason === "failed") return UNREADABLE();
      const issues = cost.reduce.map((key) => ({
        key,
        message:
          outcome.reason === "busy"
            ? `the server is busy with other heavy requests; try again shortly, or reduce ${key}`
            : `${what} did not finish within the time one request may take (${outcome.detail}); reduce ${key}`,
      }));
      return Response.json(
        {
          error:
            outcome.reason === "busy"
              ? `The server is busy: ${what} was not started.`
              : `Too heavy for now: ${what} was stopped. Reduce ${cost.reduce.join(", ")}.`,
          issues,
        },
        { status: 503, headers: BUSY_HEADERS },
      );
    }
    answer = outcome.value as JsonAnswer;
  }
  const timing = `work;desc="${where}";dur=${Math.round(performance.now() - start)}`;
  return Response.json(answer.body, { status: answer.status, headers: { ...JSON_HEADERS, "Server-Timing": timing } });
}
