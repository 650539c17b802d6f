"use client";

import { memo, type ReactNode } from "react";
import { MAKERS, RIGS, findRig } from "@/lib/index";
import { makerName, priceIsIndexEstimate, rigModelName, rigPriceIn, typedIsRigsOwn, type FormTexts } from "@/lib/form";
import { indexEstimateNote } from "@/lib/views";
import { useI18n } from "./i18n";
import "./rig-picker.css";

interface Props {
  texts: FormTexts;
  /** A rig of the catalogue ("" = custom). */
  onChoose: (id: string) => void;
  /** The example's rig (its short name) while the figures are still the example's and no catalogue rig is named. */
  presetRig: string | undefined;
  /** The start date a later rig moved the scenario from, to say so. */
  movedFrom: string | null;
  /** On a phone, the button that opens the folded hashrate and power (ScenarioForm.tsx), beside the links. */
  specsToggle?: ReactNode;
}

/**
 * The rig from the catalogue, apart from the site: choosing one changes only the hashrate, the power
 * and the price (its catalogue price, else an empty price to type); editing either figure makes the
 * rig "custom". A rig released after the start date moves the scenario to today's network, saying so.
 */
function RigPicker({ texts, onChoose, presetRig, movedFrom, specsToggle }: Props) {
  const { m, f, locale } = useI18n();
  const r = m.rigs;
  const currency = texts.currency === "CNY" ? "CNY" : "USD";
  const rig = texts.rig ? findRig(texts.rig) : undefined;
  const chosen = rig && typedIsRigsOwn(rig, texts.hashrateThs, texts.powerWatts) ? rig : undefined;
  const price = chosen ? rigPriceIn(chosen, currency) : null;
  const name = chosen ? rigModelName(chosen.name, locale) : "";
  const estimate = chosen && !price ? priceIsIndexEstimate(texts) : null;

  const toRanking = (e: { currentTarget: HTMLAnchorElement }) => {
    e.currentTarget.href = `/rigs${window.location.search}`;
  };

  return (
    <div className="rig-picker">
      <label htmlFor="f-rig">
        <span className="label-text">{r.pickerLabel}</span>
      </label>
      <select
        id="f-rig"
        name="rig"
        value={chosen?.id ?? ""}
        onChange={(e) => onChoose(e.target.value)}
        aria-describedby="f-rig-help"
        data-testid="rig-picker"
      >
        <option value="">{!chosen && presetRig ? r.pickerPreset(presetRig) : r.pickerCustom}</option>
        {MAKERS.map((maker) => (
          <optgroup key={maker} label={makerName(maker, locale)}>
            {RIGS.filter((x) => x.maker === maker).map((x) => (
              <option key={x.id} value={x.id}>
                {rigModelName(x.name, locale)} · {x.jPerTh} J/TH
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p className="help" id="f-rig-help">
        {r.pickerHelp}
      </p>
      {chosen && movedFrom ? (
        <p className="rig-note moved" role="status" data-testid="rig-moved">
          {r.pickerMoved(name, f.month(`${chosen.released}-01`), f.shortDate(movedFrom), f.shortDate(texts.startDate.trim()))}
        </p>
      ) : null}
      {/* no price and none typed: the answer's place asks for it (RigHold), said once */}
      {chosen && (price || estimate || texts.rigPrice.trim() !== "") ? (
        <p className="rig-note" data-testid="rig-price-note">
          {price
            ? `${r.pickerPrice(f.money(price.amount, currency, 0), f.money(price.quoted.amount, price.quoted.currency, 0), f.shortDate(price.quoted.date))}${
                price.rate ? ` ${r.pickerConverted(price.rate, f.month(price.quoted.date))}` : ""
              }`
            : estimate
              ? r.pickerEstimate(indexEstimateNote(estimate, estimate.currency, locale))
              : r.pickerNoPrice}
        </p>
      ) : null}
      <div className="rig-links">
        {specsToggle}
        {chosen ? (
          <a href={chosen.sourceUrl} target="_blank" rel="noopener noreferrer">
            {r.pickerSource}
          </a>
        ) : null}
        <a
          href="/rigs"
          data-testid="rigs-link"
          // the address bar always holds the scenario: the ranking opens on it
          onPointerDown={toRanking}
          onFocus={toRanking}
          onClick={toRanking}
        >
          {r.rankingLink} →
        </a>
      </div>
    </div>
  );
}

export default memo(RigPicker);
