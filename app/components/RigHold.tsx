"use client";

import { memo } from "react";
import { rigModelName, type RigHold as Hold } from "@/lib/form";
import { indexEstimateNote } from "@/lib/views";
import { useI18n } from "./i18n";
import "./rig-picker.css";

interface Props {
  hold: Hold;
  /** The date of today's network, for the button that moves the scenario to it. */
  todayDate: string;
  onMove: () => void;
  /** Puts the index's estimate in the price field (the reader's choice). */
  onUsePrice: (amount: string) => void;
}

function focusField(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: "center" });
  el.focus();
}

/**
 * In place of the results while the page cannot answer honestly: a rig out of its era (with the
 * one-tap move to today's network) or a rig whose price the catalogue does not know.
 */
function RigHold({ hold, todayDate, onMove, onUsePrice }: Props) {
  const { m, f, locale } = useI18n();
  const r = m.rigs;
  const name = rigModelName(hold.rig.name, locale);
  return (
    <div className="results" id="results" role="region" aria-label={m.resultsLabel} tabIndex={-1}>
      <section className="panel rig-hold" role="status" data-testid="rig-hold" data-hold={hold.kind}>
        {hold.kind === "era" ? (
          <>
            <h2>{r.holdEraTitle(name, f.month(`${hold.rig.released}-01`), f.shortDate(hold.startDate))}</h2>
            <p>{r.holdEraText}</p>
            <div className="hold-actions">
              <button type="button" className="button primary" onClick={onMove} data-testid="hold-move">
                {r.holdMove(f.shortDate(todayDate))}
              </button>
              <button type="button" className="button" onClick={() => focusField("f-rig")} data-testid="hold-other">
                {r.holdOther(hold.startDate.slice(0, 4))}
              </button>
            </div>
          </>
        ) : (
          <>
            <h2>{r.holdPriceTitle(name)}</h2>
            <p>{r.holdPriceText}</p>
            {hold.estimate ? (
              <p data-testid="hold-estimate">
                {r.holdEstimate(
                  f.money(hold.estimate.amount, hold.estimate.currency, 0),
                  indexEstimateNote(hold.estimate, hold.estimate.currency, locale),
                )}
              </p>
            ) : null}
            <div className="hold-actions">
              <button type="button" className="button primary" onClick={() => focusField("f-price")} data-testid="hold-price">
                {r.holdPriceButton}
              </button>
              {hold.estimate ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => onUsePrice(hold.estimate?.amount ?? "")}
                  data-testid="hold-use-estimate"
                >
                  {r.holdUseEstimate(f.money(hold.estimate.amount, hold.estimate.currency, 0))}
                </button>
              ) : null}
            </div>
          </>
        )}
      </section>
    </div>
  );
}

export default memo(RigHold);
