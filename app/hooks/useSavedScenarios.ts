"use client";

import { useCallback, useEffect, useState } from "react";
import {
  addSaved,
  deleteSaved,
  readSavedList,
  renameSaved,
  SAVED_STORAGE_KEY,
  SAVED_UNREADABLE_KEY,
  writeSavedList,
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
 * data starts an empty list with a notice and is kept aside under its own key, never lost.
 */
export function useSavedScenarios() {
  const [items, setItems] = useState<SavedScenario[]>([]);
  const [problem, setProblem] = useState<SavedProblem>(null);
  const [dropped, setDropped] = useState(0);

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
      setDropped(list.dropped);
    };
    load(true);
    const onStorage = (e: StorageEvent) => {
      if (e.key === SAVED_STORAGE_KEY || e.key === null) load(false);
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  const persist = useCallback((next: SavedScenario[]) => {
    setItems(next);
    try {
      storage()?.setItem(SAVED_STORAGE_KEY, writeSavedList(next));
    } catch {
      setProblem("unavailable");
    }
  }, []);

  const save = useCallback(
    (name: string, scenario: Scenario) => {
      const next = addSaved(items, { id: newId(), name, scenario, savedAt: new Date().toISOString() });
      persist(next);
      return next[0];
    },
    [items, persist],
  );
  const rename = useCallback((id: string, name: string) => persist(renameSaved(items, id, name)), [items, persist]);
  const remove = useCallback((id: string) => persist(deleteSaved(items, id)), [items, persist]);
  const dismissProblem = useCallback(() => setProblem(null), []);

  return { items, problem, dropped, save, rename, remove, dismissProblem };
}
