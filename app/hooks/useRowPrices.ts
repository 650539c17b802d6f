"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { rowPricePath, rowPriceText, type Locale, type RigRowView } from "@/lib/shell";

/** A row at a price the link keeps (`quotes`), worked out by the server with the page. */
export interface QuotedRowEntry {
  rigId: string;
  typed: string;
  row: RigRowView;
}

/** A price typed in one rig's row, and what it gave. */
export interface RowPriceEntry {
  /** As typed. */
  typed: string;
  /** The row worked out at the typed price; null: the ranking's own row (nothing typed). */
  row: RigRowView | null;
  /** Why the typed price is refused, or why the row could not be worked out: the row keeps its figures before. */
  error: string | null;
  /** The server is working the row out. */
  working: boolean;
  /** The price the row is worked out at, as read (what the address keeps); null: the ranking's own. */
  amount: string | null;
}

/** Typing pauses this long before the row is asked for again (Enter or leaving the box asks at once). */
const PAUSE_MS = 200;

const EMPTY: RowPriceEntry = { typed: "", row: null, error: null, working: false, amount: null };

/**
 * The prices typed in the ranking's rows. Each row is worked out again by the server as the ranking
 * works out a row (GET /rigs/row: the same engine, none of it in the page's first load); an empty
 * box is the ranking's own row again, with no request. The order of the rows changes only when a
 * price is committed (Enter, or leaving the box), never under the reader's typing: `settled` holds
 * the rows as of the last commit, for sorting. The rows the link keeps a price for (`quoted`) open
 * as if it had been typed and committed; `onKept` hears each committed row's price as read (null:
 * the ranking's own again), for the address bar.
 */
export function useRowPrices(
  query: string,
  locale: Locale,
  quoted: readonly QuotedRowEntry[] = [],
  onKept: (id: string, amount: string | null) => void = () => undefined,
) {
  const [entries, setEntries] = useState<Record<string, RowPriceEntry>>(() =>
    Object.fromEntries(quoted.map((q) => [q.rigId, { typed: q.typed, row: q.row, error: null, working: false, amount: q.typed }])),
  );
  const [settled, setSettled] = useState<Record<string, RigRowView>>(() => Object.fromEntries(quoted.map((q) => [q.rigId, q.row])));
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const asking = useRef(new Map<string, AbortController>());
  const typedNow = useRef(new Map<string, string>());
  const shown = useRef(
    new Map<string, { row: RigRowView | null; amount: string | null }>(quoted.map((q) => [q.rigId, { row: q.row, amount: q.typed }])),
  );
  const kept = useRef(onKept);
  useEffect(() => {
    kept.current = onKept;
  }, [onKept]);

  useEffect(() => {
    const pending = timers.current;
    const requests = asking.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
      for (const request of requests.values()) request.abort();
    };
  }, []);

  const update = useCallback((id: string, change: Partial<RowPriceEntry>) => {
    if (change.row !== undefined) shown.current.set(id, { row: change.row, amount: change.amount ?? null });
    setEntries((all) => ({ ...all, [id]: { ...(all[id] ?? EMPTY), ...change } }));
  }, []);

  /** Asks for the row at `typed`; resolves to the row then shown and its price (null: the ranking's own). */
  const run = useCallback(
    async (id: string, typed: string): Promise<{ row: RigRowView | null; amount: string | null }> => {
      asking.current.get(id)?.abort();
      const before = () => shown.current.get(id) ?? { row: null, amount: null };
      if (typed.trim() === "") {
        update(id, { row: null, error: null, working: false, amount: null });
        return { row: null, amount: null };
      }
      const request = new AbortController();
      asking.current.set(id, request);
      update(id, { working: true });
      try {
        const response = await fetch(rowPricePath(query, id, typed), { signal: request.signal });
        const body = (await response.json()) as { row?: RigRowView; amount?: string; error?: string };
        if (request.signal.aborted) return before();
        if (response.ok && body.row) {
          const amount = body.amount ?? null;
          update(id, { row: body.row, error: null, working: false, amount });
          return { row: body.row, amount };
        }
        update(id, { error: body.error ?? rowPriceText(locale).failed, working: false });
      } catch {
        if (!request.signal.aborted) update(id, { error: rowPriceText(locale).failed, working: false });
      } finally {
        if (asking.current.get(id) === request) asking.current.delete(id);
      }
      return before();
    },
    [query, locale, update],
  );

  const type = useCallback(
    (id: string, typed: string) => {
      typedNow.current.set(id, typed);
      update(id, { typed });
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

  /** Enter, or leaving the box: asked for now, and the row takes its place in the order. */
  const commit = useCallback(
    (id: string) => {
      const before = timers.current.get(id);
      if (before) clearTimeout(before);
      timers.current.delete(id);
      void run(id, typedNow.current.get(id) ?? "").then(({ row, amount }) => {
        setSettled((all) => {
          const next = { ...all };
          if (row) next[id] = row;
          else delete next[id];
          return next;
        });
        kept.current(id, amount);
      });
    },
    [run],
  );

  return { entries, settled, type, commit };
}
