"use client";

import { useEffect, useSyncExternalStore } from "react";
import { dailyTablesLoaded } from "@/lib/history/daily";

type Status = "idle" | "loading" | "ready" | "failed";

let status: Status = "idle";
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function statusNow(): Status {
  return dailyTablesLoaded() ? "ready" : status;
}

function set(next: Status): void {
  status = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Loads the daily history tables once (lib/history/daily.ts): about 22 KB gzipped that most views
 * never read, so they are not part of the page's first load. After a failed load (the network went
 * away) the next call tries again.
 */
export function loadDailyTables(): Promise<void> {
  if (dailyTablesLoaded()) return Promise.resolve();
  if (loading === null) {
    set("loading");
    // the module the replay links preload (app/components/preload/WithDailyTables.tsx)
    loading = import("../components/preload/DailyTablesLoaded").then(
      () => set("ready"),
      (error: unknown) => {
        loading = null;
        set("failed");
        throw error;
      },
    );
  }
  return loading;
}

/** Runs `step` now, or once the daily history tables have loaded when it `needs` them (a failed load is said by the page). */
export function afterDailyTables(needs: boolean, step: () => void): void {
  if (!needs || dailyTablesLoaded()) step();
  else loadDailyTables().then(step, () => undefined);
}

export interface DailyTablesState {
  /** The tables are installed: a recorded day can be read. */
  ready: boolean;
  /** The last load failed: `retry` tries again. */
  failed: boolean;
  retry: () => void;
}

function retry(): void {
  loadDailyTables().catch(() => undefined);
}

/**
 * Whether the daily history tables are ready; while `needed`, loads them (once: after a failure,
 * only `retry` tries again). A link that needs them at once gets them with the page
 * (app/components/preload/WithDailyTables.tsx), so its first render matches the server's.
 */
export function useDailyTables(needed: boolean): DailyTablesState {
  const now = useSyncExternalStore(subscribe, statusNow, statusNow);
  useEffect(() => {
    if (needed && statusNow() === "idle") retry();
  }, [needed]);
  return { ready: now === "ready", failed: needed && now === "failed", retry };
}
