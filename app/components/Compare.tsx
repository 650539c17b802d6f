"use client";

import type { CompareView } from "@/lib/views";
import { useI18n } from "./i18n";

/**
 * A comparison's words, loaded with a compare link only (the opening page's first load carries none):
 * the phone's lead before the cards, and the section after them.
 */

/** On a phone: which side wins, the crossover's condition and the net profit's difference, before the cards (the section says it again in reading order). */
export function CompareLead({ compare }: { compare: CompareView }) {
  return (
    <div className="compare-lead" aria-hidden="true" data-testid="compare-lead">
      <p className="compare-lead-winner">{compare.winner}</p>
      <p>{compare.crossover}</p>
      {compare.differences
        .filter((d) => d.id === "diff-net")
        .map((d) => (
          <p key={d.id} className="compare-lead-diff">
            <span>{d.label}</span> <strong>{d.value}</strong>
          </p>
        ))}
    </div>
  );
}

/** Self-run or hosted: which wins, the crossover electricity price, the differences and a month of costs side by side. */
export function ComparePanel({ compare }: { compare: CompareView }) {
  const { m } = useI18n();
  return (
    <section className="panel compare" aria-labelledby="compare-title">
      <h3 id="compare-title">{m.compareTitle}</h3>
      <p className="compare-winner" data-testid="compare-winner">
        <strong>{compare.winner}</strong>
      </p>
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
  );
}
