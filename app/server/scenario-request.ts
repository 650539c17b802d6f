import { parseQuery, MAX_QUERY_LENGTH, type NetworkFigures, type Scenario } from "@/lib/server";
import { currentNetwork } from "./network";

/** The JSON answers' headers: cached five minutes, UTF-8. */
export const JSON_HEADERS = { "Cache-Control": "public, max-age=300", "Content-Type": "application/json; charset=utf-8" };

/** A 400 naming what was refused. */
export function refused(error: string, issues: readonly { key: string; message: string }[], warnings?: readonly string[]): Response {
  return Response.json({ error, issues, ...(warnings ? { warnings } : {}) }, { status: 400, headers: JSON_HEADERS });
}

/** The 400 for anything unexpected: never a 500. */
export const UNREADABLE = (): Response =>
  refused("The scenario could not be read.", [{ key: "query", message: "not a readable share-link query" }]);

/**
 * The scenario of a GET request's share-link query (spec §4), a modern preset's network figures that
 * the query leaves out being the server's newest (./network.ts): the scenario and the raw query, or
 * the 400 that names the refused keys.
 */
export async function scenarioOfRequest(
  request: Request,
): Promise<
  { ok: true; query: string; scenario: Scenario; warnings: string[]; network: NetworkFigures } | { ok: false; response: Response }
> {
  const url = new URL(request.url);
  const query = url.search.startsWith("?") ? url.search.slice(1) : url.search;
  if (query.length > MAX_QUERY_LENGTH) {
    return {
      ok: false,
      response: refused("The query is too long.", [{ key: "query", message: `at most ${MAX_QUERY_LENGTH} characters are read` }]),
    };
  }
  const network = await currentNetwork();
  const parsed = parseQuery(query, network);
  if (!parsed.ok) {
    return {
      ok: false,
      response: refused(`The scenario was refused: ${parsed.issues.map((i) => i.key).join(", ")}.`, parsed.issues, parsed.warnings),
    };
  }
  return { ok: true, query, scenario: parsed.scenario, warnings: parsed.warnings, network };
}

/** The query as the link had it, repeated keys included (a repeated key is refused, not merged). */
export function queryOf(params: Record<string, string | string[] | undefined>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) for (const v of value) q.append(key, v);
    else if (value !== undefined) q.append(key, value);
  }
  return q.toString();
}
