import { currentNetwork } from "../../server/network";
import { parseQuery, resultJson, simulate, MAX_QUERY_LENGTH, parseFuturesQuery, historyOdds, futuresJson } from "@/lib/index";

/**
 * GET /api/payback?<share-link query> (spec §4): 200 with the result object, 400 with the refused
 * keys. Never 500: anything unexpected is a 400 naming the query. A modern preset's network figures
 * that the query leaves out are the server's newest (app/server/network.ts).
 */
export async function GET(request: Request): Promise<Response> {
  const headers = { "Cache-Control": "public, max-age=300", "Content-Type": "application/json; charset=utf-8" };
  try {
    const url = new URL(request.url);
    const query = url.search.startsWith("?") ? url.search.slice(1) : url.search;
    if (query.length > MAX_QUERY_LENGTH) {
      return Response.json(
        { error: "The query is too long.", issues: [{ key: "query", message: `at most ${MAX_QUERY_LENGTH} characters are read` }] },
        { status: 400, headers },
      );
    }
    const parsed = parseQuery(query, await currentNetwork());
    if (!parsed.ok) {
      return Response.json(
        {
          error: `The scenario was refused: ${parsed.issues.map((i) => i.key).join(", ")}.`,
          issues: parsed.issues,
          warnings: parsed.warnings,
        },
        { status: 400, headers },
      );
    }
    const result = resultJson(simulate(parsed.scenario), parsed.warnings);
    // spec §10: futures drawn from history when the query asks for them
    const futures = parseFuturesQuery(query);
    if (!futures.ok) {
      return Response.json(
        { error: `The futures were refused: ${futures.issues.map((i) => i.key).join(", ")}.`, issues: futures.issues },
        { status: 400, headers },
      );
    }
    if (futures.request === null) return Response.json(result, { status: 200, headers });
    const odds = historyOdds(parsed.scenario, futures.request);
    if (!odds.ok) {
      return Response.json(
        { error: "The futures were refused: fwin.", issues: [{ key: odds.key, message: odds.message }] },
        { status: 400, headers },
      );
    }
    return Response.json({ ...result, futures: futuresJson(odds.odds, odds.window, futures.request) }, { status: 200, headers });
  } catch {
    return Response.json(
      { error: "The scenario could not be read.", issues: [{ key: "query", message: "not a readable share-link query" }] },
      { status: 400, headers },
    );
  }
}
