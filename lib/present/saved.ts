/**
 * The reader's saved scenarios: a named list kept in their browser (the page stores it; nothing here
 * touches storage or the clock). Each entry keeps the scenario as its share query, the public and
 * versioned format (spec §1), so an entry saved today opens the same scenario next year. Storage is
 * read defensively: unreadable data starts an empty list with a notice, never a crash, and an entry
 * that cannot be listed (its scenario no longer opens, or past the cap) is kept aside, named with its
 * reason, and can be exported.
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

/** Why a stored entry is kept aside rather than listed. */
export type AsideReason = "malformed" | "does-not-open" | "duplicate" | "over-cap";

/** An entry kept aside: stored beside the list (never erased by a save), named when it has a name, exportable. */
export interface AsideEntry {
  /** The entry's name as stored, or null when it has none that can be read. */
  name: string | null;
  reason: AsideReason;
  /** The entry exactly as it was stored. */
  entry: unknown;
}

export interface SavedList {
  items: SavedScenario[];
  /** "unreadable": the stored data is not a list this page wrote; "partly": some entries are kept aside. */
  problem: "unreadable" | "partly" | null;
  /** Entries kept aside (their scenario no longer opens, malformed, a repeated id, past the cap), in stored order. */
  aside: AsideEntry[];
}

const StoredAside = z.object({ reason: z.enum(["malformed", "does-not-open", "duplicate", "over-cap"]), entry: z.unknown() });
const StoredList = z.object({ v: z.literal(1), items: z.array(z.unknown()), aside: z.optional(z.array(z.unknown())) });
const StoredItem = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
  query: z.string().check(z.minLength(1), z.maxLength(MAX_QUERY_LENGTH)),
  savedAt: z.string().check(z.maxLength(40)),
});

/** A stored entry's name, when it has one that reads as a name. */
function nameOf(raw: unknown): string | null {
  if (raw === null || typeof raw !== "object" || !("name" in raw)) return null;
  const name = (raw as { name: unknown }).name;
  return typeof name === "string" ? cleanName(name.slice(0, MAX_NAME_LENGTH * 4)) : null;
}

/**
 * Reads the stored text (null when nothing is stored). Never throws. An entry that cannot be listed
 * is kept aside with its reason, and so is every entry past the cap of MAX_SAVED: the list writes
 * them back beside itself (writeSavedList), so a later save never erases them.
 */
export function readSavedList(stored: string | null): SavedList {
  if (stored === null) return { items: [], problem: null, aside: [] };
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return { items: [], problem: "unreadable", aside: [] };
  }
  const list = StoredList.safeParse(json);
  if (!list.success) return { items: [], problem: "unreadable", aside: [] };
  const items: SavedScenario[] = [];
  const ids = new Set<string>();
  const aside: AsideEntry[] = [];
  for (const raw of list.data.items) {
    const item = StoredItem.safeParse(raw);
    // a saved replay is checked without its recorded start: the list reads before any history table
    // past the cap an entry is not read further: a list of 40,000 opens as fast as one of 50
    const reason: AsideReason | null = !item.success
      ? "malformed"
      : ids.has(item.data.id)
        ? "duplicate"
        : items.length >= MAX_SAVED
          ? "over-cap"
          : !parseQuery(item.data.query, undefined, { recorded: false }).ok
            ? "does-not-open"
            : null;
    if (!item.success || reason !== null) {
      aside.push({ name: nameOf(raw), reason: reason ?? "malformed", entry: raw });
      continue;
    }
    ids.add(item.data.id);
    items.push(item.data);
  }
  // what an earlier reading kept aside stays aside, with its reason
  for (const raw of list.data.aside ?? []) {
    const kept = StoredAside.safeParse(raw);
    aside.push(
      kept.success
        ? { name: nameOf(kept.data.entry), reason: kept.data.reason, entry: kept.data.entry }
        : { name: null, reason: "malformed", entry: raw },
    );
  }
  return { items, problem: aside.length > 0 ? "partly" : null, aside };
}

/** The text to store for a list, with the entries kept aside beside it. */
export function writeSavedList(items: readonly SavedScenario[], aside: readonly AsideEntry[] = []): string {
  return JSON.stringify(
    aside.length === 0 ? { v: 1, items } : { v: 1, items, aside: aside.map(({ reason, entry }) => ({ reason, entry })) },
  );
}

/** The entries kept aside as a file the reader can keep: JSON, each entry as stored with its reason. */
export function asideExport(aside: readonly AsideEntry[]): string {
  return `${JSON.stringify({ v: 1, keptAside: aside.map(({ name, reason, entry }) => ({ name, reason, entry })) }, null, 2)}\n`;
}

/** The export's file name. */
export const ASIDE_FILE_NAME = "rig-payback-saved-kept-aside.json";

/** How many entries are kept aside for each reason. */
export function asideCounts(aside: readonly AsideEntry[]): Record<AsideReason, number> {
  const counts: Record<AsideReason, number> = { malformed: 0, "does-not-open": 0, duplicate: 0, "over-cap": 0 };
  for (const a of aside) counts[a.reason]++;
  return counts;
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
