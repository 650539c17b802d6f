import type { Metadata } from "next";
import {
  DEFAULT_PRESET_ID,
  firstHeadline,
  growthChoices,
  recordedRangesOfTables,
  messagesFor,
  parsePageState,
  parseQueryLenient,
  priceOfAnotherRig,
} from "@/lib/server";
import Calculator from "./components/Calculator";
import WithDailyTables from "./components/preload/WithDailyTables";
import ChineseText from "./components/preload/ChineseText";
import { previewMetadata } from "./og/metadata";
import { readerLocale } from "./locale";
import { currentNetwork } from "./server/network";
import { queryOf } from "./server/scenario-request";
import { COST_LIMIT_MS, INLINE_LIMIT_MS, workCost } from "./server/heavy/cost";
import { heavyPool } from "./server/heavy/pool";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  // the tab's title and the link preview in the language of whoever fetched the page
  const locale = await readerLocale();
  const preview = await previewMetadata(queryOf(await searchParams), locale, await currentNetwork());
  const m = messagesFor(locale);
  return { ...preview, title: m.pageTitle, description: m.pageDescription };
}

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const query = queryOf(await searchParams);
  // the modern presets start on the server's newest network (refreshed hourly, else the stored snapshot)
  const network = await currentNetwork();
  const opened = parseQueryLenient(query, DEFAULT_PRESET_ID, network);
  // the page's own keys: a bad value opens its default and is named in the notice beside the scenario's
  const page = parsePageState(query);
  const locale = await readerLocale();
  // the growth choices read the daily history tables: the opening date's come with the page
  const startDate = opened.scenario.startDate;
  const askPrice = priceOfAnotherRig(opened.scenario, new URLSearchParams(query).has("price"));
  // the first render's headline comes with the page (hydrating it does not run the engine again); a
  // heavy link's is worked out in the worker pool, not on the request's thread (a ten-year replay in
  // compare mode with power terms takes a third of a second), and if the pool cannot, by the page
  const cost = workCost(opened.scenario).ms;
  const pool = cost > INLINE_LIMIT_MS && cost <= COST_LIMIT_MS ? heavyPool() : null;
  const pooled = pool ? await pool.run("headline", { query, network, locale }, pool.drawnBudgetMs) : null;
  const headline = pooled?.ok === true ? pooled.value : pool === null ? firstHeadline(opened.scenario, askPrice, locale) : undefined;
  const calculator = (
    <Calculator
      initial={opened.scenario}
      initialPage={page.state}
      linkIssues={[...opened.issues, ...page.issues]}
      linkWarnings={opened.warnings}
      initialLocale={locale}
      network={network}
      growthSeed={{ startDate, choices: growthChoices(startDate), ranges: recordedRangesOfTables() }}
      askPrice={askPrice}
      firstHeadline={headline}
    />
  );
  // a replay reads the daily tables at once: they come with the page's scripts (other links load them when needed)
  const recorded = opened.scenario.useHistory ? <WithDailyTables>{calculator}</WithDailyTables> : calculator;
  // the Chinese words are loaded before the calculator renders, for a Chinese reader only
  return locale === "zh" ? <ChineseText>{recorded}</ChineseText> : recorded;
}
