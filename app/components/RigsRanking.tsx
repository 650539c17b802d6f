"use client";

import { useMemo, useState } from "react";
import {
  filterRigRows,
  firstDir,
  RANK_KEYS,
  sortRigRows,
  type RankCell,
  type RankKey,
  type RigFilter,
  type RigsPageView,
  type SortDir,
} from "@/lib/present/rigs-view";
import { HTML_LANG, LOCALE_COOKIE, LOCALE_NAME, LOCALE_SHORT, LOCALES, type Locale } from "@/lib/i18n/locale";
import { makerName } from "@/lib/i18n/rig-names";
import { I18nContext, i18nFor } from "./i18n";
import { useReadyMark } from "../hooks/useReadyMark";

interface Props {
  view: RigsPageView;
  site: { label: string; value: string }[];
  backHref: string;
  refused: string[];
  locale: Locale;
}

/** Columns a phone keeps in each card's figures (the rest stay in the table on wider screens). */
const FIGURES: readonly RankKey[] = RANK_KEYS.filter((k) => k !== "name");

function Cell({ cell, label }: { cell: RankCell; label: string }) {
  return (
    <td data-label={label} className={`num${cell.tone ? ` ${cell.tone}` : ""}${cell.missing === "price" ? " need-price" : ""}`}>
      {cell.text}
    </td>
  );
}

export default function RigsRanking({ view, site, backHref, refused, locale }: Props) {
  useReadyMark();
  const i18n = useMemo(() => i18nFor(locale), [locale]);
  const m = i18n.m.rigs;
  const [side, setSide] = useState(view.sides[0] ?? "self");
  const [sort, setSort] = useState<{ key: RankKey; dir: SortDir }>({ key: "breakEvenElectricityPrice", dir: "desc" });
  const [filter, setFilter] = useState<RigFilter>({ maker: "", cooling: "", year: "" });
  const rows = useMemo(() => sortRigRows(filterRigRows(view.rows, filter), side, sort.key, sort.dir), [view.rows, filter, side, sort]);

  const sortBy = (key: RankKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === "asc" ? "desc" : "asc" } : { key, dir: firstDir(key) }));
  const ariaSort = (key: RankKey) => (sort.key === key ? (sort.dir === "asc" ? "ascending" : "descending") : "none");

  return (
    <I18nContext.Provider value={i18n}>
      <div className="page rigs-page" lang={locale === "zh" ? "zh-CN" : "en"}>
        <header className="topbar">
          <a className="brand" href={backHref}>
            <span className="logo" aria-hidden="true">
              RP
            </span>
            <span>
              <span className="brand-name">
                {i18n.m.brand}
                {i18n.m.brandLocal ? <span className="brand-local"> {i18n.m.brandLocal}</span> : null}
              </span>
            </span>
          </a>
          <div className="share">
            <div
              className="lang-switch"
              role="group"
              aria-label={`${m.headerLanguage} / ${locale === "en" ? "语言" : "Language"}`}
              data-testid="lang-switch"
            >
              {LOCALES.map((l) => (
                <button
                  key={l}
                  type="button"
                  lang={HTML_LANG[l]}
                  className={`lang${l === locale ? " on" : ""}`}
                  aria-pressed={l === locale}
                  data-locale={l}
                  onClick={() => {
                    // the ranking is worked out on the server in the reader's language: remember it and read it again
                    document.cookie = `${LOCALE_COOKIE}=${l}; path=/; max-age=31536000; samesite=lax`;
                    window.location.reload();
                  }}
                >
                  <span className="lang-long">{LOCALE_NAME[l]}</span>
                  <span className="lang-short">{LOCALE_SHORT[l]}</span>
                </button>
              ))}
            </div>
          </div>
        </header>
        <header className="rigs-head">
          <a className="back" href={backHref} data-testid="back-to-calculator">
            ← {m.back}
          </a>
          <h1>{m.title}</h1>
          <p className="rigs-intro">{m.intro}</p>
          <dl className="site" aria-label={m.site} data-testid="site-figures">
            {site.map((s) => (
              <div key={s.label}>
                <dt>{s.label}</dt>
                <dd>{s.value}</dd>
              </div>
            ))}
          </dl>
          {refused.length > 0 ? (
            <div className="notice" role="status">
              <p>{m.linkRefused}</p>
              <ul>
                {refused.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </header>

        <section className="rigs-controls" aria-label={m.filters}>
          <label>
            <span>{m.maker}</span>
            <select value={filter.maker} onChange={(e) => setFilter({ ...filter, maker: e.target.value })} data-testid="filter-maker">
              <option value="">{m.all}</option>
              {view.makers.map((mk) => (
                <option key={mk} value={mk}>
                  {makerName(mk, locale)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{m.cooling}</span>
            <select value={filter.cooling} onChange={(e) => setFilter({ ...filter, cooling: e.target.value })} data-testid="filter-cooling">
              <option value="">{m.all}</option>
              {view.coolings.map((c) => (
                <option key={c} value={c}>
                  {m.coolings[c] ?? c}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{m.year}</span>
            <select value={filter.year} onChange={(e) => setFilter({ ...filter, year: e.target.value })} data-testid="filter-year">
              <option value="">{m.all}</option>
              {view.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <label className="sort-select">
            <span>{m.sortLabel}</span>
            <select
              value={`${sort.key}:${sort.dir}`}
              onChange={(e) => {
                const [key, dir] = e.target.value.split(":") as [RankKey, SortDir];
                setSort({ key, dir });
              }}
              data-testid="sort-select"
            >
              {RANK_KEYS.flatMap((k) =>
                (["asc", "desc"] as const).map((d) => (
                  <option key={`${k}:${d}`} value={`${k}:${d}`}>
                    {m.columns[k]} {d === "asc" ? "↑" : "↓"}
                  </option>
                )),
              )}
            </select>
          </label>
          {view.sides.length > 1 ? (
            <div className="segmented side-switch" role="radiogroup" aria-label={m.sideLabel}>
              {view.sides.map((s) => (
                <label key={s} className={side === s ? "on" : ""}>
                  <input type="radio" name="side" value={s} checked={side === s} onChange={() => setSide(s)} />
                  <span>{i18n.m.modes[s].label}</span>
                </label>
              ))}
            </div>
          ) : null}
          <p className="count" role="status" data-testid="rig-count">
            {m.count(rows.length, view.rows.length)}
          </p>
        </section>

        {rows.length === 0 ? (
          <p className="empty">{m.empty}</p>
        ) : (
          <table className="rigs-table" data-testid="rigs-table">
            <caption className="sr-only">{m.title}</caption>
            <thead>
              <tr>
                {RANK_KEYS.map((k) => (
                  <th key={k} scope="col" aria-sort={ariaSort(k)} className={k === "name" ? "name-col" : "num"}>
                    <button
                      type="button"
                      onClick={() => sortBy(k)}
                      title={k in m.columnHelp ? m.columnHelp[k as keyof typeof m.columnHelp] : undefined}
                      data-sort={k}
                    >
                      {m.columns[k]}
                      <span aria-hidden="true" className="arrow">
                        {sort.key === k ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const cells = r.sides[side];
                return (
                  <tr key={r.id} data-rig={r.id} className={r.later ? "later" : undefined} data-later={r.later ? "" : undefined}>
                    <th scope="row" className="name-col">
                      <a href={r.href} aria-label={r.openLabel} data-testid={`open-${r.id}`}>
                        {r.name}
                      </a>
                      <span className="meta">
                        {makerName(r.maker, locale)} · {r.coolingText} · {r.releasedText}
                      </span>
                      {r.later ? (
                        <span className="meta later-note" data-testid={`later-${r.id}`}>
                          {r.later}
                        </span>
                      ) : null}
                      <span className="meta">
                        {r.specText}
                        {r.priceNote ? ` · ${r.priceNote}` : ""}
                      </span>
                    </th>
                    {cells ? FIGURES.map((k) => <Cell key={k} cell={cells[k]} label={m.columns[k]} />) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </I18nContext.Provider>
  );
}
