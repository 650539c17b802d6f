"use client";

import { impliedHashrateText, networkLineView } from "@/lib/form";
import type { NetworkFigures } from "@/lib/index";
import { useToday } from "../hooks/useToday";
import { useI18n } from "./i18n";

/** Which network the modern preset started on: its date and source, and a warning when it is old. */
export function NetworkLine({ network }: { network: NetworkFigures }) {
  const { m } = useI18n();
  const view = networkLineView(network, useToday());
  const source = view.source.kind === "api" ? view.source.host : m.networkSourceTables;
  return (
    <div className="network-line" data-testid="network-line">
      <p className="derived">{m.networkOf(view.date, source)}</p>
      {view.staleDays !== null ? (
        <p className="notice warn inline network-stale" role="status" data-testid="network-stale">
          {m.networkStale(String(view.staleDays))}
        </p>
      ) : null}
    </div>
  );
}

/** The network hashrate the difficulty field implies, in EH/s. */
export function ImpliedHashrate({ difficulty }: { difficulty: string }) {
  const { m } = useI18n();
  const ehs = impliedHashrateText(difficulty);
  return (
    <p className="derived" data-testid="implied-hashrate">
      {m.impliedHashrate} <strong>{ehs === null ? "—" : `${ehs} EH/s`}</strong> <span>{m.impliedHashrateNote}</span>
    </p>
  );
}
