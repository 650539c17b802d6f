"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Locale } from "@/lib/index";
import type { RigRowView, RigsPageView } from "@/lib/views";
import { rigsText } from "@/lib/ranking";
import { loadDailyTables } from "./useDailyTables";

/** A price typed in one rig's row, and what it gave. */
export interface RowPriceEntry {
  /** As typed. */
  typed: string;
  /** The row worked out at the typed price; null: the ranking's own row (nothing typed). */
  row: RigRowView | null;
  /** Why the typed price is refused, or why the row could not be worked out: the row keeps its figures before. */
  error: string | null;
  /** Waiting for the work (its code, or the recorded history for a replay) to load. */
  working: boolean;
}

type Work = typeof import("./row-price-work");

/** Typing pauses this long before the row is worked out again (Enter or leaving the box works it out at once). */
const PAUSE_MS = 150;

/**
 * The prices typed in the ranking's rows. Each row is worked out again on this page, with the
 * engine's code loaded on the first focus of a price box (./row-price-work.ts) and, for a replay, the
 * recorded history; the order of the rows changes only when a price is committed (Enter, or leaving
 * the box), never under the reader's typing. `settled`: the rows as of the last commit, for sorting.
 */
export function useRowPrices(view: RigsPageView, locale: Locale) {
  const [entries, setEntries] = useState<Record<string, RowPriceEntry>>({});
  const [settled, setSettled] = useState<Record<string, RigRowView>>({});
  const work = useRef<Promise<Work> | null>(null);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const asked = useRef(new Map<string, number>());
  const latest = useRef<Record<string, RowPriceEntry>>({});
  const typedNow = useRef(new Map<string, string>());
  const { scenario, goal } = view;

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, []);

  const update = useCallback((id: string, change: (before: RowPriceEntry) => RowPriceEntry) => {
    setEntries((all) => {
      const before = all[id] ?? { typed: "", row: null, error: null, working: false };
      const next = { ...all, [id]: change(before) };
      latest.current = next;
      return next;
    });
  }, []);

  const prepare = useCallback((): Promise<Work> => {
    work.current ??= import("./row-price-work").catch((error: unknown) => {
      work.current = null;
      throw error;
    });
    if (scenario.useHistory) loadDailyTables().catch(() => undefined);
    return work.current;
  }, [scenario.useHistory]);

  /** Works the row out at `typed`; resolves to the row then shown (null: the ranking's own). */
  const run = useCallback(
    async (id: string, typed: string): Promise<RigRowView | null> => {
      const n = (asked.current.get(id) ?? 0) + 1;
      asked.current.set(id, n);
      const current = () => asked.current.get(id) === n;
      update(id, (e) => ({ ...e, working: true }));
      try {
        const w = await prepare();
        if (scenario.useHistory) await loadDailyTables();
        if (!current()) return latest.current[id]?.row ?? null;
        const read = w.readRowPrice(typed, scenario.currency, locale);
        if (read.kind === "refused") {
          update(id, (e) => ({ ...e, error: read.message, working: false }));
          return latest.current[id]?.row ?? null;
        }
        const row = read.kind === "empty" ? null : w.rigRowAtPrice(scenario, { rigId: id, amount: read.amount, goal }, locale);
        update(id, (e) => ({ ...e, row, error: null, working: false }));
        return row;
      } catch {
        if (current()) update(id, (e) => ({ ...e, error: rigsText(locale).rowPrice.failed, working: false }));
        return latest.current[id]?.row ?? null;
      }
    },
    [prepare, update, scenario, goal, locale],
  );

  const type = useCallback(
    (id: string, typed: string) => {
      typedNow.current.set(id, typed);
      update(id, (e) => ({ ...e, typed }));
      const before = timers.current.get(id);
      if (before) clearTimeout(before);
      timers.current.set(
        id,
        setTimeout(() => {
          timers.current.delete(id);
          void run(id, typed);
        }, PAUSE_MS),
      );
    },
    [update, run],
  );

  /** Enter, or leaving the box: worked out now, and the row takes its place in the order. */
  const commit = useCallback(
    (id: string) => {
      const before = timers.current.get(id);
      if (before) clearTimeout(before);
      timers.current.delete(id);
      const typed = typedNow.current.get(id) ?? "";
      void run(id, typed).then((row) =>
        setSettled((all) => {
          const next = { ...all };
          if (row) next[id] = row;
          else delete next[id];
          return next;
        }),
      );
    },
    [run],
  );

  return { entries, settled, type, commit, prepare };
}
