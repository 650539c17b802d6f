"use client";

import { memo, useState } from "react";
import dynamic from "next/dynamic";
import { difficultyInT, efficiencyJPerTh, horizonInYears, rateError, typedIsRigsOwn, type FormField, type FormTexts } from "@/lib/form";
import {
  FIELDS,
  findRig,
  type ScenarioField,
  fieldHelp,
  fieldLabel,
  fieldUnit,
  type Currency,
  type Mode,
  type NetworkFigures,
} from "@/lib/index";
import { useI18n } from "./i18n";
import RigPicker from "./RigPicker";
import GrowthChoices, { type GrowthSeed } from "./GrowthChoices";
import { ImpliedHashrate, NetworkLine } from "./NetworkLine";
import OutagesSection from "./power/OutagesSection";

// time of use and the power contract (folded unless a link sets it) are rendered with the page and made
// interactive once their chunks are in: the first load stays within its budget
const TimeOfUse = dynamic(() => import("./power/TimeOfUse"));
const PowerContract = dynamic(() => import("./power/PowerContract"));

interface Props {
  texts: FormTexts;
  errors: Partial<Record<ScenarioField, string>>;
  /** "Read as 3,000" per field whose number is not written as typed. */
  readAs: Partial<Record<FormField, string>>;
  fx: string;
  fxSource: string;
  history: boolean;
  onFx: (v: string) => void;
  onField: (field: FormField, value: string) => void;
  onFields: (values: Partial<Record<FormField, string>>) => void;
  onMode: (mode: Mode) => void;
  onCurrency: (c: Currency) => void;
  /** A rig of the catalogue ("" = custom): app/hooks/useFormState.ts chooseRig. */
  onRig: (id: string) => void;
  /** The example's rig while the figures are still the example's. */
  presetRig: string | undefined;
  /** The start date a later rig moved the scenario from. */
  movedFrom: string | null;
  /** The network a modern preset started on (its date and source are shown), else null. */
  network: NetworkFigures | null;
  /** The growth choices of the opening start date, from the server. */
  growthSeed: GrowthSeed;
  /**
   * Which part of the scenario: "key", what matters most (the mode, the rig and its price, the power
   * price and the hosting offer), placed before the answer; "rest", the others after it.
   */
  part: "key" | "rest";
  /** The example's own growth rates, named among the choices when they are none of them. */
  exampleGrowth: { dg: string; bg: string } | null;
}

const MODES: readonly Mode[] = FIELDS.mode.options;

/**
 * Typing hints: what a phone keyboard should offer. Fields that take a minus sign or a date get the
 * full keyboard (a decimal pad has no "-" on some phones).
 */
const INPUT_MODE: Partial<Record<FormField, "decimal" | "numeric" | "text">> = {
  rigCount: "numeric",
  horizonDays: "numeric",
  startHeight: "numeric",
  loanTermMonths: "numeric",
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
  readAs,
  onField,
  currency,
  disabled,
  note,
}: {
  field: FormField;
  value: string;
  error: string | undefined;
  readAs: string | undefined;
  onField: Props["onField"];
  currency: string;
  disabled?: boolean;
  note?: string;
}) {
  const { locale } = useI18n();
  const info = FIELDS[field];
  const id = `f-${info.key}`;
  const unit = fieldUnit(field, currency, locale);
  const describedBy = [error ? `${id}-error` : null, readAs ? `${id}-read` : null, note ? `${id}-note` : null, `${id}-help`]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={`field${error ? " invalid" : ""}`}>
      <label htmlFor={id}>
        <span className="label-text">{fieldLabel(field, locale)}</span>
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
      {readAs ? (
        <p className="read-as" id={`${id}-read`} data-testid={`read-${info.key}`}>
          {readAs}
        </p>
      ) : null}
      {note ? (
        // what the figure means in miners' units (2.23 T, 3 years), always in sight
        <p className="field-note" id={`${id}-note`} data-testid={`note-${info.key}`}>
          {note}
        </p>
      ) : null}
      <p className="help" id={`${id}-help`}>
        {/* the help in words; what is allowed is said only when a figure is refused */}
        {fieldHelp(field, locale)}
      </p>
    </div>
  );
});

function ScenarioForm({
  texts,
  errors,
  readAs,
  fx,
  fxSource,
  history,
  onFx,
  onField,
  onFields,
  onMode,
  onCurrency,
  onRig,
  presetRig,
  movedFrom,
  exampleGrowth,
  network,
  growthSeed,
  part,
}: Props) {
  const { locale, m } = useI18n();
  const currency = texts.currency === "CNY" ? "CNY" : "USD";
  const mode: Mode = texts.mode === "hosted" || texts.mode === "compare" ? texts.mode : "self";
  // each field re-renders only when its own text or message changes
  const f = (field: FormField) => ({ field, value: texts[field], error: errors[field], readAs: readAs[field], onField, currency });
  const efficiency = efficiencyJPerTh(texts.powerWatts, texts.hashrateThs);
  const fxError = rateError(fx, locale);
  const fromRecords = history ? m.fromRecords : undefined;
  // on a phone a known rig's hashrate and power fold into one line under the picker (opened with one
  // tap): the answer comes sooner. A custom rig, or a refused figure, keeps them open
  const [specsOpen, setSpecsOpen] = useState(false);
  const catalogueRig = texts.rig ? findRig(texts.rig) : undefined;
  const knownRig = Boolean(presetRig) || Boolean(catalogueRig && typedIsRigsOwn(catalogueRig, texts.hashrateThs, texts.powerWatts));
  const specsFoldable = knownRig && !errors.hashrateThs && !errors.powerWatts;
  const specsFolded = specsFoldable && !specsOpen;
  const specsToggle = specsFoldable ? (
    <button
      type="button"
      className="chip specs-toggle"
      aria-expanded={!specsFolded}
      aria-controls="rig-specs"
      onClick={() => setSpecsOpen(!specsOpen)}
      data-testid="specs-toggle"
    >
      <span>{m.rigs.specsToggle}</span>{" "}
      <small className="chip-detail">
        {[`${texts.hashrateThs.trim()} TH/s`, `${texts.powerWatts.trim()} W`, efficiency === null ? null : `${efficiency} J/TH`]
          .filter(Boolean)
          .join(" · ")}
      </small>
    </button>
  ) : null;

  return (
    <form
      className={`form form-${part}`}
      aria-label={part === "key" ? m.formLabel : m.formLabelMore}
      onSubmit={(e) => e.preventDefault()}
      noValidate
    >
      {part === "key" ? (
        <>
          <fieldset className="modes">
            <legend>{m.modeLegend}</legend>
            <div className="segmented" role="radiogroup" aria-label={m.modeGroup}>
              {MODES.map((one) => (
                <label key={one} className={mode === one ? "on" : ""}>
                  <input type="radio" name="mode" value={one} checked={mode === one} onChange={() => onMode(one)} />
                  <span>{m.modes[one].label}</span>
                  <small>{m.modes[one].hint}</small>
                </label>
              ))}
            </div>
          </fieldset>

          <fieldset className="group">
            <legend>{m.rigLegend}</legend>
            <RigPicker texts={texts} onChoose={onRig} presetRig={presetRig} movedFrom={movedFrom} specsToggle={specsToggle} />
            <div className="grid2">
              <NumberField {...f("rigPrice")} />
              <NumberField {...f("rigCount")} />
            </div>
            {/* once a figure in it has the focus it stays open: typing the rig's own figures back never folds it under the finger */}
            <div className={`rig-specs${specsFolded ? " folded" : ""}`} id="rig-specs" onFocus={() => setSpecsOpen(true)}>
              <div className="grid2">
                <NumberField {...f("hashrateThs")} />
                <NumberField {...f("powerWatts")} />
              </div>
              <p className="derived" data-testid="efficiency">
                {m.efficiency} <strong>{efficiency === null ? "—" : `${efficiency} J/TH`}</strong>
                <span>{m.efficiencyNote}</span>
              </p>
            </div>
          </fieldset>
        </>
      ) : null}

      {part === "key" && mode !== "hosted" ? (
        <fieldset className="group">
          <legend>{m.electricityLegend}</legend>
          <div className="grid2">
            <NumberField {...f("electricityPrice")} />
            <NumberField {...f("overheadFactor")} />
          </div>
          <TimeOfUse side="self" texts={texts} currency={currency} onFields={onFields} />
          {/* on a phone the two folds share a row; an opened one takes the row's width */}
          <div className="more-row">
            <details className="more">
              <summary>{m.runningCostsMore}</summary>
              <div className="grid2">
                <NumberField {...f("fixedCostPerRigPerMonth")} />
                <NumberField {...f("setupCostPerRig")} />
              </div>
            </details>
            <PowerContract
              side="self"
              texts={texts}
              flat={texts.electricityPrice}
              errors={errors}
              currency={currency}
              fx={fx}
              editHours
              onField={onField}
            />
          </div>
        </fieldset>
      ) : null}

      {part === "key" && mode !== "self" ? (
        <fieldset className="group">
          <legend>{m.hostingLegend}</legend>
          <div className="grid2">
            <NumberField {...f("hostingPricePerKwh")} />
            <NumberField {...f("hostingFeePerRigPerMonth")} />
          </div>
          <TimeOfUse side="hosted" texts={texts} currency={currency} onFields={onFields} />
          <div className="more-row">
            <details className="more">
              <summary>{m.hostingMore}</summary>
              <div className="grid2">
                <NumberField {...f("hostingSetupFeePerRig")} />
                <NumberField {...f("revenueSharePct")} />
              </div>
            </details>
            <PowerContract
              side="hosted"
              texts={texts}
              flat={texts.hostingPricePerKwh}
              errors={errors}
              currency={currency}
              fx={fx}
              editHours={mode === "hosted"}
              onField={onField}
            />
          </div>
        </fieldset>
      ) : null}

      {part === "rest" ? (
        <>
          <fieldset className="group">
            <legend>{m.networkLegend}</legend>
            {network ? <NetworkLine network={network} /> : null}
            <div className="grid2">
              <NumberField
                {...f("difficulty")}
                disabled={history}
                note={[difficultyInT(texts.difficulty, locale), fromRecords].filter(Boolean).join(" · ") || undefined}
              />
              <NumberField {...f("difficultyGrowthPctPerMonth")} />
              <NumberField {...f("feesPerBlockBtc")} note={history ? m.feesFromRecords : undefined} />
              <NumberField {...f("poolFeePct")} />
            </div>
            <ImpliedHashrate difficulty={texts.difficulty} />
            <GrowthChoices
              startDate={texts.startDate}
              dg={texts.difficultyGrowthPctPerMonth}
              bg={texts.btcPriceGrowthPctPerMonth}
              texts={texts}
              example={exampleGrowth}
              onFields={onFields}
              seed={growthSeed}
            />
            <details className="more">
              <summary>{m.startMore}</summary>
              <div className="grid2">
                <NumberField {...f("startDate")} />
                <NumberField {...f("startHeight")} disabled={history} note={fromRecords} />
              </div>
            </details>
          </fieldset>

          <fieldset className="group">
            <legend>{m.moneyLegend}</legend>
            <div className="grid2">
              <div className="field">
                <label htmlFor="f-cur">
                  <span className="label-text">{m.currencyLabel}</span> <span className="unit">{m.currencyUnit}</span>
                </label>
                <select id="f-cur" name="cur" value={currency} onChange={(e) => onCurrency(e.target.value === "CNY" ? "CNY" : "USD")}>
                  <option value="CNY">{m.currencyOptions.CNY}</option>
                  <option value="USD">{m.currencyOptions.USD}</option>
                </select>
                <p className="help">{m.currencyHelp}</p>
              </div>
              <div className={`field${fxError ? " invalid" : ""}`}>
                <label htmlFor="f-fx">
                  <span className="label-text">{m.rateLabel}</span> <span className="unit">{m.rateUnit}</span>
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
                  {fxSource}
                  {locale === "zh" ? "" : " "}
                  {m.rateHelpTail}
                </p>
              </div>
              <NumberField {...f("btcPrice")} disabled={history} note={fromRecords} />
              <NumberField {...f("btcPriceGrowthPctPerMonth")} />
            </div>
            <details className="more">
              <summary>{m.resaleMore}</summary>
              <NumberField {...f("resalePct")} />
            </details>
            <details className="more" open={texts.coinPolicy !== "daily" || texts.loanPct !== "0" || texts.discountPctPerYear !== "0"}>
              <summary>{m.money.coinsMore}</summary>
              <div className="grid2">
                <div className="field">
                  <label htmlFor="f-sell">
                    <span className="label-text">{m.money.policyLabel}</span>
                  </label>
                  <select
                    id="f-sell"
                    name="sell"
                    value={texts.coinPolicy}
                    onChange={(e) => onField("coinPolicy", e.target.value)}
                    aria-describedby="f-sell-help"
                    data-testid="coin-policy"
                  >
                    {FIELDS.coinPolicy.options.map((o) => (
                      <option key={o} value={o}>
                        {m.money.policyOptions[o] ?? o}
                      </option>
                    ))}
                  </select>
                  <p className="help" id="f-sell-help">
                    {m.money.policyHelp}
                  </p>
                </div>
                <NumberField {...f("discountPctPerYear")} />
                <NumberField {...f("loanPct")} />
                <NumberField {...f("loanAprPct")} />
                <NumberField {...f("loanTermMonths")} />
              </div>
            </details>
          </fieldset>

          <fieldset className="group">
            <legend>{m.runningLegend}</legend>
            <div className="grid2">
              <NumberField {...f("uptimePct")} />
              <NumberField {...f("horizonDays")} note={horizonInYears(texts.horizonDays, locale) ?? undefined} />
            </div>
            <OutagesSection texts={texts} error={errors.outages} currency={currency} onField={onField} />
            <div className="checks">
              <label className="check">
                <input
                  type="checkbox"
                  checked={texts.shutdownWhenUnprofitable !== "0"}
                  onChange={(e) => onField("shutdownWhenUnprofitable", e.target.checked ? "1" : "0")}
                />
                <span>
                  <strong>{m.shutdownTitle}</strong>
                  <small>{m.shutdownNote}</small>
                </span>
              </label>
            </div>
          </fieldset>
        </>
      ) : null}
    </form>
  );
}

export default memo(ScenarioForm);
