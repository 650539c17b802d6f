import type { Metadata } from "next";
import { DEFAULT_PRESET_ID, localizeMessage, messagesFor, parseRankingLenient, rigsPageView, sharePath, siteFigures } from "@/lib/index";
import RigsRanking from "../components/RigsRanking";
import ChineseText from "../components/preload/ChineseText";
import { readerLocale } from "../locale";
import { currentNetwork } from "../server/network";
import { queryOf } from "../server/scenario-request";
import "./rigs.css";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const m = messagesFor(await readerLocale());
  return { title: `${m.rigs.title} — ${m.brand}`, description: m.rigs.intro };
}

/** /rigs?<the calculator's keys>[&cap=…][&budget=…]: every rig released by the start date under the reader's scenario. */
export default async function RigsPage({ searchParams }: { searchParams: SearchParams }) {
  const query = queryOf(await searchParams);
  const opened = parseRankingLenient(query, DEFAULT_PRESET_ID, await currentNetwork());
  const locale = await readerLocale();
  const m = messagesFor(locale);
  const view = rigsPageView(opened.scenario, locale, { own: opened.own, goal: opened.goal, network: opened.network });
  const ranking = (
    <RigsRanking
      view={view}
      site={siteFigures(opened.scenario, locale)}
      backHref={sharePath(opened.scenario)}
      refused={opened.issues.map((i) =>
        i.key === "cap" ? m.rigs.capRefused : i.key === "budget" ? m.rigs.budgetRefused : localizeMessage(i.message, locale),
      )}
      locale={locale}
      query={query}
    />
  );
  // the Chinese words are loaded before the ranking renders, for a Chinese reader only
  return locale === "zh" ? <ChineseText>{ranking}</ChineseText> : ranking;
}
