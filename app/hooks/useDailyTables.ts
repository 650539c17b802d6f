"use client";

import { useEffect, useSyncExternalStore } from "react";
import { dailyTablesLoaded } from "@/lib/index";

type Status = "idle" | "loading" | "ready" | "failed";

let status: Status = "idle";
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function statusNow(): Status {
  return dailyTablesLoaded() ? "ready" : status;
}

/** Steps waiting for the tables (afterDailyTables): run once they are in, even after a retry. */
const waiting = new Set<() => void>();

function set(next: Status): void {
  status = next;
  if (next === "ready") {
    const steps = [...waiting];
    waiting.clear();
    for (const step of steps) step();
  }
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

/**
 * Runs `step` now, or once the daily history tables have loaded when it `needs` them; a failed load
 * is said by the page, and the step runs after a successful retry. Returns what cancels the step.
 */
export function afterDailyTables(needs: boolean, step: () => void): () => void {
  if (!needs || dailyTablesLoaded()) {
    step();
    return () => undefined;
  }
  waiting.add(step);
  loadDailyTables().catch(() => undefined);
  return () => {
    waiting.delete(step);
  };
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
