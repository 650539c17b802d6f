import { MAX_QUERY_LENGTH, parseRankingQuery, rigsJson } from "@/lib/index";
import { JSON_HEADERS, refused, UNREADABLE } from "../../server/scenario-request";
import { currentNetwork } from "../../server/network";

/**
 * GET /api/rigs?<share-link query>[&cap=<kW>][&budget=<amount>]: every rig of the catalogue released
 * by the start date under the scenario (README, "Extensions to the contract"). The site's keys are
 * enough: the rig's own are each row's, a missing network is the start date's (said in `warnings`).
 * 200 with `{ v, rigs: [...], warnings }`, 400 with the refused keys as /api/payback answers them.
 * Never 500.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const url = new URL(request.url);
    const query = url.search.startsWith("?") ? url.search.slice(1) : url.search;
    if (query.length > MAX_QUERY_LENGTH) {
      return refused("The query is too long.", [{ key: "query", message: `at most ${MAX_QUERY_LENGTH} characters are read` }]);
    }
    const read = parseRankingQuery(query, await currentNetwork());
    if (!read.ok) return refused(`The scenario was refused: ${read.issues.map((i) => i.key).join(", ")}.`, read.issues, read.warnings);
    const body = rigsJson(read.scenario, read.warnings, { own: read.own, goal: read.goal });
    return Response.json(body, { status: 200, headers: JSON_HEADERS });
  } catch {
    return UNREADABLE();
  }
}
