import { parseQuery, rigsJson, MAX_QUERY_LENGTH } from "@/lib/index";
import { currentNetwork } from "../../server/network";

/**
 * GET /api/rigs?<share-link query>: every rig of the catalogue under the scenario (README,
 * "Extensions to the contract"). 200 with `{ v, rigs: [...], warnings }`, 400 with the refused keys as
 * /api/payback answers them. Never 500.
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
    return Response.json(rigsJson(parsed.scenario, parsed.warnings), { status: 200, headers });
  } catch {
    return Response.json(
      { error: "The scenario could not be read.", issues: [{ key: "query", message: "not a readable share-link query" }] },
      { status: 400, headers },
    );
  }
}
