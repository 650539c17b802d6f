"use client";

import { createContext, useContext } from "react";
import { FORMATTERS, type Formatter, messagesFor, type Messages, type Locale } from "@/lib/shell";

/** The reader's language for every component: its messages and its number and date formats. */
export interface I18n {
  locale: Locale;
  m: Messages;
  f: Formatter;
}

export function i18nFor(locale: Locale): I18n {
  return { locale, m: messagesFor(locale), f: FORMATTERS[locale] };
}

export const I18nContext = createContext<I18n>(i18nFor("en"));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
