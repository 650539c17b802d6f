/**
 * The sensitivity views' colours and keyboard moves: small and pure, so the page's first load takes
 * them without the heat maps, tornado and futures that lib/present/sensitivity-view computes.
 */
import { at } from "../core/at";
import { SENSITIVITY_TABS, type SensitivityTab } from "../open/page";

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
