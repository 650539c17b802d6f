"use client";

import { memo } from "react";
import { MAKERS, RIGS, findRig } from "@/lib/index";
import { isRigsOwn, rigPriceIn, rigRaw, type FormField, type FormTexts } from "@/lib/form";
import { useI18n } from "./i18n";
import "./rig-picker.css";

interface Props {
  texts: FormTexts;
  onFields: (values: Partial<Record<FormField, string>>) => void;
}

/**
 * The rig from the catalogue, apart from the site: choosing one changes only the hashrate, the power
 * and (where the catalogue has one) the price; editing either figure makes the rig "custom".
 */
function RigPicker({ texts, onFields }: Props) {
  const { m, f } = useI18n();
  const r = m.rigs;
  const currency = texts.currency === "CNY" ? "CNY" : "USD";
  const rig = texts.rig ? findRig(texts.rig) : undefined;
  const chosen = rig && isRigsOwn(rig, texts.hashrateThs, texts.powerWatts) ? rig : undefined;
  const price = chosen ? rigPriceIn(chosen, currency) : null;

  const choose = (id: string) => {
    // custom: the figures stay as they are, the link names no rig
    if (id === "") onFields({ rig: "" });
    else onFields({ rig: id, ...rigRaw(id, currency) });
  };

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
        onChange={(e) => choose(e.target.value)}
        aria-describedby="f-rig-help"
        data-testid="rig-picker"
      >
        <option value="">{r.pickerCustom}</option>
        {MAKERS.map((maker) => (
          <optgroup key={maker} label={maker}>
            {RIGS.filter((x) => x.maker === maker).map((x) => (
              <option key={x.id} value={x.id}>
                {x.name} · {x.jPerTh} J/TH
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p className="help" id="f-rig-help">
        {r.pickerHelp}
      </p>
      {chosen ? (
        <p className="rig-note" data-testid="rig-price-note">
          {price
            ? `${r.pickerPrice(f.money(price.amount, currency, 0), f.money(price.quoted.amount, price.quoted.currency, 0), f.shortDate(price.quoted.date))}${
                price.rate ? ` ${r.pickerConverted(price.rate, f.month(price.quoted.date))}` : ""
              }`
            : r.pickerNoPrice}
        </p>
      ) : null}
      <div className="rig-links">
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
