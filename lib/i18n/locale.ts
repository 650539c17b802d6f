/**
 * The interface's languages: English and Simplified Chinese. The language is the reader's, never
 * the scenario's: it is not in a share link, so one link opens in each reader's own language.
 */

export type Locale = "en" | "zh";
export const LOCALES: readonly Locale[] = ["en", "zh"];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie that keeps a reader's choice (set when they switch). */
export const LOCALE_COOKIE = "lang";

/** The `lang` attribute of the page. */
export const HTML_LANG: Record<Locale, string> = { en: "en", zh: "zh-CN" };

/** Each language's name in itself, for the switch. */
export const LOCALE_NAME: Record<Locale, string> = { en: "English", zh: "简体中文" };
/** The same, short, for a phone's top bar. */
export const LOCALE_SHORT: Record<Locale, string> = { en: "EN", zh: "中文" };

export function isLocale(value: unknown): value is Locale {
  return value === "en" || value === "zh";
}

/**
 * The language from an Accept-Language header: the first listed (by q weight) that is Chinese or
 * English wins. Any Chinese tag is read as Simplified Chinese (the only Chinese here); a header with
 * neither gives English.
 * Examples: "zh-CN,zh;q=0.9,en;q=0.8" → zh; "ru-RU,ru;q=0.9,en-US;q=0.8" → en; "en;q=0.5, zh-TW" → zh.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const tags = header
    .slice(0, 500)
    .split(",")
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: (tag ?? "").trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, i };
    })
    .filter((t) => t.tag !== "" && t.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.i - b.i);
  for (const t of tags) {
    if (t.tag === "zh" || t.tag.startsWith("zh-")) return "zh";
    if (t.tag === "en" || t.tag.startsWith("en-")) return "en";
  }
  return DEFAULT_LOCALE;
}

/** The reader's language: their saved choice, else their browser's. */
export function pickLocale(cookie: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(cookie) ? cookie : localeFromAcceptLanguage(acceptLanguage);
}
