"use client";

import { memo, Suspense } from "react";
import dynamic from "next/dynamic";
import { fieldUnit, type Currency } from "@/lib/index";
import { powerFieldSet, type FormField, type FormTexts } from "@/lib/form";
import { useI18n } from "../i18n";
// the list's editor loads on its own (folded unless the link lists outages): the first load carries none of it
const Outages = dynamic(() => import("./Outages"));
import "./power.css";

/** "Outages and moves", collapsed unless the link lists some: beside the uptime, as both sides stop alike. */
function OutagesSection({
  texts,
  error,
  currency,
  onField,
}: {
  texts: Pick<FormTexts, "outages" | "startDate" | "horizonDays">;
  error: string | undefined;
  currency: Currency;
  onField: (field: FormField, value: string) => void;
}) {
  const { locale, m } = useI18n();
  const used = powerFieldSet("outages", texts.outages);
  const horizon = /^\d+$/.test(texts.horizonDays.trim()) ? Number(texts.horizonDays.trim()) : 0;
  return (
    <details className={`more power${used ? "" : " unused"}`} open={used} data-testid="power-outages">
      <summary>{m.power.outagesTitle}</summary>
      <Suspense fallback={null}>
        <Outages
          text={texts.outages}
          error={error}
          currencyUnit={fieldUnit("rigPrice", currency, locale)}
          startDate={texts.startDate.trim()}
          horizonDays={horizon}
          onText={(v) => onField("outages", v)}
        />
      </Suspense>
    </details>
  );
}

export default memo(OutagesSection);
