"use client";

import dynamic from "next/dynamic";
import { memo } from "react";
import { SPARK_BOX, type ChartView, type FlatView, type MoneyView, type ResultPanelViews } from "@/lib/views";
import type { Scenario } from "@/lib/index";
import { useI18n } from "./i18n";
import LoadBoundary from "./LoadBoundary";
import NearScreen from "./NearScreen";

function ChartsLoading() {
  const { m } = useI18n();
  return (
    <div className="chart-skeleton" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {m.drawingCharts}
    </div>
  );
}

const Charts = dynamic(() => import("./Charts"), { ssr: false, loading: () => <ChartsLoading /> });

const ChartPanel = memo(function ChartPanel({
  chart,
  currency,
  stale,
  onDownload,
}: {
  chart: ChartView;
  currency: Scenario["currency"];
  stale: boolean;
  onDownload: () => void;
}) {
  const { m } = useI18n();
  return (
    <section className={`panel charts${stale ? " stale" : ""}`} aria-labelledby="charts-title" aria-busy={stale}>
      <div className="panel-head">
        <h3 id="charts-title">{m.overTime}</h3>
        <button type="button" className="button small" onClick={onDownload} data-testid="download-csv">
          {m.downloadCsv}
        </button>
      </div>
      <LoadBoundary>
        <NearScreen fallback={<ChartsLoading />}>
          <Charts chart={chart} currency={currency} />
        </NearScreen>
      </LoadBoundary>
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

const FlatPanel = memo(function FlatPanel({ flat, stale }: { flat: FlatView; stale: boolean }) {
  const { locale, m } = useI18n();
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

const MoneyPanel = memo(function MoneyPanel({ view, stale }: { view: MoneyView; stale: boolean }) {
  const { m } = useI18n();
  return (
    <section className={`panel coins${stale ? " stale" : ""}`} aria-labelledby="coins-title" aria-busy={stale}>
      <h3 id="coins-title">{m.money.title}</h3>
      <p className="fair" data-testid="fair-sentence">
        {view.fairSentence}
      </p>
      <p className="fair market" data-testid="market-sentence">
        {view.marketSentence}
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
 * The panels under the answer's cards, in a chunk of their own: the first load carries only the
 * answer. Their views (the policies, the schedules, the flat grid: seconds of engine runs for a long
 * replay) are worked out in a Web Worker by the results (useResultPanels), which share the coins'
 * view with the first card; the last answer stays, marked as catching up, until the new one is in.
 */
function ResultPanels({
  scenario,
  views,
  pending,
  stale,
  onDownload,
}: {
  scenario: Scenario;
  views: ResultPanelViews | null;
  pending: boolean;
  stale: boolean;
  onDownload: () => void;
}) {
  if (views === null) return <ChartsLoading />;
  const behind = stale || pending;
  return (
    <>
      <MoneyPanel view={views.money} stale={behind} />
      <ChartPanel chart={views.chart} currency={scenario.currency} stale={behind} onDownload={onDownload} />
      <FlatPanel flat={views.flat} stale={behind} />
    </>
  );
}

export default memo(ResultPanels);
