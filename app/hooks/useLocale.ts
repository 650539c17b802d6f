"use client";

import { useCallback, useRef, useState } from "react";
import { HTML_LANG, LOCALE_COOKIE, type Locale, messagesFor, isLocaleLoaded } from "@/lib/index";
import { loadLocale } from "../components/preload/load-locale";

/**
 * The reader's language, remembered in a cookie for the next visit (never put in the link). A
 * language not yet loaded is fetched first (app/components/preload/load-locale.ts); the page keeps
 * its language until it arrives, and says so if it cannot.
 */
export function useLocale(initial: Locale) {
  const [locale, setLocale] = useState<Locale>(initial);
  /** The language asked for and still loading, or whose load failed. */
  const [pending, setPending] = useState<{ locale: Locale; failed: boolean } | null>(null);
  // the last choice wins: a slow load never overrides a later click
  const wanted = useRef<Locale>(initial);
  const apply = useCallback((next: Locale) => {
    setPending(null);
    setLocale(next);
    // the link stays the same, so a partner reads it in their own language
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    document.documentElement.lang = HTML_LANG[next];
    // the tab's title follows the language too (the server wrote it in the first one)
    document.title = messagesFor(next).pageTitle;
  }, []);
  const switchLocale = useCallback(
    (next: Locale) => {
      wanted.current = next;
      if (isLocaleLoaded(next)) {
        apply(next);
        return;
      }
      setPending({ locale: next, failed: false });
      loadLocale(next).then(
        () => {
          if (wanted.current === next) apply(next);
        },
        () => {
          if (wanted.current === next) setPending({ locale: next, failed: true });
        },
      );
    },
    [apply],
  );
  return {
    locale,
    switchLocale,
    /** The language being loaded, if any (its button shows it is busy). */
    loading: pending && !pending.failed ? pending.locale : null,
    /** The language whose load failed, until the reader chooses again. */
    failed: pending?.failed ? pending.locale : null,
  };
}
