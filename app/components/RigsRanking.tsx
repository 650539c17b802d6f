"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  capacityFieldsOf,
  capKwOf,
  filterRigRows,
  firstDir,
  HTML_LANG,
  LOCALE_COOKIE,
  LOCALE_NAME,
  LOCALE_SHORT,
  LOCALES,
  makerName,
  rowPriceText,
  sortRigRows,
  type Locale,
  type RankCell,
  type RankKey,
  type RigFilter,
  type RigsPageView,
  type SortDir,
  withQuote,
} from "@/lib/shell";
import { I18nContext, i18nFor } from "./i18n";
import { useReadyMark } from "../hooks/useReadyMark";
import { useRowPrices, type QuotedRowEntry, type RowPriceEntry } from "../hooks/useRowPrices";

interface Props {
  view: RigsPageView;
  /** The site's figures; `wide`: a power schedule in words, on a line of its own. */
  site: { label: string; value: string; wide?: boolean }[];
  backHref: string;
  refused: string[];
  /** The link's warnings the ranking must say (amounts of an example taken unconverted), in the reader's language. */
  warned?: string[];
  /** Why there is no ranking (too heavy to compute, or stopped): said instead of the table's rows. */
  notice?: string;
  locale: Locale;
  /** The page's query as the link had it: the fleet form keeps every other key. */
  query: string;
  /** The rows at the prices the link keeps (`quotes`), worked out with the page. */
  quoted?: QuotedRowEntry[];
}

function cellClass(cell: RankCell): string {
  return `num${cell.tone ? ` ${cell.tone}` : ""}${cell.missing === "price" ? " need-price" : ""}${cell.estimate ? " estimate" : ""}`;
}

/** A figure: its text, and its exact value (the engine's, to the cent) for a reader's tools and the tests. */
function Cell({ cell, label, name }: { cell: RankCell; label: string; name: RankKey }) {
  return (
    <td data-label={label} data-key={name} data-value={cell.sort ?? ""} className={cellClass(cell)}>
      {cell.text}
    </td>
  );
}

interface PriceBox {
  id: string;
  label: string;
  sign: string;
  placeholder: string;
  entry: RowPriceEntry | undefined;
  kept: (why: string) => string;
  onType: (text: string) => void;
  onCommit: () => void;
}

/** The price column: the price the row is worked out at, and a box to type the buyer's own. */
function PriceCell({ cell, label, box }: { cell: RankCell; label: string; box: PriceBox }) {
  const error = box.entry?.error ?? null;
  const errorId = `row-price-error-${box.id}`;
  return (
    <td data-label={label} data-key="price" data-value={cell.sort ?? ""} className={`${cellClass(cell)} price-cell`}>
      <span className="price-now">{cell.text}</span>
      <span className="row-price">
        <label htmlFor={`row-price-${box.id}`} className="sr-only">
          {box.label}
        </label>
        <span className={`row-price-box${error ? " invalid" : ""}`}>
          <span className="row-price-sign" aria-hidden="true">
            {box.sign}
          </span>
          <input
            id={`row-price-${box.id}`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            enterKeyHint="done"
            spellCheck={false}
            placeholder={box.placeholder}
            value={box.entry?.typed ?? ""}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => box.onType(e.target.value)}
            onBlur={box.onCommit}
            onKeyDown={(e) => {
              if (e.key === "Enter") box.onCommit();
            }}
            data-testid={`row-price-${box.id}`}
          />
        </span>
        {error ? (
          <span id={errorId} className="row-price-error" role="alert" data-testid={`row-price-error-${box.id}`}>
            {box.kept(error)}
          </span>
        ) : null}
      </span>
    </td>
  );
}

/** The ranking's address with the replay switched on or off (the rest of the link kept). */
function withReplay(query: string, on: boolean): string {
  const params = new URLSearchParams(query);
  params.set("hist", on ? "1" : "0");
  return `/rigs?${params.toString().replace(/%2C/g, ",")}`;
}

/** The ranking's address with the capacity and budget replaced (empty values drop their key). */
function withGoal(query: string, capacity: { value: string; unit: "kW" | "MW" }, budget: string): string {
  const params = new URLSearchParams(query);
  params.delete("cap");
  params.delete("budget");
  const cap = capKwOf(capacity.value, capacity.unit);
  if (cap) params.set("cap", cap);
  const b = budget.trim().replace(/,/g, "");
  if (b) params.set("budget", b);
  const text = params.toString().replace(/%2C/g, ",");
  return text ? `/rigs?${text}` : "/rigs";
}

export default function RigsRanking({ view, site, backHref, refused, warned = [], notice, locale, query, quoted = [] }: Props) {
  useReadyMark();
  const i18n = useMemo(() => i18nFor(locale), [locale]);
  const m = i18n.m.rigs;
  const columns = view.columns;
  const figures = useMemo(() => columns.filter((k) => k !== "name"), [columns]);
  const fleetMode = view.goalText !== null;
  const [capacity, setCapacity] = useState(() => capacityFieldsOf(view.goal.capKw));
  const [budget, setBudget] = useState(view.goal.budget ?? "");
  const [side, setSide] = useState(view.sides[0] ?? "self");
  const [sort, setSort] = useState<{ key: RankKey; dir: SortDir }>(
    fleetMode ? { key: "fleetNetProfit", dir: "desc" } : { key: "breakEvenElectricityPrice", dir: "desc" },
  );
  const [filter, setFilter] = useState<RigFilter>({ maker: "", cooling: "", year: "" });
  const words = rowPriceText(locale);
  // the address keeps each committed row price (quotes=…): the link sent on shows the seller's quotes,
  // and the fleet form, the replay switch and the CSV carry them
  const [linkQuery, setLinkQuery] = useState(query);
  const onKept = useCallback((id: string, amount: string | null) => setLinkQuery((q) => withQuote(q, id, amount)), []);
  const firstQuery = useRef(linkQuery);
  useEffect(() => {
    if (linkQuery === firstQuery.current) return;
    firstQuery.current = linkQuery;
    window.history.replaceState(window.history.state, "", linkQuery ? `/rigs?${linkQuery}` : "/rigs");
  }, [linkQuery]);
  const prices = useRowPrices(query, locale, quoted, onKept);
  // the order as of the last price committed: a row never moves under the reader's typing
  const order = useMemo(
    () =>
      sortRigRows(
        filterRigRows(
          view.rows.map((r) => prices.settled[r.id] ?? r),
          filter,
        ),
        side,
        sort.key,
        sort.dir,
      ).map((r) => r.id),
    [view.rows, prices.settled, filter, side, sort],
  );
  const rows = useMemo(() => {
    const byId = new Map(view.rows.map((r) => [r.id, prices.entries[r.id]?.row ?? r]));
    return order.flatMap((id) => byId.get(id) ?? []);
  }, [order, view.rows, prices.entries]);

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
              <div key={s.label} className={s.wide ? "wide" : undefined}>
                <dt>{s.label}</dt>
                <dd>{s.value}</dd>
              </div>
            ))}
          </dl>
          {view.notices.map((n) => (
            <p key={n} className="notice" role="note" data-testid="rigs-notice">
              {n}
            </p>
          ))}
          {warned.map((w) => (
            <p key={w} className="notice warn link-warning" role="status" data-testid="rigs-link-warning">
              <span>
                {w} <a href={backHref}>{m.convertInCalculator}</a>
              </span>
            </p>
          ))}
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
          {notice ? (
            <p className="notice" role="alert" data-testid="rigs-too-heavy">
              {notice}
            </p>
          ) : null}
        </header>

        <form
          hidden={notice !== undefined}
          className="rigs-fleet"
          aria-label={m.fleetTitle}
          data-testid="fleet-form"
          onSubmit={(e) => {
            e.preventDefault();
            window.location.assign(withGoal(linkQuery, capacity, budget));
          }}
        >
          <h2>{m.fleetTitle}</h2>
          <p className="fleet-help">{m.fleetHelp}</p>
          <div className="fleet-fields">
            <label>
              <span>{m.capacity}</span>
              <input
                type="text"
                inputMode="decimal"
                value={capacity.value}
                onChange={(e) => setCapacity({ ...capacity, value: e.target.value })}
                data-testid="fleet-capacity"
              />
            </label>
            <label>
              <span>{m.capacityUnit}</span>
              <select
                value={capacity.unit}
                onChange={(e) => setCapacity({ ...capacity, unit: e.target.value === "kW" ? "kW" : "MW" })}
                data-testid="fleet-capacity-unit"
              >
                <option value="MW">MW</option>
                <option value="kW">kW</option>
              </select>
            </label>
            <label>
              <span>{m.budget(view.currency)}</span>
              <input
                type="text"
                inputMode="decimal"
                value={budget}
                onChange={(e) => setBudget(e.target.value)}
                data-testid="fleet-budget"
              />
            </label>
            <button type="submit" className="button primary" data-testid="fleet-apply">
              {m.apply}
            </button>
            {fleetMode ? (
              <a className="fleet-clear" href={withGoal(linkQuery, { value: "", unit: "MW" }, "")} data-testid="fleet-clear">
                {m.clear}
              </a>
            ) : null}
          </div>
          {view.goalText ? (
            <p className="fleet-shown" role="status" data-testid="fleet-shown">
              {view.goalText}
            </p>
          ) : null}
        </form>

        <section className="rigs-controls" aria-label={m.filters} hidden={notice !== undefined}>
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
              {columns.flatMap((k) =>
                (["asc", "desc"] as const).map((d) => (
                  <option key={`${k}:${d}`} value={`${k}:${d}`}>
                    {m.columns[k]} {d === "asc" ? "↑" : "↓"}
                  </option>
                )),
              )}
            </select>
          </label>
          {view.replay.available ? (
            <div className="segmented replay-switch" role="radiogroup" aria-label={m.replayLabel} title={m.replayHelp}>
              {([false, true] as const).map((on) => (
                <label key={String(on)} className={view.replay.on === on ? "on" : ""}>
                  <input
                    type="radio"
                    name="replay"
                    checked={view.replay.on === on}
                    onChange={() => window.location.assign(withReplay(linkQuery, on))}
                    data-testid={on ? "replay-on" : "replay-off"}
                  />
                  <span>{on ? m.replayOn : m.replayOff}</span>
                </label>
              ))}
            </div>
          ) : null}
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
          {view.columns.includes("price") ? <p className="row-price-help">{words.help}</p> : null}
        </section>

        {notice !== undefined ? null : rows.length === 0 ? (
          <p className="empty">{m.empty}</p>
        ) : (
          <table className="rigs-table" data-testid="rigs-table">
            <caption className="sr-only">{m.title}</caption>
            <thead>
              <tr>
                {columns.map((k) => (
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
                  <tr
                    key={r.id}
                    data-rig={r.id}
                    className={r.later ? "later" : undefined}
                    data-later={r.later ? "" : undefined}
                    aria-busy={prices.entries[r.id]?.working ? true : undefined}
                  >
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
                    {cells
                      ? figures.map((k) =>
                          k === "price" ? (
                            <PriceCell
                              key={k}
                              cell={cells[k]}
                              label={m.columns[k]}
                              box={{
                                id: r.id,
                                label: words.label(r.name, view.priceUnit),
                                sign: view.currencySign,
                                placeholder: words.placeholder,
                                entry: prices.entries[r.id],
                                kept: words.kept,
                                onType: (text) => prices.type(r.id, text),
                                onCommit: () => prices.commit(r.id),
                              }}
                            />
                          ) : (
                            <Cell key={k} cell={cells[k]} label={m.columns[k]} name={k} />
                          ),
                        )
                      : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {view.hasEstimates ? (
          <p className="estimate-legend" data-testid="estimate-legend">
            {m.estimateLegend}
          </p>
        ) : null}
        <p className="rigs-csv">
          <a href={linkQuery ? `/rigs/csv?${linkQuery}` : "/rigs/csv"} download data-testid="rigs-csv">
            {m.csv}
          </a>
        </p>
      </div>
    </I18nContext.Provider>
  );
}
