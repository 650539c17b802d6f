import { MAX_QUERY_LENGTH, parseRankingQuery, rigsReleasedBy } from "@/lib/server";
import { refused, UNREADABLE } from "../../server/scenario-request";
import { currentNetwork } from "../../server/network";
import { workCost } from "../../server/heavy/cost";
import { heavyJson } from "../../server/heavy/respond";

/**
 * GET /api/rigs?<share-link query>[&cap=<kW>][&budget=<amount>]: every rig of the catalogue released
 * by the start date under the scenario (README, "Extensions to the contract"). The site's keys are
 * enough: the rig's own are each row's, a missing network is the start date's (said in `warnings`).
 * 200 with `{ v, rigs: [...], warnings }`, 400 with the refused keys as /api/payback answers them,
 * 400 naming the keys to reduce when the ranking is estimated too heavy, 503 when it does not finish
 * within the time budget (README, "Bounded work"). Never 500. The ranking itself is
 * app/server/heavy/tasks.ts (`rigs`), run off the request thread when heavy.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const url = new URL(request.url);
    const query = url.search.startsWith("?") ? url.search.slice(1) : url.search;
    if (query.length > MAX_QUERY_LENGTH) {
      return refused("The query is too long.", [{ key: "query", message: `at most ${MAX_QUERY_LENGTH} characters are read` }]);
    }
    const network = await currentNetwork();
    const read = parseRankingQuery(query, network);
    if (!read.ok) return refused(`The scenario was refused: ${read.issues.map((i) => i.key).join(", ")}.`, read.issues, read.warnings);
    const cost = workCost(read.scenario, { rigs: rigsReleasedBy(read.scenario.startDate).length });
    return await heavyJson("rigs", { query, network }, cost, "the ranking of every rig");
  } catch {
    return UNREADABLE();
  }
}
