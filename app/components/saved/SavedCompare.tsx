"use client";

import { useMemo } from "react";
import { savedComparison, type SavedScenario } from "@/lib/form";
import { replaysHistory } from "@/lib/index";
import { useDailyTables } from "../../hooks/useDailyTables";
import { useI18n } from "../i18n";
import styles from "./saved.module.css";

/** Two saved scenarios' answers side by side: a row a figure, a column a scenario (and side). */
export default function SavedCompare({ a, b }: { a: SavedScenario; b: SavedScenario }) {
  const { locale, m } = useI18n();
  const t = m.saved;
  // a saved replay reads the daily history tables: they load first
  const replays = useMemo(() => [a, b].some((item) => replaysHistory(item.query)), [a, b]);
  const daily = useDailyTables(replays);
  const waiting = replays && !daily.ready;
  const view = useMemo(() => (waiting ? null : savedComparison(a, b, locale)), [waiting, a, b, locale]);
  if (waiting) {
    return daily.failed ? (
      <p className="notice warn" role="alert">
        {m.daily.unavailable}{" "}
        <button type="button" className="button small" onClick={daily.retry}>
          {m.daily.retry}
        </button>
      </p>
    ) : (
      <p role="status" data-testid="saved-compare-loading">
        <span className="spinner" aria-hidden="true" /> {m.daily.loading}
      </p>
    );
  }
  if (!view) return null;
  return (
    // a narrow screen scrolls this box sideways: it takes the focus so the keyboard can scroll it too
    <div className={styles.compare} data-testid="saved-compare" role="region" aria-label={t.compareTitle} tabIndex={0}>
      <h3 className={styles.compareTitle}>{t.compareTitle}</h3>
      <table className={styles.table}>
        <caption className="sr-only">{t.compareCaption(a.name, b.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.figureColumn}</th>
            {view.columns.map((c, i) => (
              <th scope="col" key={i} title={c.scenario}>
                {c.name}
                {c.side ? <small className={styles.side}>{c.side}</small> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r) => (
            <tr key={r.id} data-testid={`saved-compare-${r.id}`}>
              <th scope="row">{r.label}</th>
              {r.values.map((v, i) => (
                <td key={i}>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
