/**
 * The reader's saved scenarios: a named list kept in their browser (the page stores it; nothing here
 * touches storage or the clock). Each entry keeps the scenario as its share query, the public and
 * versioned format (spec §1), so an entry saved today opens the same scenario next year. Storage is
 * read defensively: unreadable data starts an empty list with a notice, never a crash, and an entry
 * whose scenario no longer opens is left out and counted.
 */
import { z } from "zod/mini";
import { MAX_QUERY_LENGTH, parseQuery, serializeScenario } from "../open/query";
import type { Scenario } from "../scenario/schema";
import type { SideName } from "../engine/simulate";
import { simulate } from "../simulate-recorded";
import { findPreset } from "../open/presets";
import { presetName } from "../i18n/fields";
import { messagesFor } from "../i18n/messages";
import type { Locale } from "../i18n/locale";
import { FORMATTERS } from "./format";
import { scenarioLine, sideView } from "./view";

/** The storage key of the list, and where unreadable data is kept aside rather than lost. */
export const SAVED_STORAGE_KEY = "rig-payback.saved.v1";
export const SAVED_UNREADABLE_KEY = "rig-payback.saved.unreadable";
/** Most entries kept; saving one more drops the oldest. */
export const MAX_SAVED = 50;
/** Longest name kept, in characters. */
export const MAX_NAME_LENGTH = 80;

export interface SavedScenario {
  id: string;
  name: string;
  /** The scenario's share query: `v=1&preset=…`. */
  query: string;
  /** When it was saved, ISO 8601. */
  savedAt: string;
}

export interface SavedList {
  items: SavedScenario[];
  /** "unreadable": the stored data is not a list this page wrote; "partly": some entries were left out. */
  problem: "unreadable" | "partly" | null;
  /** Entries left out because their scenario no longer opens or they are malformed. */
  dropped: number;
}

const StoredList = z.object({ v: z.literal(1), items: z.array(z.unknown()) });
const StoredItem = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
  query: z.string().check(z.minLength(1), z.maxLength(MAX_QUERY_LENGTH)),
  savedAt: z.string().check(z.maxLength(40)),
});

/** Reads the stored text (null when nothing is stored). Never throws. */
export function readSavedList(stored: string | null): SavedList {
  if (stored === null) return { items: [], problem: null, dropped: 0 };
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return { items: [], problem: "unreadable", dropped: 0 };
  }
  const list = StoredList.safeParse(json);
  if (!list.success) return { items: [], problem: "unreadable", dropped: 0 };
  const items: SavedScenario[] = [];
  const ids = new Set<string>();
  let dropped = 0;
  for (const raw of list.data.items) {
    const item = StoredItem.safeParse(raw);
    // a saved replay is checked without its recorded start: the list reads before any history table
    if (
      !item.success ||
      ids.has(item.data.id) ||
      !parseQuery(item.data.query, undefined, { recorded: false }).ok ||
      items.length >= MAX_SAVED
    ) {
      dropped++;
      continue;
    }
    ids.add(item.data.id);
    items.push(item.data);
  }
  return { items, problem: dropped > 0 ? "partly" : null, dropped };
}

/** The text to store for a list. */
export function writeSavedList(items: readonly SavedScenario[]): string {
  return JSON.stringify({ v: 1, items });
}

/** A name as typed, tidied: spaces collapsed, cut to MAX_NAME_LENGTH; null when nothing is left. */
export function cleanName(name: string): string | null {
  const clean = name.normalize("NFC").replace(/\s+/g, " ").trim();
  return clean === "" ? null : [...clean].slice(0, MAX_NAME_LENGTH).join("");
}

/** A name for a scenario the reader did not name: "S21 · $2,900 · compare". */
export function suggestedName(s: Scenario, locale: Locale): string {
  const m = messagesFor(locale);
  const f = FORMATTERS[locale];
  const preset = s.preset ? findPreset(s.preset) : undefined;
  const rig = preset ? presetName(preset, locale) : `${f.number(s.hashrateThs, 2)} TH/s`;
  const parts = [rig, f.money(s.rigPrice, s.currency)];
  if (s.mode !== "self") parts.push(m.modes[s.mode].label);
  return parts.join(" · ");
}

/**
 * The list with a scenario saved at its top. A name already in the list (ignoring case) is replaced:
 * saving under the same name updates that entry. The oldest entries beyond MAX_SAVED are dropped.
 */
export function addSaved(
  items: readonly SavedScenario[],
  entry: { id: string; name: string; scenario: Scenario; savedAt: string },
): SavedScenario[] {
  const name = cleanName(entry.name) ?? entry.id;
  const same = items.find((i) => i.name.toLowerCase() === name.toLowerCase());
  const saved: SavedScenario = { id: same?.id ?? entry.id, name, query: serializeScenario(entry.scenario), savedAt: entry.savedAt };
  return [saved, ...items.filter((i) => i !== same)].slice(0, MAX_SAVED);
}

/** The list with one entry renamed (unchanged when the new name is empty). */
export function renameSaved(items: readonly SavedScenario[], id: string, name: string): SavedScenario[] {
  const clean = cleanName(name);
  return items.map((i) => (i.id === id && clean !== null ? { ...i, name: clean } : i));
}

/** The list without one entry. */
export function deleteSaved(items: readonly SavedScenario[], id: string): SavedScenario[] {
  return items.filter((i) => i.id !== id);
}

/** The scenario an entry opens, or null when its query no longer opens one. */
export function savedScenario(item: SavedScenario): Scenario | null {
  const parsed = parseQuery(item.query);
  return parsed.ok ? parsed.scenario : null;
}

export interface ComparisonColumn {
  /** The entry's name, and the side when the scenario has two ("Self-run"). */
  name: string;
  side: string | null;
  scenario: string;
}

export interface ComparisonRow {
  id: string;
  label: string;
  values: string[];
}

export interface SavedComparison {
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
}

const FIGURE_ROWS = ["btc-mined", "cost-per-btc", "outlay", "break-even-power"] as const;

/**
 * Two saved scenarios side by side: for each side each one runs (one, or two in compare mode), the
 * break-even day, net profit, ROI, BTC mined, cost per BTC, outlay and break-even power price, as the
 * result cards say them. Null when either no longer opens.
 */
export function savedComparison(a: SavedScenario, b: SavedScenario, locale: Locale): SavedComparison | null {
  const m = messagesFor(locale);
  const t = m.saved;
  const columns: ComparisonColumn[] = [];
  const views: ReturnType<typeof sideView>[] = [];
  for (const item of [a, b]) {
    const s = savedScenario(item);
    if (!s) return null;
    const sim = simulate(s);
    const sides = (["self", "hosted"] as const satisfies readonly SideName[]).filter((side) => sim[side] !== undefined);
    for (const side of sides) {
      const x = sim[side];
      if (!x) continue;
      views.push(sideView(side, x, s, sim.finalBtcPrice, locale));
      columns.push({ name: item.name, side: sides.length > 1 ? m.sides[side] : null, scenario: scenarioLine(s, locale) });
    }
  }
  const figure = (id: string) => views.map((v) => v.figures.find((f) => f.id === id)?.value ?? "—");
  const labelOf = (id: string) => views[0]?.figures.find((f) => f.id === id)?.label ?? id;
  const rows: ComparisonRow[] = [
    { id: "break-even", label: t.breakEven, values: views.map((v) => v.short) },
    { id: "net-profit", label: m.netProfit, values: views.map((v) => v.netProfitText) },
    { id: "roi", label: m.roiShort, values: views.map((v) => v.roiText) },
    ...FIGURE_ROWS.map((id) => ({ id, label: labelOf(id), values: figure(id) })),
  ];
  return { columns, rows };
}
