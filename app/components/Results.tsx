"use client";

import dynamic from "next/dynamic";
import { memo, useEffect, useMemo, useRef, useState } from "react";
import {
  chartView,
  flatView,
  moneyView,
  simulate,
  SPARK_BOX,
  type CompareView,
  type OddsView,
  type Scenario,
  type SideView,
} from "@/lib/index";
import { useI18n } from "./i18n";
import { useOdds } from "../hooks/useOdds";

function ChartsLoading() {
  const { m } = useI18n();
  return (
    <div className="chart-skeleton" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {m.drawingCharts}
    </div>
  );
}

const Charts = dynamic(() => import("./Charts"), { ssr: false, loading: () => <ChartsLoading /> });

interface Props {
  /** "13.5 TH/s · 1,323 W · 98.0 J/TH · from 15 Jan 2018 · 3 years" */
  line: string;
  sides: SideView[];
  compare: CompareView | null;
  /** The scenario of the charts and the flat calculator: a step behind while typing (useDeferredValue). */
  deferred: { scenario: Scenario; projection: Scenario | null };
  /** The history window of the odds (`fwin`), as the link writes it. */
  oddsWindow: string;
  historyNote: string | null;
  stale: boolean;
  errorCount: number;
  /** The switch follows the form at once, not the (deferred) results. */
  historyOn: boolean;
  onHistory: (on: boolean) => void;
  onDownload: () => void;
}

/** The odds from history under a headline: `payback-odds` (the first side), `hosted-payback-odds` beside it in compare mode. */
function Odds({ odds, busy, testId }: { odds: OddsView | undefined; busy: boolean; testId: string }) {
  const { m } = useI18n();
  return (
    <p className={`odds${busy ? " stale" : ""}`} data-testid={testId} aria-busy={busy}>
      {odds ? odds.text : m.oddsComputing}
    </p>
  );
}

function Headline({ view, primary, odds }: { view: SideView; primary: boolean; odds?: React.ReactNode }) {
  const { m } = useI18n();
  // the test ids mark the primary side's figures (self-run in compare mode) as they are shown
  const id = (name: string) => (primary ? name : `${view.side}-${name}`);
  // the first figure (BTC mined) joins net profit and ROI in the card; the rest wait behind "All figures"
  const [key, ...rest] = view.figures;
  return (
    <section className={`headline ${view.paysBack ? "good" : "bad"}`} aria-labelledby={`${view.side}-title`}>
      <p className="side-label" id={`${view.side}-title`}>
        {view.label}
      </p>
      <h2 className="verdict" data-testid={id("headline")}>
        {view.headlineParts[0]}
        <span className="verdict-sep">{view.headlineParts[1]}</span>
        <span className="verdict-detail">{view.headlineParts[2]}</span>
      </h2>
      {odds}
      {/* the answer's three figures at a glance; every other figure on demand */}
      <dl className="key-figures">
        <div>
          <dt>{m.netProfit}</dt>
          <dd className={`big${view.loss ? " negative" : ""}`} data-testid={id("net-profit")}>
            {view.netProfitText}
          </dd>
        </div>
        <div>
          <dt>{m.roi}</dt>
          <dd className={`big${view.loss ? " negative" : ""}`} data-testid={id("roi-pct")}>
            {view.roiText}
          </dd>
        </div>
        {key ? (
          <div data-testid={id(key.id)}>
            <dt>{key.label}</dt>
            <dd className="big">{key.value}</dd>
            {key.hint ? <dd className="hint">{key.hint}</dd> : null}
          </div>
        ) : null}
      </dl>
      <details className="all-figures">
        <summary>{m.look.allFigures}</summary>
        <dl className="figures">
          {rest.map((f) => (
            <div key={f.id} data-testid={id(f.id)}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
              {f.hint ? <dd className="hint">{f.hint}</dd> : null}
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}

const ChartPanel = memo(function ChartPanel({
  scenario,
  projection,
  stale,
  onDownload,
}: {
  scenario: Scenario;
  /** With "what actually happened": the same scenario projected, drawn beside the record. */
  projection: Scenario | null;
  stale: boolean;
  onDownload: () => void;
}) {
  const { locale, m } = useI18n();
  // the engine runs once per scenario; a language switch only relabels
  const sims = useMemo(
    () => ({ sim: simulate(scenario, { schedule: true }), projected: projection ? simulate(projection, { schedule: true }) : null }),
    [scenario, projection],
  );
  const chart = useMemo(() => chartView(sims.sim, sims.projected, locale), [sims, locale]);
  const currency = scenario.currency;
  return (
    <section className={`panel charts${stale ? " stale" : ""}`} aria-labelledby="charts-title" aria-busy={stale}>
      <div className="panel-head">
        <h3 id="charts-title">{m.overTime}</h3>
        <button type="button" className="button small" onClick={onDownload} data-testid="download-csv">
          {m.downloadCsv}
        </button>
      </div>
      <Charts chart={chart} currency={currency} />
      <details className="data-table">
        <summary>{m.chartTable}</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="chart-data-caption">
          <table>
            <caption className="sr-only" id="chart-data-caption">
              {m.chartTableCaption}
            </caption>
            <thead>
              <tr>
                {chart.table.columns.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.table.rows.map((r) => (
                <tr key={r.day}>
                  <td>{r.day}</td>
                  <td>{r.date}</td>
                  {r.cells.map((c, i) => (
                    <td key={i}>{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
});

const FlatPanel = memo(function FlatPanel({ scenario, stale }: { scenario: Scenario; stale: boolean }) {
  // ten more runs of the engine, in their own component: after the charts, never in the headline's way
  const { locale, m } = useI18n();
  const sim = useMemo(() => simulate(scenario), [scenario]);
  const flat = useMemo(() => flatView(sim, locale), [sim, locale]);
  return (
    <section className={`panel flat${stale ? " stale" : ""}`} aria-labelledby="flat-title" aria-busy={stale}>
      <h3 id="flat-title">{m.flatTitle}</h3>
      <p data-testid="flat-sentence">{flat.sentence}</p>
      <table className="grid9">
        <caption>{m.gridCaption(locale === "en" ? m.sides[flat.side].toLowerCase() : m.sides[flat.side])}</caption>
        <thead>
          <tr>
            <th scope="col" className="corner">
              {m.gridCorner[0]}
              <br />
              {m.gridCorner[1]}
            </th>
            {flat.columns.map((col) => (
              <th scope="col" key={col.bg}>
                {col.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {flat.rows.map(({ dg, label }) => (
            <tr key={dg}>
              <th scope="row">{label}</th>
              {flat.grid
                .filter((c) => c.dg === dg)
                .map((c) => (
                  <td key={c.bg} className={`${c.day === null ? "never" : ""}${c.own ? " own" : ""}`} data-testid={`grid-${c.dg}-${c.bg}`}>
                    {c.text}
                  </td>
                ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});

const MoneyPanel = memo(function MoneyPanel({ scenario, stale }: { scenario: Scenario; stale: boolean }) {
  // three more runs of the engine with their schedules: one per coin policy
  const { locale, m } = useI18n();
  const view = useMemo(() => moneyView(scenario, locale), [scenario, locale]);
  return (
    <section className={`panel coins${stale ? " stale" : ""}`} aria-labelledby="coins-title" aria-busy={stale}>
      <h3 id="coins-title">{m.money.title}</h3>
      <p className="fair" data-testid="fair-sentence">
        {view.fairSentence}
      </p>
      <p className="hint">{view.intro}</p>
      <ul className="policies">
        {view.columns.map((c) => (
          <li key={c.id} className={`policy${c.chosen ? " chosen" : ""}`} data-testid={`policy-${c.id}`}>
            <p className="policy-name">
              {c.label}
              {c.chosen ? <span className="badge">{m.money.chosen}</span> : null}
            </p>
            <p className={`policy-profit${c.loss ? " negative" : ""}`} data-testid={`policy-${c.id}-net-profit`}>
              {c.netProfitText}
            </p>
            <p className="policy-detail">{c.breakEvenText}</p>
            {c.heldText ? <p className="policy-detail">{c.heldText}</p> : null}
            <svg
              className="spark"
              viewBox={`0 0 ${SPARK_BOX.width} ${SPARK_BOX.height}`}
              preserveAspectRatio="none"
              role="img"
              aria-label={`${c.label}: ${m.money.positionCaption}`}
            >
              {view.zeroY !== null ? <line x1="0" x2={SPARK_BOX.width} y1={view.zeroY} y2={view.zeroY} className="zero" /> : null}
              <polyline points={c.points} fill="none" />
            </svg>
          </li>
        ))}
      </ul>
      <p className="hint">{m.money.positionCaption}</p>
    </section>
  );
});

/**
 * Whenever the answer's cards are out of view (the form comes first on a phone; the charts are below
 * them on a desktop), a slim bar at the bottom of the window keeps the answer in sight while typing,
 * and jumps to the results.
 */
function MiniHeadline({ sides, target }: { sides: SideView[]; target: React.RefObject<HTMLDivElement | null> }) {
  const { m } = useI18n();
  const [out, setOut] = useState(false);
  useEffect(() => {
    const el = target.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    const io = new IntersectionObserver(([entry]) => {
      if (entry) setOut(!entry.isIntersecting);
    });
    io.observe(el);
    return () => io.disconnect();
  }, [target]);
  return (
    <a
      href="#results"
      className={`mini-headline${out ? " shown" : ""}`}
      data-testid="mini-headline"
      tabIndex={out ? 0 : -1}
      aria-hidden={!out}
    >
      {sides.map((v) => (
        <span key={v.side} className={v.paysBack ? "good" : "bad"}>
          <b>{v.label}</b> {v.short} · {m.roiShort} {v.roiText}
        </span>
      ))}
    </a>
  );
}

function Results({ line, sides, compare, deferred, oddsWindow, historyNote, stale, errorCount, historyOn, onHistory, onDownload }: Props) {
  const headlines = useRef<HTMLDivElement>(null);
  const { m, locale } = useI18n();
  const odds = useOdds(deferred.scenario, locale, oddsWindow);
  return (
    <div className="results" id="results" role="region" aria-label={m.resultsLabel} tabIndex={-1}>
      <div className="results-bar">
        <p className="scenario-line" data-testid="scenario-line">
          {line}
        </p>
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={historyOn}
            onChange={(e) => onHistory(e.target.checked)}
            data-testid="history-toggle"
          />
          <span className="track" aria-hidden="true" />
          <span>{m.historyTitle}</span>
        </label>
      </div>
      {errorCount > 0 ? (
        <p className="notice warn inline" role="status">
          {m.refusedFields(errorCount)}
        </p>
      ) : null}
      {historyNote ? (
        <p className="notice info inline" data-testid="history-note">
          {historyNote}
        </p>
      ) : null}

      <MiniHeadline sides={sides} target={headlines} />
      {sides.length > 1 ? (
        // on a phone the two cards stack: both answers first, in one line each
        <ul className="side-strip" aria-hidden="true">
          {sides.map((v) => (
            <li key={v.side} className={v.paysBack ? "good" : "bad"}>
              <b>{v.label}</b> {v.short}
            </li>
          ))}
        </ul>
      ) : null}
      <div className={`headlines${sides.length > 1 ? " two" : ""}`} aria-live="polite" ref={headlines}>
        {sides.map((v, i) => (
          <Headline
            key={v.side}
            view={v}
            primary={i === 0}
            odds={
              <Odds
                odds={odds.odds?.find((o) => o.side === v.side)}
                busy={odds.busy}
                testId={i === 0 ? "payback-odds" : `${v.side}-payback-odds`}
              />
            }
          />
        ))}
      </div>

      {compare ? (
        <section className="panel compare" aria-labelledby="compare-title">
          <h3 id="compare-title">{m.compareTitle}</h3>
          <p className="crossover" data-testid="crossover">
            {compare.crossover}
          </p>
          <dl className="diffs">
            {compare.differences.map((d) => (
              <div key={d.id} data-testid={d.id}>
                <dt>{d.label}</dt>
                <dd>{d.value}</dd>
              </div>
            ))}
          </dl>
          <table className="breakdown">
            <caption>{m.monthlyCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.costColumn}</th>
                <th scope="col">{m.sides.self}</th>
                <th scope="col">{m.sides.hosted}</th>
              </tr>
            </thead>
            <tbody>
              {compare.monthly.self.map((row, i) => (
                <tr key={row.label}>
                  <th scope="row">{i === 1 ? m.monthly.runningOrHosting : row.label}</th>
                  <td>{row.value}</td>
                  <td>{compare.monthly.hosted[i]?.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <MoneyPanel scenario={deferred.scenario} stale={stale} />
      <ChartPanel scenario={deferred.scenario} projection={deferred.projection} stale={stale} onDownload={onDownload} />
      <FlatPanel scenario={deferred.scenario} stale={stale} />
    </div>
  );
}

export default memo(Results);
