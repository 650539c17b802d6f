import type { Locale } from "@/lib/server";
import { drawPng } from "./draw";

/**
 * The plain card of each language (no scenario's figures), drawn once per server process — when the
 * server starts (instrumentation.ts), else at its first use — and kept: /og answers it for a link too
 * heavy or too slow to draw, without drawing on the request thread again. Held on globalThis: the
 * start-up code and the route are bundled apart.
 */
const SHARED = Symbol.for("rig-payback.og-fallbacks");
type Holder = { [SHARED]?: Partial<Record<Locale, Promise<ArrayBuffer>>> };

export function fallbackPng(locale: Locale): Promise<ArrayBuffer> {
  const cards = ((globalThis as Holder)[SHARED] ??= {});
  const drawn = (cards[locale] ??= drawPng(null, locale));
  drawn.catch(() => {
    delete cards[locale]; // try again on the next request
  });
  return drawn;
}
