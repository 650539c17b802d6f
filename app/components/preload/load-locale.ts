import type { Locale, LoadableLocale } from "@/lib/index";

// each language other than English is a chunk of its own, fetched once: an English first visit never downloads it
const LOADERS: Record<LoadableLocale, () => Promise<unknown>> = { zh: () => import("@/lib/i18n/zh") };
const pending = new Map<LoadableLocale, Promise<void>>();

/**
 * Loads a language's words (they register themselves when evaluated). The same promise for every
 * caller, so a component may `use()` it; a failed load is forgotten, so the next call tries again.
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === "en") return Promise.resolve();
  let loading = pending.get(locale);
  if (loading === undefined) {
    loading = LOADERS[locale]().then(
      () => undefined,
      (error: unknown) => {
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, loading);
  }
  return loading;
}
