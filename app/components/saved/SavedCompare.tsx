"use client";

import { useMemo } from "react";
import { savedComparison, type SavedScenario } from "@/lib/present/saved";
import { useI18n } from "../i18n";
import styles from "./saved.module.css";

/** Two saved scenarios' answers side by side: a row a figure, a column a scenario (and side). */
export default function SavedCompare({ a, b }: { a: SavedScenario; b: SavedScenario }) {
  const { locale, m } = useI18n();
  const t = m.saved;
  const view = useMemo(() => savedComparison(a, b, locale), [a, b, locale]);
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
