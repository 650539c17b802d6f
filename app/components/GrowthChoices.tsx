"use client";

import { memo, useMemo, useState } from "react";
import { dayNumber } from "@/lib/index";
import { growthChoices, growthChoiceText, type GrowthChoice, type FormField } from "@/lib/form";
import { useDailyTables } from "../hooks/useDailyTables";
import { useI18n } from "./i18n";

/**
 * One click sets both growth rates to a story: flat, the recorded trend, 2018 again. The trends are
 * measured on the daily history tables: the opening start date's choices come from the server
 * (`seed`), another date's once the tables have loaded (the chips before stay until then).
 */
function GrowthChoices({
  startDate,
  dg,
  bg,
  onFields,
  seed,
}: {
  startDate: string;
  dg: string;
  bg: string;
  onFields: (values: Partial<Record<FormField, string>>) => void;
  seed: { startDate: string; choices: GrowthChoice[] };
}) {
  const { locale, m } = useI18n();
  const date = startDate.trim();
  // a real day only: "2018-02-30" has no trend (and is refused by the field itself)
  const valid = dayNumber(date) !== null;
  const seeded = valid && date === seed.startDate ? seed.choices : null;
  const daily = useDailyTables(valid && seeded === null);
  const fresh = useMemo(() => (!valid ? [] : (seeded ?? (daily.ready ? growthChoices(date) : null))), [valid, seeded, daily.ready, date]);
  const [last, setLast] = useState<GrowthChoice[]>(seed.choices);
  if (fresh !== null && fresh !== last) setLast(fresh);
  const choices = fresh ?? last;
  if (choices.length === 0) return null;
  return (
    <div className="growth-choices" role="group" aria-label={m.growthLegend} aria-busy={fresh === null} data-testid="growth-choices">
      <span className="preset-title">{m.growthLegend}</span>
      <div className="preset-buttons">
        {choices.map((c) => {
          const text = growthChoiceText(c, locale);
          const on = c.difficultyGrowthPctPerMonth === dg.trim() && c.btcPriceGrowthPctPerMonth === bg.trim();
          return (
            <button
              key={`${c.id}${c.months ?? ""}`}
              type="button"
              className={`chip${on ? " active" : ""}`}
              aria-pressed={on}
              title={text.detail}
              aria-label={`${text.label}: ${text.detail}`}
              data-growth={`${c.id}${c.months ?? ""}`}
              onClick={() =>
                onFields({
                  difficultyGrowthPctPerMonth: c.difficultyGrowthPctPerMonth,
                  btcPriceGrowthPctPerMonth: c.btcPriceGrowthPctPerMonth,
                })
              }
            >
              <span>{text.label}</span>
              <small className="chip-detail">{text.rates}</small>
            </button>
          );
        })}
      </div>
    </div>
  );
}

export default memo(GrowthChoices);
