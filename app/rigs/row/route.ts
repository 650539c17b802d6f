import {
  DEFAULT_PRESET_ID,
  MAX_QUERY_LENGTH,
  ROW_PRICE_KEYS,
  messagesFor,
  parseRankingLenient,
  readRowPrice,
  rigRowAtPrice,
  rigsText,
} from "@/lib/server";
import { currentNetwork } from "../../server/network";
import { workCost, COST_LIMIT_MS } from "../../server/heavy/cost";
import { readerLocale } from "../../locale";

const ANSWER_HEADERS = { "Cache-Control": "no-store", "Content-Type": "application/json; charset=utf-8" };

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: ANSWER_HEADERS });
}

/**
 * GET /rigs/row?<the ranking's keys>&row=<rig id>&at=<price as typed>: one rig's row of /rigs worked
 * out again at the price a buyer types, in the reader's language (the page's cookie), as the ranking
 * works out a row (lib/present/rigs-row.ts): `{ row }`, or `{ error }` naming the field and what is
 * allowed (400); with the row, `amount`, the price as read. The link's other keys are read as the page reads them. One rig is a fortieth of the
 * ranking the page already ran: worked out on the request's thread, refused when the page's ranking
 * would be (the same work estimate).
 */
export async function GET(request: Request): Promise<Response> {
  const locale = await readerLocale();
  try {
    const url = new URL(request.url);
    const params = url.searchParams;
    const rigId = params.get(ROW_PRICE_KEYS.rig) ?? "";
    const typed = params.get(ROW_PRICE_KEYS.price) ?? "";
    for (const key of Object.values(ROW_PRICE_KEYS)) params.delete(key);
    const query = params.toString();
    if (query.length > MAX_QUERY_LENGTH) return answer(400, { error: messagesFor(locale).rigs.tooHeavy });
    const opened = parseRankingLenient(query, DEFAULT_PRESET_ID, await currentNetwork());
    if (workCost(opened.scenario, { rigs: 1 }).ms > COST_LIMIT_MS) return answer(400, { error: messagesFor(locale).rigs.tooHeavy });
    const read = readRowPrice(typed, opened.scenario.currency, locale);
    if (read.kind === "refused") return answer(400, { error: read.message });
    if (read.kind === "empty") return answer(400, { error: rigsText(locale).rowPrice.failed });
    const row = rigRowAtPrice(opened.scenario, { rigId, amount: read.amount, goal: opened.goal }, locale);
    if (row === null) return answer(404, { error: rigsText(locale).rowPrice.failed });
    // the amount as read: what the page keeps in its address for the row (quotes)
    return answer(200, { row, amount: read.amount });
  } catch {
    return answer(500, { error: rigsText(locale).rowPrice.failed });
  }
}
