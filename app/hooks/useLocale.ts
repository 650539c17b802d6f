"use client";

import { useCallback, useState } from "react";
import { HTML_LANG, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";

/** The reader's language, remembered in a cookie for the next visit (never put in the link). */
export function useLocale(initial: Locale) {
  const [locale, setLocale] = useState<Locale>(initial);
  const switchLocale = useCallback((next: Locale) => {
    setLocale(next);
    // the link stays the same, so a partner reads it in their own language
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    document.documentElement.lang = HTML_LANG[next];
    // the tab's title follows the language too (the server wrote it in the first one)
    document.title = messagesFor(next).pageTitle;
  }, []);
  return { locale, switchLocale };
}
