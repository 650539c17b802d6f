"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";

// a chunk of its own: the server's HTML asks the browser for it at once, beside the page's scripts
const DailyTablesLoaded = dynamic(() => import("./DailyTablesLoaded"));

/**
 * Wraps the page when the link opened replays recorded history: the daily tables are fetched with
 * the page's scripts and installed before the page comes to life, so the first render in the
 * browser matches the server's. Other links load them only when a view needs them
 * (app/hooks/useDailyTables.ts); they are not part of the page's first load.
 */
export default function WithDailyTables({ children }: { children: ReactNode }) {
  return <DailyTablesLoaded>{children}</DailyTablesLoaded>;
}
