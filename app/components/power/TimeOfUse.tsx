"use client";

import { memo, type MouseEvent } from "react";
import type { FormField, FormTexts } from "@/lib/form";
import { TIME_OF_USE_CHOICES, TIME_OF_USE_WORDS, timeOfUseForm, type TimeOfUseChoice } from "@/lib/form-on-demand";
import { useI18n } from "../i18n";

const SIDE = {
  self: { flat: "electricityPrice", months: "electricityPriceByMonth", peak: "peakElectricityPrice", flatId: "f-kwh", peakId: "f-kwhp" },
  hosted: { flat: "hostingPricePerKwh", months: "hostingPriceByMonth", peak: "peakHostingPrice", flatId: "f-hkwh", peakId: "f-hkwhp" },
} as const;

const CHOICES = Object.keys(TIME_OF_USE_CHOICES) as TimeOfUseChoice[];

/**
 * A press keeps the focus where it is until the click: the focused field's help, folded on blur, would
 * otherwise move this button away between the press and the release, and the click would be lost.
 */
const keepFocus = (e: MouseEvent) => e.preventDefault();

/** Puts the focus on a field once the form has drawn it, opening the contract it is folded in. */
function focusSoon(id: string) {
  window.requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (!(el instanceof HTMLInputElement)) return;
    const folded = el.closest("details");
    if (folded && !folded.open) folded.open = true;
    el.focus();
    el.select();
  });
}

interface Props {
  side: "self" | "hosted";
  texts: FormTexts;
  currency: string;
  onFields: (values: Partial<Record<FormField, string>>) => void;
}

/**
 * Time of use beside the power price, in a sentence: "¥0.50/kWh from 07:00 to 11:00 and 19:00 to
 * 23:00, ¥0.30/kWh the other hours", with a way to change it; without one, the three common shapes one
 * tap away (nights cheaper, two peaks a day, a weekday peak). A tap sets the hours (and the days), copies
 * the price typed so far into the peak price (the answer is unchanged until a price is changed) and puts
 * the focus on the price to type: the night price for "nights cheaper", the peak price for the others.
 */
function TimeOfUse({ side, texts, currency, onFields }: Props) {
  const { locale } = useI18n();
  const p = TIME_OF_USE_WORDS[locale];
  const keys = SIDE[side];
  const byMonth = texts[keys.months].trim() !== "";
  const view = timeOfUseForm(
    {
      peakHours: texts.peakHours,
      peakDays: texts.peakDays,
      peak: texts[keys.peak],
      flat: texts[keys.flat],
      months: texts[keys.months],
      currency,
    },
    locale,
  );

  if (view.sentence !== null && view.hours !== null) {
    return (
      <div className="tou" data-testid={`tou-${side}`}>
        <p className="tou-sentence">
          <span className="tou-title">{p.title}:</span> <span data-testid={`tou-${side}-text`}>{view.sentence}</span>{" "}
          <button type="button" className="chip tou-change" onMouseDown={keepFocus} onClick={() => focusSoon(keys.peakId)}>
            {p.change}
          </button>
        </p>
        {view.samePrices ? (
          <p className="power-note" data-testid={`tou-${side}-hint`}>
            {view.choice === "nights" && !byMonth ? p.typeNight(view.hours) : p.typePeak(view.hours)}
          </p>
        ) : null}
      </div>
    );
  }

  // hours already set by the other side (compare mode shares them): a peak price in the same hours
  const choose = (choice: TimeOfUseChoice) => {
    onFields({ ...TIME_OF_USE_CHOICES[choice], [keys.peak]: view.copyPrice });
    // nights cheaper: the power price becomes the night's; two peaks, weekday peak: the peak price is the one to raise
    focusSoon(choice === "nights" && !byMonth ? keys.flatId : keys.peakId);
  };
  return (
    <div className="tou" data-testid={`tou-${side}`}>
      <div className="tou-choices" role="group" aria-label={p.title}>
        <span className="tou-title">{p.title}:</span> <span className="tou-none">{view.hours === null ? p.none : p.noPrice}</span>
        {view.hours !== null ? (
          <button
            type="button"
            className="chip"
            onMouseDown={keepFocus}
            onClick={() => {
              onFields({ [keys.peak]: view.copyPrice });
              focusSoon(keys.peakId);
            }}
          >
            {p.sameHours(view.hours)}
          </button>
        ) : (
          CHOICES.map((choice) => (
            <button
              key={choice}
              type="button"
              className="chip"
              data-tou={choice}
              aria-label={`${p.choices[choice].label}: ${p.choices[choice].detail}`}
              title={p.choices[choice].detail}
              onMouseDown={keepFocus}
              onClick={() => choose(choice)}
            >
              <span>{p.choices[choice].label}</span> <small className="chip-detail">{p.choices[choice].detail}</small>
            </button>
          ))
        )}
      </div>
    </div>
  );
}

export default memo(TimeOfUse);
