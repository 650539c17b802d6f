"use client";

import { memo } from "react";
import { fieldHelp, fieldLabel, fieldUnit, type Currency } from "@/lib/index";
import { powerFieldSet, withoutSide, POWER_KEYS, type PowerField, type PowerTexts } from "@/lib/form";
import { TIME_OF_USE_WORDS } from "@/lib/form-on-demand";
import { useI18n } from "../i18n";
import MonthPrices from "./MonthPrices";
import PeakHours from "./PeakHours";
import PowerInput from "./PowerInput";
import "./power.css";

const SIDE_FIELDS = {
  self: {
    months: "electricityPriceByMonth",
    peak: "peakElectricityPrice",
    credit: "demandResponseCredit",
    hours: "demandResponseHours",
    flat: "electricityPrice",
  },
  hosted: {
    months: "hostingPriceByMonth",
    peak: "peakHostingPrice",
    credit: "hostedDemandResponseCredit",
    hours: "hostedDemandResponseHours",
    flat: "hostingPricePerKwh",
  },
} as const;

const powerKey = (field: PowerField): string => POWER_KEYS[field];

const TERMS = [
  "hostingMinimumMonths",
  "hostingExitFeePerRig",
  "hostingEscalationPctPerYear",
  "hostingDepositMonths",
  "hostingUptimePct",
] as const;

export interface PowerContractProps {
  side: "self" | "hosted";
  texts: PowerTexts;
  /** The side's flat price per kWh as typed (kwh or hkwh). */
  flat: string;
  errors: Partial<Record<PowerField, string>>;
  currency: Currency;
  fx: string;
  /** In compare mode the peak hours are edited once, in the self-run section. */
  editHours: boolean;
  onField: (field: PowerField, value: string) => void;
}

/**
 * A side's power contract, collapsed by default: prices by month, the peak price and hours, the
 * demand-response credit, and for a host the contract's terms. Open when the link sets any of it
 * beyond the peak price and hours (the time-of-use line says those).
 */
function PowerContract({ side, texts, flat, errors, currency, fx, editHours, onField }: PowerContractProps) {
  const { locale, m } = useI18n();
  const p = m.power;
  const fields = SIDE_FIELDS[side];
  const terms = side === "hosted" ? TERMS : [];
  const used = [fields.months, fields.peak, fields.credit, fields.hours, ...terms].some((field) => powerFieldSet(field, texts[field]));
  // the peak price and hours are said in the time-of-use line beside the power price: a link that sets
  // only them opens with the contract folded (on a phone the answer stays near the top); anything else
  // the link sets opens it
  const opens = [fields.months, fields.credit, fields.hours, ...terms].some((field) => powerFieldSet(field, texts[field]));
  const input = (field: PowerField, inputMode: "decimal" | "numeric" | "text" = "decimal") => (
    <PowerInput
      id={`f-${powerKey(field)}`}
      name={powerKey(field)}
      label={fieldLabel(field, locale)}
      unit={fieldUnit(field, currency, locale)}
      value={texts[field]}
      error={errors[field]}
      help={withoutSide(fieldHelp(field, locale))}
      inputMode={inputMode}
      onChange={(v) => onField(field, v)}
    />
  );

  return (
    <details className={`more power${used ? "" : " unused"}`} open={opens} data-testid={`power-${side}`}>
      <summary>{side === "self" ? p.more : p.moreHosted}</summary>
      <div className="power-body">
        <MonthPrices
          side={side}
          text={texts[fields.months]}
          flat={flat}
          currency={currency}
          fx={fx}
          error={errors[fields.months]}
          onText={(v) => onField(fields.months, v)}
        />
        <fieldset className="power-part">
          <legend>{p.peakTitle}</legend>
          {input(fields.peak, "text")}
          {editHours ? (
            <PeakHours
              text={texts.peakHours}
              error={errors.peakHours}
              onText={(v) => {
                onField("peakHours", v);
                // the days need hours: no hours, every day again
                if (v.trim() === "" && texts.peakDays !== "") onField("peakDays", "");
              }}
              weekdays={texts.peakDays === "weekdays"}
              daysError={errors.peakDays}
              onWeekdays={(on) => onField("peakDays", on ? "weekdays" : "")}
            />
          ) : (
            <p className="power-note">
              {p.peakHoursElsewhere(
                [texts.peakHours.trim() || "—", texts.peakDays === "weekdays" ? TIME_OF_USE_WORDS[locale].weekdaysOnly : ""]
                  .filter(Boolean)
                  .join(" · "),
              )}
            </p>
          )}
        </fieldset>
        <fieldset className="power-part">
          <legend>{p.drTitle}</legend>
          <div className="grid2">
            {input(fields.credit)}
            {input(fields.hours)}
          </div>
        </fieldset>
        {side === "hosted" ? (
          <fieldset className="power-part">
            <legend>{p.termsTitle}</legend>
            <div className="grid2">
              {input("hostingMinimumMonths", "numeric")}
              {input("hostingExitFeePerRig")}
              {input("hostingEscalationPctPerYear", "text")}
              {input("hostingDepositMonths")}
              {input("hostingUptimePct")}
            </div>
          </fieldset>
        ) : null}
      </div>
    </details>
  );
}

export default memo(PowerContract);
