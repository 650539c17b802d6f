"use client";

import { use } from "react";
import { loadLocale } from "./load-locale";

/**
 * Wrapped around a page's client tree for a Chinese reader only (app/page.tsx, app/rigs/page.tsx):
 * its children render once the Chinese words are loaded, on the server and at hydration alike, so the
 * first paint is the server's Chinese page and hydration matches it. Its own chunk is a few lines; the
 * words are a chunk of their own (app/components/preload/load-locale.ts), which an English reader never fetches.
 */
export default function ChineseText({ children }: { children: React.ReactNode }) {
  use(loadLocale("zh"));
  return children;
}
