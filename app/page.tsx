import type { Metadata } from "next";
import {
  DEFAULT_PRESET_ID,
  FUTURES_DEFAULTS,
  historicalVolatilityPct,
  messagesFor,
  parseQueryLenient,
  readFuturesSettings,
  readSensitivityTab,
} from "@/lib/index";
import Calculator from "./components/Calculator";
import { previewMetadata } from "./og/metadata";
import { readerLocale } from "./locale";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The query as the link had it, repeated keys included (a repeated key is refused, not merged). */
function queryOf(params: Record<string, string | string[] | undefined>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) for (const v of value) q.append(key, v);
    else if (value !== undefined) q.append(key, value);
  }
  return q.toString();
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  // the tab's title and the link preview in the language of whoever fetched the page
  const locale = await readerLocale();
  const preview = await previewMetadata(queryOf(await searchParams), locale);
  const m = messagesFor(locale);
  return { ...preview, title: m.pageTitle, description: m.pageDescription };
}

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const query = queryOf(await searchParams);
  const opened = parseQueryLenient(query, DEFAULT_PRESET_ID);
  const defaultFutures = { ...FUTURES_DEFAULTS, volatilityPct: historicalVolatilityPct() };
  const initialFutures = readFuturesSettings(new URLSearchParams(query), defaultFutures.volatilityPct);
  const initialTab = readSensitivityTab(new URLSearchParams(query));
  const locale = await readerLocale();
  return (
    <Calculator
      initial={opened.scenario}
      initialTab={initialTab}
      initialFutures={initialFutures}
      defaultFutures={defaultFutures}
      linkIssues={opened.issues}
      linkWarnings={opened.warnings}
      initialLocale={locale}
    />
  );
}
