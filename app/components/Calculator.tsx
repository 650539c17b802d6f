"use client";

import { Suspense, useCallback, useDeferredValue, useMemo, useRef, useState } from "react";
import {
  findPreset,
  DEFAULT_PRESET_ID,
  PRESETS,
  usesNetwork,
  parseQueryLenient,
  readUnconverted,
  replaysHistory,
  serializeScenario,
  type KeyIssue,
  presetName,
  presetStory,
  localizeMessage,
  HTML_LANG,
  LOCALE_NAME,
  LOCALE_SHORT,
  LOCALES,
  type Locale,
  type PageState,
  type Scenario,
  type NetworkFigures,
} from "@/lib/index";
import { isOpeningStory, scenarioTitle, type GivenHeadline } from "@/lib/views";
import { presetScenario } from "@/lib/form";
import type { GrowthSeed } from "./GrowthChoices";
import dynamic from "next/dynamic";
import ScenarioForm from "./ScenarioForm";
import Results from "./Results";
// only a link that holds (a rig out of its era, or without a price) draws it: its words load with it
const RigHold = dynamic(() => import("./RigHold"));
// the saved scenarios sit below the answer and the form: rendered with the page, made interactive
// once their own chunk is in (the first load stays within its budget)
const SavedScenarios = dynamic(() => import("./saved/SavedScenarios"));
import LoadBoundary from "./LoadBoundary";
import NearScreen from "./NearScreen";
import { I18nContext, i18nFor, useI18n } from "./i18n";
import { useChosenInView } from "../hooks/useChosenInView";
import { useClipboard } from "../hooks/useClipboard";
import { useCsvDownload } from "../hooks/useCsvDownload";
import { useFormState, type OpenedScenario } from "../hooks/useFormState";
import { afterDailyTables } from "../hooks/useDailyTables";
import { useHeadline } from "../hooks/useHeadline";
import { useLocale } from "../hooks/useLocale";
import { usePageState } from "../hooks/usePageState";
import { useReadyMark } from "../hooks/useReadyMark";
import { useScenarioUrl } from "../hooks/useScenarioUrl";

function SensitivityLoading({ waiting = false }: { waiting?: boolean }) {
  const { m } = useI18n();
  if (waiting) {
    // the place kept for the views until they come near the screen: their heading is already there
    // for a reader who moves by headings (reaching it brings the views)
    return (
      <section className="panel sensitivity" aria-labelledby="sens-title-waiting" data-testid="sensitivity-waiting">
        <h3 id="sens-title-waiting">{m.sensTitle}</h3>
        <p role="status">
          <span className="spinner" aria-hidden="true" /> {m.loadingSensitivity}
        </p>
      </section>
    );
  }
  return (
    <section className="panel" role="status">
      <span className="spinner" aria-hidden="true" /> {m.loadingSensitivity}
    </section>
  );
}

const Sensitivity = dynamic(() => import("./Sensitivity"), { ssr: false, loading: () => <SensitivityLoading /> });

interface Props {
  initial: Scenario;
  initialPage: PageState;
  linkIssues: KeyIssue[];
  linkWarnings: string[];
  /** The reader's language: their saved choice, else their browser's (never part of the link). */
  initialLocale: Locale;
  /** The network the modern presets start on: the server's newest (refreshed hourly) or the stored snapshot. */
  network: NetworkFigures;
  /** The growth choices of the opening start date, worked out on the server (they read the daily tables). */
  growthSeed: GrowthSeed;
  /** The link's price is another rig's (lib/present/rig-choice.ts priceOfAnotherRig): the price field opens empty. */
  askPrice?: boolean;
  /** The first render's headline, worked out by the server: hydrating the page does not run the engine again. */
  firstHeadline?: GivenHeadline;
}

export default function Calculator({
  initial,
  initialPage,
  linkIssues,
  linkWarnings,
  initialLocale,
  network,
  growthSeed,
  askPrice = false,
  firstHeadline,
}: Props) {
  const { locale, switchLocale, loading: loadingLocale, failed: failedLocale } = useLocale(initialLocale);
  useReadyMark();
  const i18n = useMemo(() => i18nFor(locale), [locale]);
  const { m } = i18n;
  const form = useFormState({ scenario: initial, issues: linkIssues, warnings: linkWarnings }, locale, network, askPrice);
  const page = usePageState(initialPage);
  const { current, shownPreset: preset, check, notice, hold } = form;
  // a replay waits for the daily history tables: the results stay on the scenario before, marked as catching up
  const { daily, readable } = form;
  const deferred = useDeferredValue(current);
  // catching up while the tables load; after a failed load the notice says the figures are the scenario before
  const stale = deferred !== current || (!readable && !daily.failed);
  const presetBar = useRef<HTMLElement>(null);
  useChosenInView(presetBar, preset);

  const scenario = current.scenario;
  const headline = useHeadline(scenario, check.notes, locale, firstHeadline);
  const { restore: restoreForm } = form;
  const { restore: restorePage } = page;
  const onRestore = useCallback(
    (opened: { scenario: OpenedScenario; page: PageState }) => {
      restorePage(opened.page);
      restoreForm(opened.scenario);
    },
    [restoreForm, restorePage],
  );
  const url = useScenarioUrl({
    scenario,
    page: page.page,
    takeBigStep: form.takeBigStep,
    onRestore,
    keepLink: linkIssues.length > 0,
    network,
  });
  const clipboard = useClipboard();
  const { currentUrl } = url;
  const { copy } = clipboard;
  // a change the page cannot answer yet (a price to type, a figure refused): the address and its link
  // are still the scenario before, and the copy says so
  const unfinished = Boolean(hold) || form.errorCount > 0;
  const [copiedBefore, setCopiedBefore] = useState(false);
  const copyLink = useCallback(() => {
    setCopiedBefore(unfinished);
    void copy(currentUrl());
  }, [copy, currentUrl, unfinished]);
  const downloadCsv = useCsvDownload(scenario, locale);
  const copied = clipboard.state;
  const { open: openForm } = form;
  // a saved replay reads the daily history tables: they load first
  const openSaved = useCallback(
    (query: string) => afterDailyTables(replaysHistory(query), () => openForm(parseQueryLenient(query, DEFAULT_PRESET_ID))),
    [openForm],
  );
  const activePreset = preset ? findPreset(preset) : undefined;
  const exampleGrowth = useMemo(() => {
    const s = activePreset ? presetScenario(activePreset.id, network) : null;
    return s ? { dg: s.difficultyGrowthPctPerMonth, bg: s.btcPriceGrowthPctPerMonth } : null;
  }, [activePreset, network]);
  // the 2018 story opens the page; once anything changes it folds to one line and the title names the scenario
  const opening = isOpeningStory(scenario);
  const title = opening ? m.storyTitle : scenarioTitle(scenario, locale);
  const apiQuery = serializeScenario(scenario);

  // the form's two parts (what matters most; the rest) read the same state
  const formProps = {
    texts: form.texts,
    errors: form.errors,
    readAs: form.readAs,
    fx: form.fx,
    fxSource: form.fxSource,
    onFx: form.setFx,
    onField: form.setField,
    onFields: form.setFields,
    onMode: form.setMode,
    onCurrency: form.switchCurrency,
    onRig: form.chooseRig,
    presetRig: activePreset && !form.texts.rig ? activePreset.rig : undefined,
    movedFrom: form.movedFrom,
    exampleGrowth,
    history: form.history,
    network: activePreset && usesNetwork(activePreset) ? network : null,
    growthSeed,
  };

  return (
    <I18nContext value={i18n}>
      <div className="page">
        <div className="skip-links">
          <a href="#results">{m.look.skipToResults}</a>
          <a href="#scenario">{m.look.skipToForm}</a>
        </div>
        <header className="topbar">
          <div className="brand">
            <span className="logo" aria-hidden="true">
              RP
            </span>
            <div>
              <p className="brand-name">
                {m.brand}
                {m.brandLocal ? <span className="brand-local"> {m.brandLocal}</span> : null}
              </p>
              <p className="brand-line">
                {m.brandLine}
                <span className="brand-more">{m.brandMore}</span>
                {m.brandEnd}
              </p>
            </div>
          </div>
          <div className="share">
            <div
              className="lang-switch"
              role="group"
              aria-label={`${m.language} / ${locale === "en" ? "语言" : "Language"}`}
              data-testid="lang-switch"
            >
              {LOCALES.map((l) => (
                <button
                  key={l}
                  type="button"
                  lang={HTML_LANG[l]}
                  className={`lang${l === locale ? " on" : ""}`}
                  aria-pressed={l === locale}
                  aria-busy={l === loadingLocale}
                  onClick={() => switchLocale(l)}
                  data-locale={l}
                >
                  <span className="lang-long">{LOCALE_NAME[l]}</span>
                  <span className="lang-short">{LOCALE_SHORT[l]}</span>
                </button>
              ))}
            </div>
            <button type="button" className="button primary" onClick={copyLink} data-testid="copy-link">
              {copied === "copied" ? m.copied : copied === "failed" ? m.copyFailed : m.copyLink}
            </button>
            <span className="sr-only" role="status" aria-live="polite">
              {copied === "copied" && !copiedBefore ? m.copiedStatus : ""}
            </span>
          </div>
        </header>
        {copied === "copied" && copiedBefore ? (
          <p className="notice info" role="status" data-testid="copied-before">
            {m.copiedBefore}
          </p>
        ) : null}
        {failedLocale ? (
          <p className="notice warn" role="alert" data-testid="lang-failed">
            {m.languageFailed(LOCALE_NAME[failedLocale])}
          </p>
        ) : null}

        <section className={`story${opening ? " opening" : ""}`} aria-labelledby="story-title">
          <h1 id="story-title">{title}</h1>
          {opening ? (
            <>
              <p className="story-text">{m.storyText}</p>
              <p className="story-facts">{m.storyFacts}</p>
            </>
          ) : scenario.startDate.startsWith("2018") ? (
            // the Shenzhen story belongs to the pages of its year only
            <details className="story-more">
              <summary>{m.look.storyMore}</summary>
              <p>{m.storyText}</p>
            </details>
          ) : null}
          <nav className="presets" aria-label={m.presets} ref={presetBar}>
            {(["s9-2018", "story", "modern"] as const).map((group) => (
              <PresetGroup
                key={group}
                title={m.presetGroups[group]}
                ids={PRESETS.filter((p) => p.group === group).map((p) => p.id)}
                active={preset}
                loading={form.loadingPreset}
                onChoose={form.choosePreset}
              />
            ))}
          </nav>
          {activePreset ? <p className="preset-story">{presetStory(activePreset, locale)}</p> : null}
        </section>

        {notice ? (
          <div className={`notice ${notice.issues.length ? "warn" : "info"}`} role="alert" data-testid="link-notice">
            <div>
              {notice.issues.length ? (
                <>
                  <strong>{m.linkRefused}</strong>
                  <ul>
                    {notice.issues.map((i) => (
                      <li key={i.key}>{localizeMessage(i.message, locale)}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {notice.warnings.length ? (
                <ul className="warnings">
                  {notice.warnings.map((w) => {
                    // the example's amounts taken unconverted into the link's currency: one tap converts them
                    const unconverted = readUnconverted(w);
                    return (
                      <li key={w}>
                        {localizeMessage(w, locale)}
                        {unconverted ? (
                          <>
                            {" "}
                            <button
                              type="button"
                              className="button"
                              data-testid="convert-unconverted"
                              onClick={() => form.convertUnconverted(unconverted.keys, unconverted.from === "CNY" ? "CNY" : "USD")}
                            >
                              {m.convertUnconverted(unconverted.to === "CNY" ? "CNY" : "USD", form.fx)}
                            </button>
                          </>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </div>
            <button type="button" className="button ghost" onClick={form.dismissNotice} aria-label={m.dismissLink}>
              ✕
            </button>
          </div>
        ) : null}

        {daily.failed ? (
          <div className="notice warn with-action" role="alert" data-testid="daily-failed">
            <p>{m.daily.failed}</p>
            <button type="button" className="button" onClick={daily.retry}>
              {m.daily.retry}
            </button>
          </div>
        ) : null}
        <p className="sr-only" role="status" data-testid="daily-loading">
          {readable ? "" : m.daily.loading}
        </p>

        <main className="layout">
          {/* what matters most, the answer, then the rest: on a phone the answer comes after the four
              fields a buyer changes first; on a wide screen the answer stands beside the whole form */}
          <div className="form-column form-key-column" id="scenario" tabIndex={-1}>
            <ScenarioForm {...formProps} part="key" />
          </div>
          {hold ? (
            <RigHold hold={hold} todayDate={network.date} onMove={form.moveToToday} onUsePrice={(v) => form.setField("rigPrice", v)} />
          ) : (
            <Results
              line={headline.line}
              sides={headline.sides}
              compare={headline.compare}
              deferred={deferred}
              oddsWindow={page.window}
              historyNote={headline.historyNote}
              stale={stale || headline.pending}
              errorCount={form.errorCount}
              historyOn={form.history}
              onHistory={form.toggleHistory}
              onDownload={downloadCsv}
              ranges={growthSeed.ranges}
            />
          )}
          <div className="form-column form-rest-column">
            <ScenarioForm {...formProps} part="rest" />
          </div>
        </main>

        {/* a boundary of its own: the page comes alive without waiting for this chunk (next/dynamic with
            server rendering adds none, so the whole page's hydration would wait for it) */}
        <Suspense fallback={null}>
          <SavedScenarios scenario={scenario} onOpen={openSaved} />
        </Suspense>

        {hold ? null : (
          <NearScreen fallback={<SensitivityLoading waiting />}>
            <LoadBoundary>
              <Sensitivity
                scenario={deferred.scenario}
                settings={page.futures}
                onSettings={page.setFutures}
                model={page.model}
                onModel={page.setModel}
                windowText={page.window}
                onWindow={page.setWindow}
                restored={page.restored}
                tab={page.tab}
                onTab={page.setTab}
              />
            </LoadBoundary>
          </NearScreen>
        )}

        <footer className="footer">
          <p>
            {m.footer}{" "}
            <a href={`/api/payback?${apiQuery}`}>
              <code>/api/payback?{apiQuery}</code>
            </a>
            {m.footerEnd}
          </p>
        </footer>
      </div>
    </I18nContext>
  );
}

function PresetGroup({
  title,
  ids,
  active,
  loading,
  onChoose,
}: {
  title: string;
  ids: string[];
  active: string | undefined;
  /** A replay preset waiting for the recorded history. */
  loading: string | null;
  onChoose: (id: string) => void;
}) {
  const { locale } = useI18n();
  return (
    <div className="preset-group">
      <span className="preset-title">{title}</span>
      <div className="preset-buttons">
        {ids.map((id) => {
          const p = findPreset(id);
          if (!p) return null;
          return (
            <button
              key={id}
              type="button"
              className={`chip${active === id ? " active" : ""}`}
              aria-pressed={active === id}
              aria-busy={loading === id}
              onClick={() => onChoose(id)}
              data-preset={id}
            >
              {loading === id ? <span className="spinner" aria-hidden="true" /> : null}
              {presetName(p, locale)}
            </button>
          );
        })}
      </div>
    </div>
  );
}
