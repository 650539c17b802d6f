import { resultJson, simulate, parseFuturesQuery, futuresAnswer } from "@/lib/index";
import { JSON_HEADERS, refused, scenarioOfRequest, UNREADABLE } from "../../server/scenario-request";

/**
 * GET /api/payback?<share-link query> (spec §4): 200 with the result object, 400 with the refused
 * keys. Never 500: anything unexpected is a 400 naming the query. A modern preset's network figures
 * that the query leaves out are the server's newest (app/server/network.ts).
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const read = await scenarioOfRequest(request);
    if (!read.ok) return read.response;
    const result = resultJson(simulate(read.scenario), read.warnings);
    // spec §10: futures drawn from history when the query asks for them
    const futures = parseFuturesQuery(read.query);
    if (!futures.ok) return refused(`The futures were refused: ${futures.issues.map((i) => i.key).join(", ")}.`, futures.issues);
    if (futures.request === null) return Response.json(result, { status: 200, headers: JSON_HEADERS });
    const odds = futuresAnswer(read.scenario, futures.request);
    if (!odds.ok) return refused("The futures were refused: fwin.", [{ key: odds.key, message: odds.message }]);
    return Response.json({ ...result, futures: odds.json }, { status: 200, headers: JSON_HEADERS });
  } catch {
    return UNREADABLE();
  }
}
