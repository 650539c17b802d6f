/**
 * The heavy computations the server hands to its workers (./pool.ts), each a pure function of what
 * can cross to a worker thread (the query text, the network's figures, the locale) to a plain answer
 * (structured-cloneable: texts, numbers, arrays, objects). The same functions run on the request's
 * own thread for light work, or when no worker bundle was built (development, unit tests).
 */
import {
  DEFAULT_PRESET_ID,
  firstHeadline,
  futuresAnswer,
  linkPreview,
  linkWarningsForRanking,
  NETWORK_SNAPSHOT,
  localizeMessage,
  parseFuturesQuery,
  parseQuery,
  parseQueryLenient,
  priceOfAnotherRig,
  parseRankingLenient,
  parseRankingQuery,
  messagesFor,
  resultJson,
  rigsJson,
  rigsPageView,
  quotedRows,
  quotesIn,
  quoteWarning,
  readQuotes,
  rigsReleasedBy,
  sharePath,
  simulate,
  siteFigures,
  type Locale,
  type NetworkFigures,
} from "@/lib/server";
import { drawPng } from "../../og/draw";

/** An API answer: its status and JSON body. */
export interface JsonAnswer {
  status: number;
  body: unknown;
}

const refusedBody = (error: string, issues: readonly { key: string; message: string }[], warnings?: readonly string[]) => ({
  error,
  issues,
  ...(warnings ? { warnings } : {}),
});

export const TASKS = {
  /** GET /api/rigs: every rig of the catalogue under the query's scenario. */
  rigs({ query, network }: { query: string; network: NetworkFigures }): JsonAnswer {
    const read = parseRankingQuery(query, network);
    if (!read.ok)
      return {
        status: 400,
        body: refusedBody(`The scenario was refused: ${read.issues.map((i) => i.key).join(", ")}.`, read.issues, read.warnings),
      };
    // the prices the link keeps for some rows (quotes=…): those rigs are ranked at them
    const listed = new Set(rigsReleasedBy(read.scenario.startDate).map((r) => r.id));
    const quotes = readQuotes(quotesIn(query), read.scenario.currency, listed);
    const warnings = read.warnings.concat(quotes.left.map(quoteWarning));
    return { status: 200, body: rigsJson(read.scenario, warnings, { own: read.own, goal: read.goal }, quotes.amounts) };
  },

  /** GET /api/payback: the result, and the futures drawn from history when the query asks for them (spec §10). */
  payback({ query, network }: { query: string; network: NetworkFigures }): JsonAnswer {
    const parsed = parseQuery(query, network);
    if (!parsed.ok)
      return {
        status: 400,
        body: refusedBody(`The scenario was refused: ${parsed.issues.map((i) => i.key).join(", ")}.`, parsed.issues, parsed.warnings),
      };
    const futures = parseFuturesQuery(query);
    if (!futures.ok)
      return {
        status: 400,
        body: refusedBody(`The futures were refused: ${futures.issues.map((i) => i.key).join(", ")}.`, futures.issues),
      };
    const result = resultJson(simulate(parsed.scenario), parsed.warnings);
    if (futures.request === null) return { status: 200, body: result };
    const odds = futuresAnswer(parsed.scenario, futures.request);
    if (!odds.ok) return { status: 400, body: refusedBody("The futures were refused: fwin.", [{ key: odds.key, message: odds.message }]) };
    return { status: 200, body: { ...result, warnings: [...result.warnings, ...odds.warnings], futures: odds.json } };
  },

  /** /rigs: the ranking's rows, the site's figures, the link back and the refused keys, in the reader's language. */
  rigsPage({ query, network, locale }: { query: string; network: NetworkFigures; locale: Locale }) {
    const opened = parseRankingLenient(query, DEFAULT_PRESET_ID, network);
    const m = messagesFor(locale).rigs;
    const view = rigsPageView(opened.scenario, locale, { own: opened.own, goal: opened.goal, network: opened.network });
    // the prices the link keeps for some rows: each row worked out at its quote, as a typed price is
    const listed = new Map(view.rows.map((r) => [r.id, r.name]));
    const quoted = quotedRows(opened.scenario, quotesIn(query), listed, locale, opened.goal);
    return {
      view,
      quoted: quoted.rows,
      site: siteFigures(opened.scenario, locale),
      backHref: sharePath(opened.scenario),
      refused: opened.issues
        .map((i) => (i.key === "cap" ? m.capRefused : i.key === "budget" ? m.budgetRefused : localizeMessage(i.message, locale)))
        .concat(quoted.refused),
      warned: linkWarningsForRanking(opened.warnings, locale),
    };
  },

  /** The page's first headline of a heavy link (`/`), as its first render asks for it. */
  headline({ query, network, locale }: { query: string; network: NetworkFigures; locale: Locale }) {
    const opened = parseQueryLenient(query, DEFAULT_PRESET_ID, network);
    return firstHeadline(opened.scenario, priceOfAnotherRig(opened.scenario, new URLSearchParams(query).has("price")), locale);
  },

  /** A link's preview card (/og's image, the page's og: tags), read leniently as the page reads it. */
  preview({ query, network, locale }: { query: string; network: NetworkFigures; locale: Locale }) {
    return linkPreview(query, undefined, locale, network);
  },

  /**
   * What a new worker does first, before any request's task: runs a short replay and draws the plain
   * card, so the engine's code is compiled and the image drawing's WebAssembly and fonts are loaded.
   */
  async warm(): Promise<boolean> {
    linkPreview("v=1&preset=s9-2018-replay&days=30", undefined, "en", NETWORK_SNAPSHOT);
    await drawPng(null, "en");
    return true;
  },

  /** /og: the link's preview card drawn to a PNG (its bytes). */
  async ogImage({ query, network, locale }: { query: string; network: NetworkFigures; locale: Locale }): Promise<Uint8Array> {
    return new Uint8Array(await drawPng(linkPreview(query, undefined, locale, network).card, locale));
  },
} as const;

export type TaskKind = keyof typeof TASKS;
export type TaskInput<K extends TaskKind> = Parameters<(typeof TASKS)[K]>[0];
export type TaskOutput<K extends TaskKind> = ReturnType<(typeof TASKS)[K]>;

/** Runs a task by name (what a worker does with each message). */
export function runTask<K extends TaskKind>(kind: K, input: TaskInput<K>): TaskOutput<K> {
  const task = TASKS[kind] as (input: TaskInput<K>) => TaskOutput<K>;
  return task(input);
}
