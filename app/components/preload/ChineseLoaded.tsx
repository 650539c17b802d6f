"use client";

import type { ReactNode } from "react";
// registers the Chinese words when this module is evaluated, before its children render
import "@/lib/i18n/zh";

/** Renders its children once the Chinese words are registered (see ChineseText). */
export default function ChineseLoaded({ children }: { children: ReactNode }) {
  return children;
}
