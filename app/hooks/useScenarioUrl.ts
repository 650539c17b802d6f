"use client";

import { useCallback, useEffect, useRef } from "react";
import {
  DEFAULT_PRESET_ID,
  pagePath,
  parseQueryLenient,
  replaysHistory,
  parsePageState,
  type PageState,
  type NetworkFigures,
  type Scenario,
} from "@/lib/index";
import { afterDailyTables } from "./useDailyTables";
import type { OpenedScenario } from "./useFormState";

/** How long typing must pause before the address bar is updated. */
const URL_DELAY_MS = 250;

interface Options {
  scenario: Scenario;
  page: PageState;
  /** Whether the change being shown is a bigger step (read once per change). */
  takeBigStep: () => boolean;
  /** Called with what the address bar holds after back or forward. */
  onRestore: (opened: { scenario: OpenedScenario; page: PageState }) => void;
  /**
   * The link that opened the page had refused values: keep it in the address bar, as sent, until
   * the reader changes something, so it never shows figures the link did not have.
   */
  keepLink: boolean;
  /** The network a bare modern preset in the address bar opens on (back and forward). */
  network?: NetworkFigures;
}

function here(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/**
 * The address bar always holds the scenario and the page's own keys: pushed on bigger steps
 * (presets, modes), replaced while typing once the keys pause. Each history call also updates the
 * router's own state, about 10 ms of work that a keystroke should not wait behind. Back and
 * forward bring the scenario and the page's keys back.
 */
export function useScenarioUrl({ scenario, page, takeBigStep, onRestore, keepLink, network }: Options) {
  const pendingPath = useRef<string | null>(null);
  const urlTimer = useRef<number | undefined>(undefined);
  // the path of what the page opened on, while the link is kept
  const opened = useRef<string | null | undefined>(undefined);

  const flush = useCallback(() => {
    window.clearTimeout(urlTimer.current);
    const path = pendingPath.current;
    pendingPath.current = null;
    if (path !== null && here() !== path) window.history.replaceState(null, "", path);
  }, []);

  useEffect(() => {
    const path = pagePath(scenario, page);
    if (opened.current === undefined) opened.current = keepLink ? path : null;
    if (opened.current !== null) {
      if (path === opened.current) return;
      opened.current = null;
    }
    if (takeBigStep()) {
      flush();
      if (here() !== path) window.history.pushState(null, "", path);
      return;
    }
    window.clearTimeout(urlTimer.current);
    if (here() === path) {
      pendingPath.current = null;
      return;
    }
    pendingPath.current = path;
    urlTimer.current = window.setTimeout(flush, URL_DELAY_MS);
  }, [scenario, page, takeBigStep, flush, keepLink]);

  useEffect(() => {
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [flush]);

  useEffect(() => {
    const onPop = () => {
      // a replacement still waiting belongs to the entry just left: drop it
      window.clearTimeout(urlTimer.current);
      pendingPath.current = null;
      const search = window.location.search;
      // a replay reads the daily history tables: they load first (then the address is read again, as it is then)
      afterDailyTables(replaysHistory(search, network), () => {
        if (window.location.search !== search) return;
        onRestore({ scenario: parseQueryLenient(search, DEFAULT_PRESET_ID, network), page: parsePageState(search).state });
      });
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [onRestore, network]);

  /** The page's address as it is now, with any waiting replacement written first. */
  const currentUrl = useCallback(() => {
    flush();
    return window.location.href;
  }, [flush]);

  return { flush, currentUrl };
}
