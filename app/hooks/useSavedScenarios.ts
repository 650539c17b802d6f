"use client";

import { useCallback, useEffect, useState } from "react";
import {
  addSaved,
  ASIDE_FILE_NAME,
  asideExport,
  deleteSaved,
  readSavedList,
  renameSaved,
  SAVED_STORAGE_KEY,
  SAVED_UNREADABLE_KEY,
  writeSavedList,
  type AsideEntry,
  type SavedScenario,
} from "@/lib/form";
import type { Scenario } from "@/lib/index";

export type SavedProblem = "unreadable" | "partly" | "unavailable" | null;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function newId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * The reader's saved scenarios, in this browser's localStorage only. Read after the page is shown
 * (the server has no storage), kept in step with other tabs, and robust to what is stored: unreadable
 * data starts an empty list with a notice and is kept aside under its own key, never lost; entries
 * that cannot be listed (or past the cap) are kept aside in the list's own record, written back with
 * every save, and can be downloaded.
 */
export function useSavedScenarios() {
  const [items, setItems] = useState<SavedScenario[]>([]);
  const [problem, setProblem] = useState<SavedProblem>(null);
  const [aside, setAside] = useState<AsideEntry[]>([]);

  useEffect(() => {
    const load = (first: boolean) => {
      const store = storage();
      if (!store) {
        setProblem("unavailable");
        return;
      }
      let stored: string | null;
      try {
        stored = store.getItem(SAVED_STORAGE_KEY);
      } catch {
        setProblem("unavailable");
        return;
      }
      const list = readSavedList(stored);
      if (list.problem === "unreadable" && stored !== null && first) {
        try {
          if (store.getItem(SAVED_UNREADABLE_KEY) === null) store.setItem(SAVED_UNREADABLE_KEY, stored);
        } catch {
          // kept aside when possible; the notice says the list starts empty either way
        }
      }
      setItems(list.items);
      setProblem(list.problem);
      setAside(list.aside);
    };
    load(true);
    const onStorage = (e: StorageEvent) => {
      if (e.key === SAVED_STORAGE_KEY || e.key === null) load(false);
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  const persist = useCallback(
    (next: SavedScenario[], nextAside: AsideEntry[] = aside) => {
      setItems(next);
      setAside(nextAside);
      try {
        storage()?.setItem(SAVED_STORAGE_KEY, writeSavedList(next, nextAside));
      } catch {
        setProblem("unavailable");
      }
    },
    [aside],
  );

  const save = useCallback(
    (name: string, scenario: Scenario) => {
      const next = addSaved(items, { id: newId(), name, scenario, savedAt: new Date().toISOString() });
      // the oldest entry a full list drops is kept aside too, past the cap
      const cut = items.filter((i) => !next.some((n) => n.id === i.id));
      persist(
        next,
        cut.length === 0 ? aside : [...aside, ...cut.map((entry) => ({ name: entry.name, reason: "over-cap" as const, entry }))],
      );
      if (cut.length > 0) setProblem("partly");
      return next[0];
    },
    [items, aside, persist],
  );

  /** Downloads the entries kept aside as a JSON file. */
  const exportAside = useCallback(() => {
    const blob = new Blob([asideExport(aside)], { type: "application/json;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = ASIDE_FILE_NAME;
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, [aside]);
  const rename = useCallback((id: string, name: string) => persist(renameSaved(items, id, name)), [items, persist]);
  const remove = useCallback((id: string) => persist(deleteSaved(items, id)), [items, persist]);
  const dismissProblem = useCallback(() => setProblem(null), []);

  return { items, problem, aside, save, rename, remove, dismissProblem, exportAside };
}
