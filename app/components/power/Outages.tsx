"use client";

import { memo, useMemo } from "react";
import { outageDaysWithin, outageIssues, type OutageIssue } from "@/lib/form";
import type { Messages } from "@/lib/index";
import { useOutageRows } from "../../hooks/useOutageRows";
import { useI18n } from "../i18n";

function issueText(issue: OutageIssue, m: Messages["power"]): string {
  return issue.kind === "overlap" ? m.outageIssue.overlap(issue.other + 1) : m.outageIssue[issue.kind];
}

/** Which input a refusal is about, so it is read out with that input. */
const ISSUE_PART: Record<OutageIssue["kind"], "from" | "to" | "cost"> = {
  from: "from",
  to: "to",
  order: "to",
  cost: "cost",
  overlap: "from",
};

/**
 * The outage list (`out`): each row a first and last day off (both included) and a cost per rig;
 * rows are added and removed; each row's refusal is said beside it, naming what is wrong.
 */
function Outages({
  text,
  error,
  currencyUnit,
  startDate,
  horizonDays,
  onText,
}: {
  text: string;
  error: string | undefined;
  /** "CNY per rig" in the reader's language. */
  currencyUnit: string;
  startDate: string;
  horizonDays: number;
  onText: (text: string) => void;
}) {
  const { m, f } = useI18n();
  const p = m.power;
  const { rows, add, remove, edit } = useOutageRows(text, onText);
  const issues = useMemo(() => outageIssues(rows), [rows]);
  const daysOff = useMemo(() => outageDaysWithin(rows, startDate, horizonDays), [rows, startDate, horizonDays]);
  const anyIssue = issues.some((i) => i !== null);

  return (
    <div className="outages" data-testid="outages">
      <p className="power-note" id="f-out-help">
        {p.outagesHelp}
      </p>
      {rows.length === 0 ? <p className="power-note">{p.outageNone}</p> : null}
      <ol className="outage-list">
        {rows.map((row, i) => {
          const issue = issues[i] ?? null;
          const id = `f-out-${i + 1}`;
          const errorId = `${id}-error`;
          const about = issue ? ISSUE_PART[issue.kind] : null;
          const described = (part: "from" | "to" | "cost") => (about === part ? `${errorId} f-out-help` : "f-out-help");
          return (
            <li key={i}>
              <fieldset className={`outage-row${issue ? " invalid" : ""}`} data-testid="outage-row">
                <legend>{p.outageRow(i + 1)}</legend>
                <div className="outage-fields">
                  <div className={`field${about === "from" ? " invalid" : ""}`}>
                    <label htmlFor={`${id}-from`}>
                      <span className="label-text">{p.outageFrom}</span>
                    </label>
                    <input
                      id={`${id}-from`}
                      type="date"
                      value={row.from}
                      onChange={(e) => edit(i, "from", e.target.value)}
                      aria-invalid={about === "from" ? true : undefined}
                      aria-describedby={described("from")}
                    />
                  </div>
                  <div className={`field${about === "to" ? " invalid" : ""}`}>
                    <label htmlFor={`${id}-to`}>
                      <span className="label-text">{p.outageTo}</span>
                    </label>
                    <input
                      id={`${id}-to`}
                      type="date"
                      value={row.to}
                      onChange={(e) => edit(i, "to", e.target.value)}
                      aria-invalid={about === "to" ? true : undefined}
                      aria-describedby={described("to")}
                    />
                  </div>
                  <div className={`field${about === "cost" ? " invalid" : ""}`}>
                    <label htmlFor={`${id}-cost`}>
                      <span className="label-text">{p.outageCostLabel}</span> <span className="unit">{currencyUnit}</span>
                    </label>
                    <input
                      id={`${id}-cost`}
                      type="text"
                      inputMode="decimal"
                      autoComplete="off"
                      value={row.cost}
                      placeholder="0"
                      onChange={(e) => edit(i, "cost", e.target.value)}
                      aria-invalid={about === "cost" ? true : undefined}
                      aria-describedby={described("cost")}
                    />
                  </div>
                  <button type="button" className="button small outage-remove" onClick={() => remove(i)} aria-label={p.outageRemove(i + 1)}>
                    <span aria-hidden="true">✕ </span>
                    {p.outageRemoveShort}
                  </button>
                </div>
                {issue ? (
                  <p className="error" id={errorId} role="alert">
                    {issueText(issue, p)}
                  </p>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {error && !anyIssue ? (
        <p className="error" id="f-out-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="outage-foot">
        <button type="button" className="button small" onClick={add} data-testid="outage-add">
          + {p.outageAdd}
        </button>
        {daysOff > 0 ? <span className="power-note">{p.outageDays(f.number(daysOff, 0))}</span> : null}
      </div>
    </div>
  );
}

export default memo(Outages);
