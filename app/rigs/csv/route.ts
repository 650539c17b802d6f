import { MAX_QUERY_LENGTH, parseRankingQuery, rigsCsv, rigsJson, serializeFleetGoal, serializeScenario } from "@/lib/server";
import { refused, UNREADABLE } from "../../server/scenario-request";
import { currentNetwork } from "../../server/network";

/**
 * GET /rigs/csv?<the ranking's keys>: the ranking as a CSV download, each price marked as the
 * buyer's, a deal or an estimate. 400 with the refused keys as GET /api/rigs answers them.
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
    const goal = serializeFleetGoal(read.goal);
    const link = goal ? `${serializeScenario(read.scenario)}&${goal}` : serializeScenario(read.scenario);
    return new Response(rigsCsv(body, link, read.scenario.currency), {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="rig-ranking-${read.scenario.startDate}.csv"`,
        "Cache-Control": "public, max-age=300",
      },
    });
  } catch {
    return UNREADABLE();
  }
}
