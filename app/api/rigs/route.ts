import { rigsJson } from "@/lib/server";
import { JSON_HEADERS, scenarioOfRequest, UNREADABLE } from "../../server/scenario-request";

/**
 * GET /api/rigs?<share-link query>: every rig of the catalogue under the scenario (README,
 * "Extensions to the contract"). 200 with `{ v, rigs: [...], warnings }`, 400 with the refused keys as
 * /api/payback answers them. Never 500.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const read = await scenarioOfRequest(request);
    if (!read.ok) return read.response;
    return Response.json(rigsJson(read.scenario, read.warnings), { status: 200, headers: JSON_HEADERS });
  } catch {
    return UNREADABLE();
  }
}
