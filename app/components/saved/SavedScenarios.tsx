"use client";

import { useMemo, useState } from "react";
import { asideCounts, MAX_NAME_LENGTH, MAX_SAVED, suggestedName, type SavedScenario } from "@/lib/form";
import type { Scenario } from "@/lib/index";
import { useI18n } from "../i18n";
import { useSavedScenarios } from "../../hooks/useSavedScenarios";
import SavedCompare from "./SavedCompare";
import styles from "./saved.module.css";

interface Props {
  /** The scenario the page shows now: what "Save" keeps. */
  scenario: Scenario;
  /** Shows a saved scenario in the form and the results (its query, as a link carries it). */
  onOpen: (query: string) => void;
}

/** Entries kept aside that the notice names; the rest are counted (all are in the download). */
const ASIDE_LISTED = 10;

/** Save the scenario under a name, list the saved ones, reopen, rename, delete, and compare two. */
export default function SavedScenarios({ scenario, onOpen }: Props) {
  const { locale, m, f } = useI18n();
  const t = m.saved;
  const saved = useSavedScenarios();
  const [name, setName] = useState("");
  const [status, setStatus] = useState("");
  const [renaming, setRenaming] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const suggested = useMemo(() => suggestedName(scenario, locale), [scenario, locale]);
  const picked = chosen.map((id) => saved.items.find((i) => i.id === id)).filter((i): i is SavedScenario => i !== undefined);

  const toggle = (id: string, on: boolean) =>
    setChosen((c) => (on ? [...c.filter((x) => x !== id), id].slice(-2) : c.filter((x) => x !== id)));

  return (
    <section className={`panel ${styles.saved}`} aria-labelledby="saved-title" data-testid="saved">
      <h2 id="saved-title" className={styles.title}>
        {t.title}
      </h2>
      <p className={styles.privacy}>{t.privacy}</p>
      {saved.problem === "partly" && saved.aside.length > 0 ? (
        <div className="notice info inline" role="status" data-testid="saved-problem">
          <p>{t.asideTitle(f.number(saved.aside.length, 0), saved.aside.length === 1)}</p>
          {asideCounts(saved.aside)["over-cap"] > 0 ? (
            <p data-testid="saved-capped">{t.capped(f.number(asideCounts(saved.aside)["over-cap"], 0), MAX_SAVED)}</p>
          ) : null}
          <ul data-testid="saved-aside">
            {saved.aside.slice(0, ASIDE_LISTED).map((a, i) => (
              <li key={i}>
                <strong>{a.name ?? t.noName}</strong>: {t.asideReason(a.reason, MAX_SAVED)}
              </li>
            ))}
            {saved.aside.length > ASIDE_LISTED ? <li>{t.asideMore(f.number(saved.aside.length - ASIDE_LISTED, 0))}</li> : null}
          </ul>
          <div className={styles.asideActions}>
            <button type="button" className="button small" onClick={saved.exportAside} data-testid="saved-export-aside">
              {t.exportAside}
            </button>
            <button type="button" className="button ghost small" onClick={saved.dismissProblem}>
              {t.dismiss}
            </button>
          </div>
        </div>
      ) : saved.problem && saved.problem !== "partly" ? (
        <div className="notice info inline" role="status" data-testid="saved-problem">
          <p>{saved.problem === "unreadable" ? t.unreadable : t.unavailable}</p>
          <button type="button" className="button ghost small" onClick={saved.dismissProblem}>
            {t.dismiss}
          </button>
        </div>
      ) : null}
      <form
        className={styles.saveForm}
        onSubmit={(e) => {
          e.preventDefault();
          const entry = saved.save(name || suggested, scenario);
          if (entry) setStatus(t.savedStatus(entry.name));
          setName("");
        }}
      >
        <label htmlFor="saved-name" className={styles.nameLabel}>
          {t.nameLabel}
        </label>
        <input
          id="saved-name"
          type="text"
          value={name}
          maxLength={MAX_NAME_LENGTH}
          placeholder={suggested}
          autoComplete="off"
          onChange={(e) => setName(e.target.value)}
          data-testid="saved-name"
        />
        <button type="submit" className="button primary" data-testid="saved-save">
          {t.save}
        </button>
      </form>
      <p className="sr-only" role="status" aria-live="polite" data-testid="saved-status">
        {status}
      </p>
      {saved.items.length === 0 ? (
        <p className={styles.empty}>{t.empty}</p>
      ) : (
        <>
          {saved.items.length > 1 ? <p className={styles.hint}>{t.compareHint}</p> : null}
          <ul className={styles.list} data-testid="saved-list">
            {saved.items.map((item) => (
              <li key={item.id} className={styles.item} data-testid="saved-item">
                {renaming === item.id ? (
                  <RenameForm
                    item={item}
                    onDone={(next) => {
                      setRenaming(null);
                      if (next !== null) {
                        saved.rename(item.id, next);
                        setStatus(t.renamedStatus(next));
                      }
                    }}
                  />
                ) : (
                  <>
                    <label className={styles.pick}>
                      <input
                        type="checkbox"
                        checked={chosen.includes(item.id)}
                        onChange={(e) => toggle(item.id, e.target.checked)}
                        aria-label={t.compareLabel(item.name)}
                      />
                      <span className={styles.name} data-testid="saved-item-name">
                        {item.name}
                      </span>
                    </label>
                    <span className={styles.when}>{t.savedOn(f.shortDate(item.savedAt.slice(0, 10)))}</span>
                    <span className={styles.actions}>
                      <button
                        type="button"
                        className="button small"
                        aria-label={t.openLabel(item.name)}
                        onClick={() => {
                          onOpen(item.query);
                          setStatus(t.openedStatus(item.name));
                        }}
                      >
                        {t.open}
                      </button>
                      <button
                        type="button"
                        className="button small ghost"
                        aria-label={t.renameLabel(item.name)}
                        onClick={() => setRenaming(item.id)}
                      >
                        {t.rename}
                      </button>
                      <button
                        type="button"
                        className="button small ghost"
                        aria-label={t.removeLabel(item.name)}
                        onClick={() => {
                          saved.remove(item.id);
                          setChosen((c) => c.filter((x) => x !== item.id));
                          setStatus(t.removedStatus(item.name));
                        }}
                      >
                        {t.remove}
                      </button>
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {picked.length === 2 && picked[0] && picked[1] ? <SavedCompare a={picked[0]} b={picked[1]} /> : null}
    </section>
  );
}

function RenameForm({ item, onDone }: { item: SavedScenario; onDone: (name: string | null) => void }) {
  const { m } = useI18n();
  const t = m.saved;
  const [value, setValue] = useState(item.name);
  return (
    <form
      className={styles.rename}
      onSubmit={(e) => {
        e.preventDefault();
        onDone(value.trim() === "" ? null : value);
      }}
    >
      <label htmlFor={`rename-${item.id}`} className="sr-only">
        {t.newName(item.name)}
      </label>
      <input
        id={`rename-${item.id}`}
        type="text"
        value={value}
        maxLength={MAX_NAME_LENGTH}
        autoFocus
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") onDone(null);
        }}
        data-testid="saved-rename-input"
      />
      <button type="submit" className="button small primary">
        {t.renameSave}
      </button>
      <button type="button" className="button small ghost" onClick={() => onDone(null)}>
        {t.cancel}
      </button>
    </form>
  );
}
