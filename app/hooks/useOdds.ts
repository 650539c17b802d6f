"use client";

import { useEffect, useRef, useState } from "react";
import type { Locale, Scenario } from "@/lib/index";
import type { OddsView } from "@/lib/views";
import type { SensitivityRequest } from "../components/sensitivity.worker";

type OddsReply =
  { id: number; type: "result"; task: "odds"; value: OddsView[] } | { id: number; type: "error"; task: "odds"; message: string };

/**
 * The odds line of each side, from futures drawn from history, computed off the main thread in a
 * worker of its own (the heat maps' worker may be busy): the newest scenario wins, older answers
 * are dropped. `null` while the first answer is on its way.
 */
export function useOdds(scenario: Scenario, locale: Locale, windowText: string): { odds: OddsView[] | null; busy: boolean } {
  const [odds, setOdds] = useState<OddsView[] | null>(null);
  const [busy, setBusy] = useState(true);
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(0);
  const latest = useRef(0);

  useEffect(() => {
    const w = new Worker(new URL("../components/sensitivity.worker.ts", import.meta.url));
    worker.current = w;
    w.onmessage = (e: MessageEvent<OddsReply>) => {
      if (e.data.id !== latest.current) return;
      setOdds(e.data.type === "result" ? e.data.value : null);
      setBusy(false);
    };
    return () => w.terminate();
  }, []);

  useEffect(() => {
    const w = worker.current;
    if (!w) return;
    // a short pause lets a burst of keystrokes through; one run takes some tens of milliseconds
    const timer = window.setTimeout(() => {
      const id = ++nextId.current;
      latest.current = id;
      setBusy(true);
      const request: SensitivityRequest = { id, task: "odds", scenario, locale, windowText };
      w.postMessage(request);
    }, 60);
    return () => window.clearTimeout(timer);
  }, [scenario, locale, windowText]);

  return { odds, busy };
}
