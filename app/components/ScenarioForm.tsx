"use client";

import { memo } from "react";
import { efficiencyJPerTh, FIELDS, unitFor, type Currency, type FormField, type FormTexts, type Mode, type ScenarioField } from "@/lib/index";

interface Props {
  texts: FormTexts;
  errors: Partial<Record<ScenarioField, string>>;
  fx: string;
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

/** Typing hints: what a phone keyboard should offer. */
const INPUT_MODE: Partial<Record<FormField, "decimal" | "numeric">> = {
  rigCount: "numeric",
  horizonDays: "numeric",
  startHeight: "numeric",
};

function NumberField({
  field,
  texts,
  errors,
  onField,
  currency,
  disabled,
  note,
}: {
  field: FormField;
  texts: FormTexts;
  errors: Props["errors"];
  onField: Props["onField"];
  currency: string;
  disabled?: boolean;
  note?: string;
}) {
  const info = FIELDS[field];
  const id = `f-${info.key}`;
  const error = errors[field];
  const unit = unitFor(field, currency);
  const describedBy = [error ? `${id}-error` : null, `${id}-help`].filter(Boolean).join(" ");
  return (
    <div className={`field${error ? " invalid" : ""}`}>
      <label htmlFor={id}>
        <span className="label-text">{info.label}</span>
        {unit ? <span className="unit">{unit}</span> : null}
      </label>
      <input
        id={id}
        name={info.key}
        type="text"
        inputMode={INPUT_MODE[field] ?? "decimal"}
        autoComplete="off"
        spellCheck={false}
        value={texts[field]}
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
}

function ScenarioForm({ texts, errors, fx, history, onFx, onField, onMode, onCurrency, onHistory }: Props) {
  const currency = texts.currency === "CNY" ? "CNY" : "USD";
  const mode: Mode = texts.mode === "hosted" || texts.mode === "compare" ? texts.mode : "self";
  const common = { texts, errors, onField, currency };
  const efficiency = efficiencyJPerTh(texts.powerWatts, texts.hashrateThs);
  const fxValid = /^\d+(\.\d+)?$/.test(fx.trim()) && Number(fx) > 0;
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
          <NumberField field="rigPrice" {...common} />
          <NumberField field="rigCount" {...common} />
          <NumberField field="hashrateThs" {...common} />
          <NumberField field="powerWatts" {...common} />
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
            <NumberField field="electricityPrice" {...common} />
            <NumberField field="overheadFactor" {...common} />
          </div>
          <details className="more">
            <summary>Running and setup costs</summary>
            <div className="grid2">
              <NumberField field="fixedCostPerRigPerMonth" {...common} />
              <NumberField field="setupCostPerRig" {...common} />
            </div>
          </details>
        </fieldset>
      ) : null}

      {mode !== "self" ? (
        <fieldset className="group">
          <legend>The hosting offer</legend>
          <div className="grid2">
            <NumberField field="hostingPricePerKwh" {...common} />
            <NumberField field="hostingFeePerRigPerMonth" {...common} />
          </div>
          <details className="more">
            <summary>Setup fee and the host&apos;s share</summary>
            <div className="grid2">
              <NumberField field="hostingSetupFeePerRig" {...common} />
              <NumberField field="revenueSharePct" {...common} />
            </div>
          </details>
        </fieldset>
      ) : null}

      <fieldset className="group">
        <legend>The network</legend>
        <div className="grid2">
          <NumberField field="difficulty" {...common} disabled={history} note={fromRecords} />
          <NumberField field="difficultyGrowthPctPerMonth" {...common} />
          <NumberField field="feesPerBlockBtc" {...common} />
          <NumberField field="poolFeePct" {...common} />
        </div>
        <details className="more">
          <summary>Start date and block height</summary>
          <div className="grid2">
            <NumberField field="startDate" {...common} />
            <NumberField field="startHeight" {...common} disabled={history} note={fromRecords} />
          </div>
        </details>
      </fieldset>

      <fieldset className="group">
        <legend>The money</legend>
        <div className="grid2">
          <div className="field">
            <label htmlFor="f-cur">
              <span className="label-text">Currency</span>
              <span className="unit">every amount</span>
            </label>
            <select id="f-cur" name="cur" value={currency} onChange={(e) => onCurrency(e.target.value === "CNY" ? "CNY" : "USD")}>
              <option value="CNY">¥ CNY — yuan</option>
              <option value="USD">$ USD — US dollars</option>
            </select>
            <p className="help">Switching converts every amount at the rate beside it.</p>
          </div>
          <div className={`field${fxValid ? "" : " invalid"}`}>
            <label htmlFor="f-fx">
              <span className="label-text">Exchange rate</span>
              <span className="unit">CNY per USD</span>
            </label>
            <input
              id="f-fx"
              type="text"
              inputMode="decimal"
              value={fx}
              onChange={(e) => onFx(e.target.value)}
              aria-invalid={fxValid ? undefined : true}
              aria-describedby="f-fx-help"
            />
            <p className="help" id="f-fx-help">
              {fxValid ? "Monthly average of the start date (FRED); edit it before switching." : "Enter a positive number, e.g. 7.1."}
            </p>
          </div>
          <NumberField field="btcPrice" {...common} disabled={history} note={fromRecords} />
          <NumberField field="btcPriceGrowthPctPerMonth" {...common} />
        </div>
        <details className="more">
          <summary>Resale after the last day</summary>
          <NumberField field="resalePct" {...common} />
        </details>
      </fieldset>

      <fieldset className="group">
        <legend>Running it</legend>
        <div className="grid2">
          <NumberField field="uptimePct" {...common} />
          <NumberField field="horizonDays" {...common} />
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
