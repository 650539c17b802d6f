"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";

// a chunk of its own: the server's HTML asks the browser for it at once, beside the page's scripts
const ChineseLoaded = dynamic(() => import("./ChineseLoaded"));

/**
 * Wrapped around a page's client tree for a Chinese reader only (app/page.tsx, app/rigs/page.tsx):
 * its children render once the Chinese words are loaded, on the server and at hydration alike, so the
 * first paint is the server's Chinese page and hydration matches it. The words come in a chunk of
 * their own, fetched beside the page's scripts (not after them), which an English reader never fetches;
 * switching language loads them through app/components/preload/load-locale.ts.
 */
export default function ChineseText({ children }: { children: ReactNode }) {
  return <ChineseLoaded>{children}</ChineseLoaded>;
}
