"use client";

import { memo } from "react";
import { efficiencyJPerTh, FIELDS, rateError, unitFor, type Currency, type FormField, type FormTexts, type Mode, type ScenarioField } from "@/lib/index";

interface Props {
  texts: FormTexts;
  errors: Partial<Record<ScenarioField, string>>;
  fx: string;
  fxSource: string;
  history: boolean;
  onFx: (v: string) => void;
  onField: (field: FormField, value: string) => void;
  onMode: (mode: Mode) => void;
  onCurrency: (c: Currency) => void;
  onHistory: (on: boolean) => void;
}

const MODES: { mode: Mode; label: string; hint: string }[] = [
  { mode: "self", label: "Run it myself", hint: "your own power" },
  { mode: "hosted", label: "Pay a host", hint: "hosting offer" },
  { mode: "compare", label: "Compare", hint: "both side by side" },
];

/**
 * Typing hints: what a phone keyboard should offer. Fields that take a minus sign or a date get the
 * full keyboard (a decimal pad has no "-" on some phones).
 */
const INPUT_MODE: Partial<Record<FormField, "decimal" | "numeric" | "text">> = {
  rigCount: "numeric",
  horizonDays: "numeric",
  startHeight: "numeric",
  startDate: "text",
  difficultyGrowthPctPerMonth: "text",
  btcPriceGrowthPctPerMonth: "text",
  electricityPrice: "text",
  hostingPricePerKwh: "text",
};

const NumberField = memo(function NumberField({
  field,
  value,
  error,
  onField,
  currency,
  disabled,
  note,
}: {
  field: FormField;
  value: string;
  error: string | undefined;
  onField: Props["onField"];
  currency: string;
  disabled?: boolean;
  note?: string;
}) {
  const info = FIELDS[field];
  const id = `f-${info.key}`;
  const unit = unitFor(field, currency);
  const describedBy = [error ? `${id}-error` : null, `${id}-help`].filter(Boolean).join(" ");
  return (
    <div className={`field${error ? " invalid" : ""}`}>
      <label htmlFor={id}>
        <span className="label-text">{info.label}</span>
        {unit ? (
          <>
            {" "}
            <span className="unit">{unit}</span>
          </>
        ) : null}
      </label>
      <input
        id={id}
        name={info.key}
        type="text"
        inputMode={INPUT_MODE[field] ?? "decimal"}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onField(field, e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        disabled={disabled}
      />
      {error ? (
        <p className="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <p className="help" id={`${id}-help`}>
        {note ?? `${info.help} Allowed: ${info.allowed}.`}
      </p>
    </div>
  );
});

function ScenarioForm({ texts, errors, fx, fxSource, history, onFx, onField, onMode, onCurrency, onHistory }: Props) {
  const currency = texts.currency === "CNY" ? "CNY" : "USD";
  const mode: Mode = texts.mode === "hosted" || texts.mode === "compare" ? texts.mode : "self";
  // each field re-renders only when its own text or message changes
  const f = (field: FormField) => ({ field, value: texts[field], error: errors[field], onField, currency });
  const efficiency = efficiencyJPerTh(texts.powerWatts, texts.hashrateThs);
  const fxError = rateError(fx);
  const fromRecords = history ? "From the records of the start date while “What actually happened” is on." : undefined;

  return (
    <form className="form" aria-label="Scenario" onSubmit={(e) => e.preventDefault()} noValidate>
      <fieldset className="modes">
        <legend>How the rigs run</legend>
        <div className="segmented" role="radiogroup" aria-label="Mode">
          {MODES.map((m) => (
            <label key={m.mode} className={mode === m.mode ? "on" : ""}>
              <input type="radio" name="mode" value={m.mode} checked={mode === m.mode} onChange={() => onMode(m.mode)} />
              <span>{m.label}</span>
              <small>{m.hint}</small>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="group">
        <legend>The rig</legend>
        <div className="grid2">
          <NumberField {...f("rigPrice")} />
          <NumberField {...f("rigCount")} />
          <NumberField {...f("hashrateThs")} />
          <NumberField {...f("powerWatts")} />
        </div>
        <p className="derived" data-testid="efficiency">
          Efficiency: <strong>{efficiency === null ? "—" : `${efficiency} J/TH`}</strong>
          <span> (watts ÷ TH/s; an S9 is about 98, an S21 17.5)</span>
        </p>
      </fieldset>

      {mode !== "hosted" ? (
        <fieldset className="group">
          <legend>Your electricity</legend>
          <div className="grid2">
            <NumberField {...f("electricityPrice")} />
            <NumberField {...f("overheadFactor")} />
          </div>
          <details className="more">
            <summary>Running and setup costs</summary>
            <div className="grid2">
              <NumberField {...f("fixedCostPerRigPerMonth")} />
              <NumberField {...f("setupCostPerRig")} />
            </div>
          </details>
        </fieldset>
      ) : null}

      {mode !== "self" ? (
        <fieldset className="group">
          <legend>The hosting offer</legend>
          <div className="grid2">
            <NumberField {...f("hostingPricePerKwh")} />
            <NumberField {...f("hostingFeePerRigPerMonth")} />
          </div>
          <details className="more">
            <summary>Setup fee and the host&apos;s share</summary>
            <div className="grid2">
              <NumberField {...f("hostingSetupFeePerRig")} />
              <NumberField {...f("revenueSharePct")} />
            </div>
          </details>
        </fieldset>
      ) : null}

      <fieldset className="group">
        <legend>The network</legend>
        <div className="grid2">
          <NumberField {...f("difficulty")} disabled={history} note={fromRecords} />
          <NumberField {...f("difficultyGrowthPctPerMonth")} />
          <NumberField {...f("feesPerBlockBtc")} />
          <NumberField {...f("poolFeePct")} />
        </div>
        <details className="more">
          <summary>Start date and block height</summary>
          <div className="grid2">
            <NumberField {...f("startDate")} />
            <NumberField {...f("startHeight")} disabled={history} note={fromRecords} />
          </div>
        </details>
      </fieldset>

      <fieldset className="group">
        <legend>The money</legend>
        <div className="grid2">
          <div className="field">
            <label htmlFor="f-cur">
              <span className="label-text">Currency</span> <span className="unit">every amount</span>
            </label>
            <select id="f-cur" name="cur" value={currency} onChange={(e) => onCurrency(e.target.value === "CNY" ? "CNY" : "USD")}>
              <option value="CNY">¥ CNY — yuan</option>
              <option value="USD">$ USD — US dollars</option>
            </select>
            <p className="help">Switching converts every amount at the rate beside it.</p>
          </div>
          <div className={`field${fxError ? " invalid" : ""}`}>
            <label htmlFor="f-fx">
              <span className="label-text">Exchange rate</span> <span className="unit">CNY per USD</span>
            </label>
            <input
              id="f-fx"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={fx}
              onChange={(e) => onFx(e.target.value)}
              aria-invalid={fxError ? true : undefined}
              aria-describedby={fxError ? "f-fx-error f-fx-help" : "f-fx-help"}
            />
            {fxError ? (
              <p className="error" id="f-fx-error" role="alert">
                {fxError}
              </p>
            ) : null}
            <p className="help" id="f-fx-help">
              {fxSource} Switching the currency converts at this rate.
            </p>
          </div>
          <NumberField {...f("btcPrice")} disabled={history} note={fromRecords} />
          <NumberField {...f("btcPriceGrowthPctPerMonth")} />
        </div>
        <details className="more">
          <summary>Resale after the last day</summary>
          <NumberField {...f("resalePct")} />
        </details>
      </fieldset>

      <fieldset className="group">
        <legend>Running it</legend>
        <div className="grid2">
          <NumberField {...f("uptimePct")} />
          <NumberField {...f("horizonDays")} />
        </div>
        <div className="checks">
          <label className="check">
            <input
              type="checkbox"
              checked={texts.shutdownWhenUnprofitable !== "0"}
              onChange={(e) => onField("shutdownWhenUnprofitable", e.target.checked ? "1" : "0")}
            />
            <span>
              <strong>Switch off when unprofitable</strong>
              <small>A day whose revenue is below its power cost is a day off; fixed fees are still paid.</small>
            </span>
          </label>
          <label className="check">
            <input type="checkbox" checked={history} onChange={(e) => onHistory(e.target.checked)} data-testid="history-toggle-form" />
            <span>
              <strong>What actually happened</strong>
              <small>Replay the recorded difficulty, BTC price and block dates (2013 – Feb 2026); growth rates apply after.</small>
            </span>
          </label>
        </div>
      </fieldset>
    </form>
  );
}

export default memo(ScenarioForm);
