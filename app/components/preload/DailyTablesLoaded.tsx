"use client";

import type { ReactNode } from "react";
// installs the daily history tables when this module is evaluated, before its children render
import "@/lib/history/load";

/** Renders its children once the daily history tables are installed (see WithDailyTables). */
export default function DailyTablesLoaded({ children }: { children: ReactNode }) {
  return children;
}
