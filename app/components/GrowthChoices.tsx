"use client";

import { memo, useMemo, useState } from "react";
import { dayNumber } from "@/lib/index";
import {
  beyondKind,
  difficultyInT,
  growthChoices,
  growthChoiceText,
  growthImplied,
  horizonText,
  replayGrowth,
  type GrowthChoice,
  type FormField,
  type FormTexts,
  type RecordedRange,
} from "@/lib/form";
import { useDailyTables } from "../hooks/useDailyTables";
import { useI18n } from "./i18n";

/** The opening start date's choices and the record's fastest and slowest paces, from the server. */
export interface GrowthSeed {
  startDate: string;
  choices: GrowthChoice[];
  ranges: RecordedRange[];
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * One click sets both growth rates to a story: flat, the recorded trend, 2018 again. The trends are
 * measured on the daily history tables: the opening start date's choices come from the server
 * (`seed`), another date's once the tables have loaded (the chips before stay until then).
 */
function GrowthChoices({
  startDate,
  dg,
  bg,
  texts,
  example,
  onFields,
  seed,
}: {
  startDate: string;
  dg: string;
  bg: string;
  texts: FormTexts;
  example: { dg: string; bg: string } | null;
  onFields: (values: Partial<Record<FormField, string>>) => void;
  seed: GrowthSeed;
}) {
  const { locale, m, f } = useI18n();
  const date = startDate.trim();
  // a real day only: "2018-02-30" has no trend (and is refused by the field itself)
  const valid = dayNumber(date) !== null;
  const seeded = valid && date === seed.startDate ? seed.choices : null;
  const daily = useDailyTables(valid && seeded === null);
  const fresh = useMemo(() => (!valid ? [] : (seeded ?? (daily.ready ? growthChoices(date) : null))), [valid, seeded, daily.ready, date]);
  const [last, setLast] = useState<GrowthChoice[]>(seed.choices);
  if (fresh !== null && fresh !== last) setLast(fresh);
  const known = fresh ?? last;
  // the example's own mix (the S9 of 2018: the year's difficulty trend, the price held) is a choice by name
  const choices =
    example && !known.some((c) => c.difficultyGrowthPctPerMonth === example.dg && c.btcPriceGrowthPctPerMonth === example.bg)
      ? [{ id: "example" as const, difficultyGrowthPctPerMonth: example.dg, btcPriceGrowthPctPerMonth: example.bg }, ...known]
      : known;
  if (choices.length === 0) return null;
  // what the rates set now imply at the horizon, and whether the record ever kept up such a pace that long
  const days = Number(texts.horizonDays.trim());
  const figures = [texts.btcPrice, texts.difficulty, dg, bg].map((t) => t.trim());
  const readable = figures.every((t) => DECIMAL.test(t)) && Number.isInteger(days) && days > 0;
  // a replay runs on the records: the rates apply only after they end, and the end figures are not theirs
  const replay = texts.useHistory === "1" ? replayGrowth(texts.startDate.trim(), days) : null;
  const implied =
    readable && texts.useHistory !== "1"
      ? growthImplied(
          { btcPrice: texts.btcPrice.trim(), difficulty: texts.difficulty.trim(), horizonDays: days },
          { difficultyGrowthPctPerMonth: dg.trim(), btcPriceGrowthPctPerMonth: bg.trim() },
          seed.ranges,
        )
      : null;
  const currency = texts.currency === "CNY" ? "CNY" : "USD";
  const span = (months: number) => (months % 12 === 0 ? m.years(months / 12) : m.months(String(months)));
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
      {replay ? (
        <p className="growth-implied" data-testid="growth-implied" role="status">
          {replay.covered ? m.growthReplayCovered : m.growthReplayAfter(f.longDate(replay.recordsEnd))}
        </p>
      ) : null}
      {implied ? (
        <p className={`growth-implied${implied.beyond ? " beyond" : ""}`} data-testid="growth-implied" role="status">
          {m.growthAtEnd(
            f.money(implied.btcPriceEnd, currency, 0),
            difficultyInT(implied.difficultyEnd, locale) ?? "—",
            horizonText(days, locale),
          )}
          {implied.beyond ? (
            <strong data-testid="growth-beyond">
              {" "}
              ⚠{" "}
              {m.growthBeyond[beyondKind(implied.beyond)](
                implied.beyond.what,
                f.fixed(implied.beyond.recordedPct.toFixed(1), 1),
                span(implied.beyond.months),
              )}
            </strong>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

export default memo(GrowthChoices);
