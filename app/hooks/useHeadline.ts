"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import {
  HEADLINE_INLINE_MS,
  headlineAnswer,
  headlineKey,
  workCost,
  type GivenHeadline,
  type HeadlineAnswer,
  type HeadlineRequest,
} from "@/lib/views";
import type { Locale, Scenario } from "@/lib/index";
import { askWorker } from "./ask-worker";

/**
 * The results' first lines. A light scenario's summary run takes about a millisecond and is worked
 * out here, at once. A heavy one (estimated over HEADLINE_INLINE_MS: a long replay in compare mode or with power terms)
 * is worked out here only for the first paint (the server's HTML and the page must agree); after a
 * change it goes to a worker, and the last answer stays on screen marked as catching up (`pending`)
 * so typing never waits for the engine. Without a worker (or if it fails) it is worked out here.
 */
export function useHeadline(
  scenario: Scenario,
  notes: string[],
  locale: Locale,
  given?: GivenHeadline,
): HeadlineAnswer & { pending: boolean } {
  // the scenario of the first render: worked out here whatever its weight (or read from the server's answer)
  const [first] = useState(scenario);
  const heavy = useMemo(() => workCost(scenario).ms > HEADLINE_INLINE_MS, [scenario]);
  const inline = useMemo(() => {
    if (heavy && scenario !== first) return null;
    const request = { scenario, notes, locale };
    return scenario === first && given?.key === headlineKey(request) ? given.answer : headlineAnswer(request);
  }, [scenario, notes, locale, heavy, first, given]);
  const [off, setOff] = useState<{ of: HeadlineRequest; answer: HeadlineAnswer } | null>(null);
  // the newest answer worked out here, shown while a heavy one is on its way
  const [lastInline, setLastInline] = useState<HeadlineAnswer | null>(inline);
  if (inline !== null && inline !== lastInline) setLastInline(inline);
  // an answer worked out here is newer than any the worker gave before it
  if (inline !== null && off !== null) setOff(null);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    if (!heavy || inline !== null) return;
    const id = ++latest.current;
    const of: HeadlineRequest = { scenario, notes, locale };
    const here = () => {
      if (id === latest.current) setOff({ of, answer: headlineAnswer(of) });
    };
    if (worker.current === null) {
      try {
        worker.current = new Worker(new URL("../components/headline.worker.ts", import.meta.url));
      } catch {
        worker.current = null;
      }
    }
    const w = worker.current;
    if (!w) {
      const timer = window.setTimeout(here, 0);
      return () => window.clearTimeout(timer);
    }
    return askWorker<HeadlineAnswer>(w, id, of, (answer) => setOff({ of, answer }), here);
  }, [scenario, notes, locale, heavy, inline]);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const fresh = off !== null && off.of.scenario === scenario && off.of.notes === notes && off.of.locale === locale ? off.answer : null;
  const answer = inline ?? fresh ?? off?.answer ?? lastInline;
  if (answer === null) throw new Error("the headline has an answer from the first render on");
  return { ...answer, pending: inline === null && fresh === null };
}
