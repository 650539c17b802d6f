"use client";

import { memo, useMemo } from "react";
import { clockHour, HOURS_IN_DAY, peakHourFlags, readPeakHours, toggleHour, type PeakIssue } from "@/lib/form";
import type { Messages } from "@/lib/index";
import { TIME_OF_USE_WORDS } from "@/lib/form-on-demand";
import { useI18n } from "../i18n";

function issueText(issue: PeakIssue, m: Messages["power"]): string {
  if (issue.kind === "format") return m.peakFormat(issue.piece);
  if (issue.kind === "empty") return m.peakEmpty(issue.piece);
  return m.peakOverlap(issue.a, issue.b, `${clockHour(issue.hour)}–${clockHour(issue.hour + 1)}`);
}

/**
 * The peak hours (`peak`): a text of spans and, beside it, the day as 24 hour buttons in two rows
 * (0–11, 12–23) that switch an hour between peak and off-peak. Overlapping spans are refused by
 * name; the strip shows the spans that can be read. Under it, whether the peak hours apply on weekdays
 * only (`peakdays`): a box that needs hours to tick.
 */
function PeakHours({
  text,
  error,
  onText,
  weekdays,
  daysError,
  onWeekdays,
}: {
  text: string;
  error: string | undefined;
  onText: (text: string) => void;
  weekdays: boolean;
  daysError: string | undefined;
  onWeekdays: (on: boolean) => void;
}) {
  const { m, locale } = useI18n();
  const w = TIME_OF_USE_WORDS[locale];
  const p = m.power;
  const read = useMemo(() => readPeakHours(text), [text]);
  const flags = useMemo(() => peakHourFlags(read.spans), [read]);
  const count = flags.filter((f) => f).length;
  const id = "f-peak";
  const issues = read.issues.map((i) => issueText(i, p));
  const shown = issues.length > 0 ? issues : error ? [error] : [];
  const describedBy = [shown.length > 0 ? `${id}-error` : null, `${id}-count`].filter(Boolean).join(" ");
  return (
    <div className={`field peak-hours${shown.length > 0 ? " invalid" : ""}`}>
      <label htmlFor={id}>
        <span className="label-text">{p.peakHoursLabel}</span> <span className="unit">{p.peakHoursUnit}</span>
      </label>
      <input
        id={id}
        name="peak"
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder="8-11,18-22"
        onChange={(e) => onText(e.target.value)}
        aria-invalid={shown.length > 0 ? true : undefined}
        aria-describedby={describedBy}
      />
      <div className="hour-strip" role="group" aria-label={p.peakStrip} data-testid="hour-strip">
        {Array.from({ length: HOURS_IN_DAY }, (_, h) => (
          <button
            key={h}
            type="button"
            className={`hour${flags[h] ? " on" : ""}`}
            aria-pressed={flags[h] === true}
            aria-label={p.peakHour(clockHour(h), clockHour(h + 1), flags[h] === true)}
            title={p.peakHour(clockHour(h), clockHour(h + 1), flags[h] === true)}
            onClick={() => onText(toggleHour(text, h))}
            data-hour={h}
          >
            {h}
          </button>
        ))}
      </div>
      <p className="power-note hour-legend" id={`${id}-count`}>
        <span className="hour-key on" aria-hidden="true" /> {p.peakLegend.on} <span className="hour-key" aria-hidden="true" />{" "}
        {p.peakLegend.off}
        {" · "}
        {p.peakCount(count)}
        {weekdays && count > 0 ? ` ${w.stripDays}` : null}
      </p>
      <label className="peak-days">
        <input
          type="checkbox"
          name="peakdays"
          checked={weekdays}
          disabled={!weekdays && text.trim() === ""}
          onChange={(e) => onWeekdays(e.target.checked)}
          aria-describedby={daysError ? `${id}-days-error` : undefined}
        />
        <span>
          {w.weekdaysOnly} <small className="unit">{w.weekdaysOnlyDetail}</small>
        </span>
      </label>
      {daysError ? (
        <p className="error" id={`${id}-days-error`} role="alert">
          {daysError}
        </p>
      ) : null}
      {shown.length > 0 ? (
        <div className="error" id={`${id}-error`} role="alert">
          {shown.map((s) => (
            <p key={s}>{s}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

export default memo(PeakHours);
