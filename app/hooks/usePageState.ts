"use client";

import { useCallback, useMemo, useState } from "react";
import { futuresSettings, type FuturesModel, type PageState, type FuturesSettings } from "@/lib/index";
import type { SensitivityTab } from "@/lib/views";

/**
 * The page's own state beside the scenario: the open "how sure" view and the futures settings.
 * `restored` counts the times the address bar brought a state back (back and forward), so that
 * fields which keep their own text can start again from the restored values.
 */
export function usePageState(initial: PageState) {
  const [page, setPage] = useState<PageState>(initial);
  const [restored, setRestored] = useState(0);
  const { volatilityPct, seed, count } = page;
  const futures = useMemo(() => futuresSettings({ volatilityPct, seed, count }), [volatilityPct, seed, count]);

  const setTab = useCallback((tab: SensitivityTab) => setPage((p) => (p.tab === tab ? p : { ...p, tab })), []);
  const setFutures = useCallback(
    (s: FuturesSettings) => setPage((p) => ({ ...p, volatilityPct: s.volatilityPct, seed: s.seed, count: s.count })),
    [],
  );
  const setModel = useCallback((model: FuturesModel) => setPage((p) => (p.model === model ? p : { ...p, model })), []);
  /** The history window as a link writes it (`before`, `all`, `FROM..TO`), already checked by readWindow. */
  const setWindow = useCallback((window: string) => setPage((p) => (p.window === window ? p : { ...p, window })), []);
  const restore = useCallback((next: PageState) => {
    setPage(next);
    setRestored((n) => n + 1);
  }, []);

  return {
    page,
    tab: page.tab,
    setTab,
    futures,
    setFutures,
    model: page.model,
    setModel,
    window: page.window,
    setWindow,
    restore,
    restored,
  };
}
