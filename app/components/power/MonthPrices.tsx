"use client";

import { memo, useMemo } from "react";
import { fieldAllowed, fieldUnit, FIELDS, type Currency } from "@/lib/index";
import {
  flatMonths,
  joinMonths,
  matchingTemplate,
  monthTiers,
  monthCellsValid,
  splitMonths,
  templateMonths,
  TEMPLATE_IDS,
  MONTHS_IN_YEAR,
} from "@/lib/form";
import { useI18n } from "../i18n";

/**
 * Twelve prices, January to December (kwhm or hkwhm): off by default (one flat price), a grid of
 * twelve inputs when on, and templates that fill them.
 */
function MonthPrices({
  side,
  text,
  flat,
  currency,
  fx,
  error,
  onText,
}: {
  side: "self" | "hosted";
  text: string;
  /** The side's flat price as typed (kwh or hkwh). */
  flat: string;
  currency: Currency;
  fx: string;
  /** The schedule's refusal from the form, when the cells alone do not explain it. */
  error: string | undefined;
  onText: (text: string) => void;
}) {
  const { locale, m } = useI18n();
  const p = m.power;
  const flatField = side === "self" ? "electricityPrice" : "hostingPricePerKwh";
  const key = side === "self" ? "kwhm" : "hkwhm";
  const id = `f-${key}`;
  const on = text.trim() !== "";
  const cells = useMemo(() => splitMonths(text), [text]);
  // each month within the bounds of the list's codec (kwhm, hkwhm)
  const info = FIELDS[side === "self" ? "electricityPriceByMonth" : "hostingPriceByMonth"];
  const valid = useMemo(() => monthCellsValid(cells, { min: info.min, max: info.max }), [cells, info]);
  const tiers = useMemo(() => monthTiers(cells), [cells]);
  const chosen = useMemo(() => matchingTemplate(text, { side, flat, currency, cnyPerUsd: fx }), [text, side, flat, currency, fx]);
  const unit = fieldUnit(flatField, currency, locale);
  const allowed = fieldAllowed(flatField, locale);
  const cellsExplain = valid.some((v) => !v) || cells.length !== MONTHS_IN_YEAR;

  const setCell = (i: number, value: string) => {
    const next = [...cells];
    next[i] = value;
    onText(joinMonths(next));
  };

  return (
    <fieldset className="power-part" data-testid={`months-${side}`}>
      <legend>{p.monthsTitle}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => onText(e.target.checked ? flatMonths(flat) : "")}
          aria-describedby={`${id}-toggle-note`}
          data-testid={`months-toggle-${side}`}
        />
        <span>
          <strong>{p.monthsToggle}</strong>
          <small id={`${id}-toggle-note`}>{on ? p.monthsGroup(unit) : p.monthsToggleNote(`${flat.trim() || "—"} ${unit}`)}</small>
        </span>
      </label>
      {on ? (
        <>
          <div className="template-chips" role="group" aria-label={p.templatesTitle}>
            <span className="preset-title">{p.templatesTitle}</span>
            <div className="preset-buttons">
              {TEMPLATE_IDS.map((t) => {
                const filled = templateMonths({ id: t, side, flat, currency, cnyPerUsd: fx });
                const text = p.templates[t];
                return (
                  <button
                    key={t}
                    type="button"
                    className={`chip${chosen === t ? " active" : ""}`}
                    aria-pressed={chosen === t}
                    aria-label={`${text.label}: ${text.detail}`}
                    title={text.detail}
                    disabled={filled === null}
                    onClick={() => filled !== null && onText(filled)}
                    data-template={t}
                  >
                    <span>{text.label}</span>
                    <small className="chip-detail">{text.detail}</small>
                  </button>
                );
              })}
            </div>
            {side === "hosted" ? <p className="power-note">{p.templateHostedNote}</p> : null}
            {currency === "USD" ? <p className="power-note">{p.templateUsd(fx)}</p> : null}
          </div>
          <div className="month-grid" role="group" aria-label={p.monthsGroup(unit)}>
            {cells.slice(0, MONTHS_IN_YEAR).map((cell, i) => {
              const bad = valid[i] === false;
              const cellId = `${id}-${i + 1}`;
              return (
                <div key={i} className={`month-cell${bad ? " invalid" : tiers ? ` ${tiers[i]}` : ""}`}>
                  <label htmlFor={cellId} title={p.monthLong[i]}>
                    {p.monthNames[i]}
                  </label>
                  <input
                    id={cellId}
                    type="text"
                    inputMode="text"
                    autoComplete="off"
                    spellCheck={false}
                    value={cell}
                    aria-label={`${p.monthLong[i]}, ${unit}`}
                    aria-invalid={bad ? true : undefined}
                    aria-describedby={bad ? `${cellId}-error` : undefined}
                    onChange={(e) => setCell(i, e.target.value)}
                  />
                </div>
              );
            })}
          </div>
          {valid.map((v, i) =>
            v || i >= MONTHS_IN_YEAR ? null : (
              <p key={i} className="error" id={`${id}-${i + 1}-error`} role="alert">
                {p.monthCellError(p.monthLong[i] ?? "", allowed)}
              </p>
            ),
          )}
          {error && (!cellsExplain || cells.length > MONTHS_IN_YEAR) ? (
            <p className="error" id={`${id}-error`} role="alert">
              {error}
            </p>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}

export default memo(MonthPrices);
