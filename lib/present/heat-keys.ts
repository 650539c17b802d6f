/**
 * The sensitivity views' colours and keyboard moves: small and pure, so the page's first load takes
 * them without the heat maps, tornado and futures that lib/present/sensitivity-view computes.
 */
import { at } from "../core/at";
import { SENSITIVITY_TABS, type SensitivityTab } from "../open/page";
import type { Locale } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";
import { FORMATTERS } from "./format";

export const HEAT_COLOURS = ["#fde725", "#a0da39", "#4ac16d", "#1fa187", "#277f8e", "#365c8d", "#46327e"] as const;
export const NEVER_COLOUR = "#1b1b1b";
/** A cell outside the allowed range: not run, pale grey under a "×". */
export const OUTSIDE_COLOUR = "#e4e4e4";

/**
 * The tab a key moves to from `tab` (the WAI-ARIA tabs pattern: arrows wrap, Home and End go to
 * the ends), or null for any other key.
 */
export function tabForKey(tab: SensitivityTab, key: string): SensitivityTab | null {
  const n = SENSITIVITY_TABS.length;
  const i = SENSITIVITY_TABS.indexOf(tab);
  const moves: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i + n - 1, Home: 0, End: n - 1 };
  const to = moves[key];
  return Object.hasOwn(moves, key) && to !== undefined ? at(SENSITIVITY_TABS, to % n, "tab") : null;
}

/**
 * The heat-map cell an arrow key (or Home / End, along the row) moves to from [row, column], in a
 * map of `rows` × `columns`; null for any other key. Stops at the edges.
 * Example: heatMove([0, 0], "ArrowRight", 15, 15) → [0, 1]; heatMove([0, 0], "ArrowUp", 15, 15) → [0, 0].
 */
export function heatMove(from: readonly [number, number], key: string, rows: number, columns: number): [number, number] | null {
  const [y, x] = from;
  const clamp = (v: number, n: number): number => Math.max(0, Math.min(n - 1, v));
  switch (key) {
    case "ArrowUp":
      return [clamp(y - 1, rows), x];
    case "ArrowDown":
      return [clamp(y + 1, rows), x];
    case "ArrowLeft":
      return [y, clamp(x - 1, columns)];
    case "ArrowRight":
      return [y, clamp(x + 1, columns)];
    case "Home":
      return [y, 0];
    case "End":
      return [y, clamp(columns - 1, columns)];
    default:
      return null;
  }
}

/**
 * The heat maps' legend in days: each colour's span of break-even days over a horizon of
 * `horizonDays`, then "never". Colour i holds the days d with ⌊(d − 1) × N / H⌋ = i, that is from
 * ⌈i × H / N⌉ + 1 to ⌈(i + 1) × H / N⌉. Example (H = 1,095, N = 7): days 1–157, 158–313, … 940–1,095.
 */
export function heatScaleView(horizonDays: number, locale: Locale = "en"): { colour: string; text: string }[] {
  const m = messagesFor(locale);
  const f = FORMATTERS[locale];
  const n = HEAT_COLOURS.length;
  const out: { colour: string; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    const from = Math.ceil((i * horizonDays) / n) + 1;
    const to = Math.ceil(((i + 1) * horizonDays) / n);
    if (to < from) continue;
    out.push({ colour: HEAT_COLOURS[i] ?? NEVER_COLOUR, text: m.heatScaleDays(f.number(from, 0), f.number(to, 0)) });
  }
  out.push({ colour: NEVER_COLOUR, text: m.heatScaleNever });
  return out;
}
