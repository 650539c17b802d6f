"use client";

import { useI18n } from "../i18n";
import "./power.css";

/** The key to the daily chart's month shading: cheap and dear months of a monthly price schedule. */
export default function MonthBandsKey() {
  const { m } = useI18n();
  const p = m.power;
  return (
    <p className="power-note bands-key" data-testid="month-bands">
      <span className="band-key cheap" aria-hidden="true" />
      {p.bandsCheap} <span className="band-key dear" aria-hidden="true" />
      {p.bandsDear} · {p.bandsNote}
    </p>
  );
}
