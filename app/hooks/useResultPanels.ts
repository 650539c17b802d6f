"use client";

import { useEffect, useRef, useState } from "react";
import { resultPanelViews, type ResultPanelViews, type ResultPanelsRequest } from "@/lib/views";
import type { Locale, Scenario } from "@/lib/index";
import { askWorker } from "./ask-worker";

interface Shown {
  views: ResultPanelViews;
  /** What the views were worked out for. */
  of: Omit<ResultPanelsRequest, "id">;
}

/**
 * The panels' views of the scenario, worked out in a Web Worker: a long replay takes seconds of
 * engine runs that would otherwise block each keystroke. Until the newest answer is in, the last one
 * stays on screen marked as catching up (`pending`); null before the first. Without a worker (or if
 * it fails) they are worked out here, as before.
 */
export function useResultPanels(scenario: Scenario, projection: Scenario | null, locale: Locale) {
  const [shown, setShown] = useState<Shown | null>(null);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    let w: Worker | null = null;
    try {
      w = new Worker(new URL("../components/results.worker.ts", import.meta.url));
    } catch {
      w = null;
    }
    worker.current = w;
    return () => {
      w?.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    const id = ++latest.current;
    const of = { scenario, projection, locale };
    const here = () => {
      if (id === latest.current) setShown({ views: resultPanelViews(of), of });
    };
    const w = worker.current;
    if (!w) {
      const timer = window.setTimeout(here, 0);
      return () => window.clearTimeout(timer);
    }
    return askWorker<ResultPanelViews>(w, id, of satisfies Omit<ResultPanelsRequest, "id">, (views) => setShown({ views, of }), here);
  }, [scenario, projection, locale]);

  const pending = shown === null || shown.of.scenario !== scenario || shown.of.projection !== projection || shown.of.locale !== locale;
  return { views: shown?.views ?? null, pending };
}
