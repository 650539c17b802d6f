"use client";

import dynamic from "next/dynamic";
import { memo } from "react";
import { addDays, type ChartView, type CompareView, type FlatView, type Scenario, type SideView } from "@/lib/index";

const Charts = dynamic(() => import("./Charts"), {
  ssr: false,
  loading: () => (
    <div className="chart-skeleton" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Drawing the charts…
    </div>
  ),
});

interface Props {
  scenario: Scenario;
  /** The scenario the charts were drawn for (a step behind while typing). */
  chartScenario: Scenario;
  sides: SideView[];
  chart: ChartView;
  projectionChart: ChartView | null;
  compare: CompareView | null;
  flat: FlatView;
  history: { from: string; to: string } | null;
  notes: string[];
  stale: boolean;
  errorCount: number;
  /** The switch follows the form at once, not the (deferred) results. */
  historyOn: boolean;
  onHistory: (on: boolean) => void;
  onDownload: () => void;
}

function Headline({ view, primary }: { view: SideView; primary: boolean }) {
  // the test ids mark the primary side's figures (self-run in compare mode), exactly as the API gives them
  const id = (name: string) => (primary ? name : `${view.side}-${name}`);
  return (
    <section className={`headline ${view.paysBack ? "good" : "bad"}`} aria-labelledby={`${view.side}-title`}>
      <p className="side-label" id={`${view.side}-title`}>
        {view.label}
      </p>
      <h2 className="verdict" data-testid={id("headline")}>
        {view.headline}
      </h2>
      <span hidden data-testid={id("break-even-day")}>
        {view.breakEvenDay ?? ""}
      </span>
      <dl className="key-figures">
        <div>
          <dt>Net profit</dt>
          <dd>
            <span className="big">{view.netProfitText}</span>
            <span hidden data-testid={id("net-profit")}>
              {view.netProfit}
            </span>
          </dd>
        </div>
        <div>
          <dt>ROI</dt>
          <dd>
            <span className="big">
              <span data-testid={id("roi-pct")}>{view.roiPct ?? "—"}</span>
              {view.roiPct === null ? "" : " %"}
            </span>
          </dd>
        </div>
      </dl>
      <dl className="figures">
        {view.figures.map((f) => (
          <div key={f.id} data-testid={id(f.id)}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
            {f.hint ? <dd className="hint">{f.hint}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
}

function Results({ scenario, chartScenario, sides, chart, projectionChart, compare, flat, history, notes, stale, errorCount, historyOn, onHistory, onDownload }: Props) {
  const horizonYears = scenario.horizonDays % 365 === 0 ? `${scenario.horizonDays / 365}-year` : `${scenario.horizonDays}-day`;
  return (
    <div className="results">
      <div className="results-bar">
        <p className="scenario-line">
          {scenario.rigCount > 1 ? `${scenario.rigCount} rigs · ` : ""}
          {scenario.hashrateThs} TH/s · {scenario.powerWatts} W · from {scenario.startDate} · {horizonYears} horizon
        </p>
        <label className="switch">
          <input type="checkbox" role="switch" checked={historyOn} onChange={(e) => onHistory(e.target.checked)} data-testid="history-toggle" />
          <span className="track" aria-hidden="true" />
          <span>What actually happened</span>
        </label>
      </div>
      {errorCount > 0 ? (
        <p className="notice warn inline" role="status">
          {errorCount === 1 ? "One field is refused" : `${errorCount} fields are refused`}: the results below are for the last valid scenario.
        </p>
      ) : null}
      {history ? (
        <p className="notice info inline" data-testid="history-note">
          Recorded difficulty, BTC price and block dates from {history.from} to {history.to}
          {history.to < addDays(scenario.startDate, scenario.horizonDays - 1) ? "; after that the growth rates take over." : "."}
          {notes.length ? ` ${notes.join(" ")}` : ""}
        </p>
      ) : null}

      <div className={`headlines${sides.length > 1 ? " two" : ""}`} aria-live="polite">
        {sides.map((v, i) => (
          <Headline key={v.side} view={v} primary={i === 0} />
        ))}
      </div>

      {compare ? (
        <section className="panel compare" aria-labelledby="compare-title">
          <h3 id="compare-title">Self-run or hosted</h3>
          <p className="crossover" data-testid="crossover">
            {compare.crossover}
          </p>
          <span hidden data-testid="crossover-price">
            {compare.crossoverPrice ?? ""}
          </span>
          <dl className="diffs">
            {compare.differences.map((d) => (
              <div key={d.id} data-testid={d.id}>
                <dt>{d.label}</dt>
                <dd>{d.value}</dd>
              </div>
            ))}
          </dl>
          <table className="breakdown">
            <caption>Costs in the first month (30.4375 days at day-1 figures)</caption>
            <thead>
              <tr>
                <th scope="col">Cost</th>
                <th scope="col">Self-run</th>
                <th scope="col">Hosted</th>
              </tr>
            </thead>
            <tbody>
              {compare.monthly.self.map((row, i) => (
                <tr key={row.label}>
                  <th scope="row">{row.label === "Running costs" ? "Running costs / hosting fees" : row.label}</th>
                  <td>{row.value}</td>
                  <td>{compare.monthly.hosted[i]?.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <section className={`panel flat${stale ? " stale" : ""}`} aria-labelledby="flat-title" aria-busy={stale}>
        <h3 id="flat-title">The salesperson&apos;s calculator, and the honest one</h3>
        <p data-testid="flat-sentence">{flat.sentence}</p>
        <table className="grid9" aria-describedby="grid-caption">
          <caption id="grid-caption">
            Break-even day ({flat.side === "self" ? "self-run" : "hosted"}) by difficulty growth and BTC price growth per month
          </caption>
          <thead>
            <tr>
              <th scope="col">Difficulty ↓ · Price →</th>
              {["-5", "0", "5"].map((bg) => (
                <th scope="col" key={bg}>
                  {bg === "-5" ? "−5 %" : bg === "5" ? "+5 %" : "0 %"}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {["0", "4", "8"].map((dg) => (
              <tr key={dg}>
                <th scope="row">{dg === "0" ? "0 %" : `+${dg} %`}</th>
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

      <section className={`panel charts${stale ? " stale" : ""}`} aria-labelledby="charts-title" aria-busy={stale}>
        <h3 id="charts-title">Over time</h3>
        <Charts chart={chart} projection={projectionChart} scenario={chartScenario} />
        <p className="downloads">
          <button type="button" className="button" onClick={onDownload} data-testid="download-csv">
            Download the daily schedule (CSV)
          </button>
        </p>
        <details className="data-table">
          <summary>The charts&apos; data as a table</summary>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Date</th>
                  {chart.table.columns.slice(2).map((c) => (
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
    </div>
  );
}

export default memo(Results);
