import { RIGS } from "@/lib/server";
import { scenarioOfRequest, UNREADABLE } from "../../server/scenario-request";
import { workCost } from "../../server/heavy/cost";
import { heavyJson } from "../../server/heavy/respond";

/**
 * GET /api/rigs?<share-link query>: every rig of the catalogue under the scenario (README,
 * "Extensions to the contract"). 200 with `{ v, rigs: [...], warnings }`, 400 with the refused keys as
 * /api/payback answers them, 400 naming the keys to reduce when the ranking is estimated too heavy,
 * 503 when it does not finish within the time budget (README, "Bounded work"). Never 500.
 * The ranking itself is app/server/heavy/tasks.ts (`rigs`), run off the request thread when heavy.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const read = await scenarioOfRequest(request);
    if (!read.ok) return read.response;
    const cost = workCost(read.scenario, { rigs: RIGS.length });
    return await heavyJson("rigs", { query: read.query, network: read.network }, cost, "the ranking of every rig");
  } catch {
    return UNREADABLE();
  }
}
