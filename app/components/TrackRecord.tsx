"use client";

import type { TrackRecordView } from "@/lib/views";

/** The reliability chart: the odds given (across) against the share that paid back (up), the diagonal where they agree. */
function ReliabilityChart({ view }: { view: TrackRecordView }) {
  const { chart } = view;
  return (
    <svg
      className="reliability-chart"
      viewBox="-14 -6 124 126"
      role="img"
      aria-label={`${chart.title}: ${chart.points.map((p) => p.label).join("; ")}`}
    >
      <rect x="0" y="0" width="100" height="100" className="plot" />
      {[25, 50, 75].map((t) => (
        <g key={t}>
          <line x1={t} x2={t} y1="0" y2="100" className="grid" />
          <line x1="0" x2="100" y1={100 - t} y2={100 - t} className="grid" />
        </g>
      ))}
      <line x1="0" y1="100" x2="100" y2="0" className="diagonal" />
      {chart.points.map((p) => (
        <circle key={p.label} cx={p.x} cy={p.y} r={p.r} className="point" />
      ))}
      <text x="0" y="109" className="tick">
        0
      </text>
      <text x="100" y="109" className="tick end">
        {chart.hundred}
      </text>
      <text x="-2" y="3" className="tick end">
        100
      </text>
      <text x="50" y="118" className="axis">
        {chart.predicted}
      </text>
      <text x="-9" y="50" className="axis" transform="rotate(-90 -9 50)">
        {chart.happened}
      </text>
    </svg>
  );
}

/**
 * How good the odds are: the backtest's track record beside the odds line, a small reliability
 * chart, the band's coverage, and the figures in a table for a screen reader and a close look.
 */
export default function TrackRecord({ view }: { view: TrackRecordView }) {
  const { chart } = view;
  return (
    <details className="track-record" data-testid="track-record">
      <summary>{view.summary}</summary>
      <p data-testid="track-record-claim">
        <strong>{view.claim}</strong> {view.range}
      </p>
      <div className="coverage-bar" role="img" aria-label={chart.coverage.label}>
        <span className="below" style={{ width: `${chart.coverage.below}%` }} />
        <span className="inside" style={{ width: `${chart.coverage.inside}%` }} />
        <span className="above" style={{ width: `${chart.coverage.above}%` }} />
      </div>
      <p>{view.tails}</p>
      <figure className="reliability">
        <figcaption>
          {chart.title}
          <span className="reliability-desc">{chart.desc}</span>
        </figcaption>
        <div className="reliability-body">
          <ReliabilityChart view={view} />
          <table className="reliability-table">
            <thead>
              <tr>
                <th scope="col">{chart.predicted}</th>
                <th scope="col">{chart.happened}</th>
              </tr>
            </thead>
            <tbody>
              {chart.bins.map((b) => (
                <tr key={b.label}>
                  <th scope="row">
                    {b.label}
                    <span className="reliability-count">{b.count}</span>
                  </th>
                  <td>{b.paid}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figure>
      <p>{view.brier}</p>
      {view.drift ? <p data-testid="track-record-drift">{view.drift}</p> : null}
      <p>{view.how}</p>
      <p className="track-source">{view.source}</p>
    </details>
  );
}
