import { parseFuturesQuery } from "@/lib/server";
import { scenarioOfRequest, UNREADABLE } from "../../server/scenario-request";
import { workCost } from "../../server/heavy/cost";
import { heavyJson } from "../../server/heavy/respond";

/**
 * GET /api/payback?<share-link query> (spec §4): 200 with the result object, 400 with the refused
 * keys. Never 500: anything unexpected is a 400 naming the query. A modern preset's network figures
 * that the query leaves out are the server's newest (app/server/network.ts). The result and the
 * futures (spec §10) are app/server/heavy/tasks.ts (`payback`): light ones on the request thread,
 * heavy ones in the worker pool within the time budget (README, "Bounded work").
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const read = await scenarioOfRequest(request);
    if (!read.ok) return read.response;
    const futures = parseFuturesQuery(read.query);
    const cost = workCost(read.scenario, { futuresRuns: futures.ok && futures.request !== null ? futures.request.runs : 0 });
    return await heavyJson("payback", { query: read.query, network: read.network }, cost, "this scenario's payback");
  } catch {
    return UNREADABLE();
  }
}
