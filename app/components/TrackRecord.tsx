"use client";

import type { TrackRecordView } from "@/lib/present/odds";

/**
 * How good the odds are: the backtest's track record beside the odds line, with a small
 * reliability chart (the odds given against the share that paid back, per group of start dates).
 */
export default function TrackRecord({ view }: { view: TrackRecordView }) {
  const bars = view.chart.bins;
  return (
    <details className="track-record" data-testid="track-record">
      <summary>{view.summary}</summary>
      <p data-testid="track-record-claim">
        <strong>{view.claim}</strong> {view.range}
      </p>
      <figure className="reliability" aria-labelledby="reliability-title">
        <figcaption id="reliability-title">
          {view.chart.title}
          <span className="reliability-desc">{view.chart.desc}</span>
        </figcaption>
        <table className="reliability-table">
          <thead>
            <tr>
              <th scope="col">{view.chart.predicted}</th>
              <th scope="col">{view.chart.happened}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row">
                  {b.label}
                  <span className="reliability-count">{b.count}</span>
                </th>
                <td>
                  <span className="reliability-bars" aria-hidden="true">
                    <span className="bar predicted" style={{ width: `${b.forecastPct}%` }} />
                    <span className="bar happened" style={{ width: `${b.paidPct}%` }} />
                  </span>
                  <span className="reliability-figures">
                    {b.forecastPct} % → {b.paidPct} %
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="reliability-legend" aria-hidden="true">
          <span className="swatch predicted" /> {view.chart.predicted} <span className="swatch happened" /> {view.chart.happened}
        </p>
      </figure>
      <p>{view.tails}</p>
      <p>{view.brier}</p>
      {view.drift ? <p data-testid="track-record-drift">{view.drift}</p> : null}
      <p>{view.how}</p>
      <p className="track-source">{view.source}</p>
    </details>
  );
}
