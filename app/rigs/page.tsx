import type { Metadata } from "next";
import {
  DEFAULT_PRESET_ID,
  emptyRigsPageView,
  linkWarningsForRanking,
  localizeMessage,
  messagesFor,
  parseRankingLenient,
  quotesIn,
  rigsReleasedBy,
  sharePath,
  siteFigures,
} from "@/lib/server";
import RigsRanking from "../components/RigsRanking";
import ChineseText from "../components/preload/ChineseText";
import { readerLocale } from "../locale";
import { currentNetwork } from "../server/network";
import { queryOf } from "../server/scenario-request";
import { COST_LIMIT_MS, workCost } from "../server/heavy/cost";
import { heavyPool } from "../server/heavy/pool";
import "./rigs.css";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const m = messagesFor(await readerLocale());
  return { title: `${m.rigs.title} — ${m.brand}`, description: m.rigs.intro };
}

/**
 * /rigs?<the calculator's keys>: every rig of the catalogue under the reader's scenario. The ranking
 * is computed in the server's worker pool (app/server/heavy): one estimated too heavy is not started,
 * one over the time budget is stopped, and the page says what to reduce instead of a table.
 */
export default async function RigsPage({ searchParams }: { searchParams: SearchParams }) {
  const query = queryOf(await searchParams);
  const network = await currentNetwork();
  const opened = parseRankingLenient(query, DEFAULT_PRESET_ID, network);
  const locale = await readerLocale();
  const m = messagesFor(locale).rigs;
  // the rows the link keeps a price for are worked out once more each
  const listed = rigsReleasedBy(opened.scenario.startDate).length;
  const cost = workCost(opened.scenario, { rigs: listed + Math.min(quotesIn(query).length, listed) });
  const pool = heavyPool();
  const outcome = cost.ms > COST_LIMIT_MS ? null : await pool.run("rigsPage", { query, network, locale }, pool.drawnBudgetMs);
  const refused = opened.issues.map((i) =>
    i.key === "cap" ? m.capRefused : i.key === "budget" ? m.budgetRefused : localizeMessage(i.message, locale),
  );
  const empty = emptyRigsPageView(opened.scenario, opened.goal, locale);
  const ranking =
    outcome?.ok === true ? (
      <RigsRanking {...outcome.value} locale={locale} query={query} />
    ) : (
      <RigsRanking
        view={empty}
        site={siteFigures(opened.scenario, locale)}
        backHref={sharePath(opened.scenario)}
        refused={refused}
        warned={linkWarningsForRanking(opened.warnings, locale)}
        notice={outcome === null ? m.tooHeavy : m.tooSlow}
        locale={locale}
        query={query}
      />
    );
  // the Chinese words are loaded before the ranking renders, for a Chinese reader only
  return locale === "zh" ? <ChineseText>{ranking}</ChineseText> : ranking;
}
