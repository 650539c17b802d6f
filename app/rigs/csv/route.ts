import {
  MAX_QUERY_LENGTH,
  parseRankingQuery,
  rigsCsv,
  rigsReleasedBy,
  serializeFleetGoal,
  serializeScenario,
  type RigJson,
} from "@/lib/server";
import { refused, UNREADABLE } from "../../server/scenario-request";
import { currentNetwork } from "../../server/network";
import { workCost } from "../../server/heavy/cost";
import { heavyJson } from "../../server/heavy/respond";

/**
 * GET /rigs/csv?<the ranking's keys>: the ranking as a CSV download, each price marked as the
 * buyer's, a deal or an estimate. 400 with the refused keys as GET /api/rigs answers them; the
 * ranking is computed as GET /api/rigs computes it (off the request thread when heavy, within the
 * time budget: README, "Bounded work"), and a refusal or a 503 is answered as that route answers it.
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
    const answer = await heavyJson("rigs", { query, network }, cost, "the ranking of every rig");
    if (answer.status !== 200) return answer;
    // the body GET /api/rigs answers with, which this project's rigsJson wrote
    const body = (await answer.json()) as { rigs: RigJson[]; warnings: string[] };
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
