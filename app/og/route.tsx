import { DEFAULT_PRESET_ID, parseQueryLenient, readImageQuery, type Locale } from "@/lib/server";
import { currentNetwork } from "../server/network";
import { COST_LIMIT_MS, workCost } from "../server/heavy/cost";
import { heavyPool } from "../server/heavy/pool";
import { fallbackPng } from "./fallback";

/**
 * GET /og?<share-link query>: the link preview of a scenario, a 1200×630 PNG. The query is read
 * leniently, as the page reads it, so any query gives an image; it never answers 500. The scenario
 * is run and the image drawn in the server's worker pool (app/server/heavy): a scenario too heavy,
 * or not drawn within the time budget, gets the plain card (./fallback.ts: drawn once per language and kept).
 */

/** The image is a pure function of the query and this build: a day in caches, a week stale. */
const CACHE = "public, max-age=86400, stale-while-revalidate=604800";
/** The emergency card (something failed) is not worth keeping. */
const CACHE_FALLBACK = "public, max-age=60";

function imageResponse(body: ArrayBuffer, cache: string): Response {
  return new Response(body, {
    status: 200,
    headers: { "Content-Type": "image/png", "Content-Length": String(body.byteLength), "Cache-Control": cache },
  });
}

export async function GET(request: Request): Promise<Response> {
  let locale: Locale = "en";
  let query = "";
  try {
    // the language key is taken out before the scenario is read: it is not a scenario key
    ({ query, locale } = readImageQuery(new URL(request.url).search));
  } catch {
    // an unreadable address draws the default card
  }
  try {
    const network = await currentNetwork();
    const cost = workCost(parseQueryLenient(query, DEFAULT_PRESET_ID, network).scenario);
    if (cost.ms > COST_LIMIT_MS) return imageResponse(await fallbackPng(locale), CACHE_FALLBACK);
    const pool = heavyPool();
    const drawn = await pool.run("ogImage", { query, network, locale }, pool.drawnBudgetMs);
    if (!drawn.ok) {
      if (drawn.reason === "failed") console.error("og: drawing the fallback card:", drawn.detail);
      return imageResponse(await fallbackPng(locale), CACHE_FALLBACK);
    }
    const png = drawn.value;
    return imageResponse(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer, CACHE);
  } catch (error) {
    console.error("og: drawing the fallback card:", error);
    return imageResponse(await fallbackPng(locale), CACHE_FALLBACK);
  }
}
