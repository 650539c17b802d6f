"use client";

import dynamic from "next/dynamic";
import { memo, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { assumptionText, keepsCoins, oddsThenText, trackRecordView, type CompareView, type SideView, type OddsView } from "@/lib/views";
import { FORMATTERS, type Scenario } from "@/lib/index";
import { beyondKind, growthImplied, type RecordedRange } from "@/lib/form";
import { useI18n } from "./i18n";
import LoadBoundary from "./LoadBoundary";
import { useOdds } from "../hooks/useOdds";
import { useResultPanels } from "../hooks/useResultPanels";

// a comparison's words load with a compare link (its own boundary: the page comes alive without them)
const CompareLead = dynamic(() => import("./Compare").then((c) => c.CompareLead));
const ComparePanel = dynamic(() => import("./Compare").then((c) => c.ComparePanel));

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
  /** The fastest and slowest paces the record kept up over each length: a trend beyond them is said under the headline. */
  ranges: readonly RecordedRange[];
}

/** The odds from history under a headline: `payback-odds` (the first side), `hosted-payback-odds` beside it in compare mode. */
function Odds({
  odds,
  busy,
  testId,
  scenario,
  paidBack,
  primary,
  ranges,
}: {
  ranges: readonly RecordedRange[];
  odds: OddsView | undefined;
  busy: boolean;
  testId: string;
  scenario: Scenario;
  paidBack: boolean;
  primary: boolean;
}) {
  const { m, locale } = useI18n();
  // a replay's headline is what happened; a forecast's says what it assumes
  const assumes = useMemo(() => (scenario.useHistory ? null : assumptionText(scenario, locale)), [scenario, locale]);
  // a trend faster (or a fall steeper) than any the record kept up that long: said where the answer is, not only under the growth choices
  const beyond = useMemo(
    () =>
      scenario.useHistory
        ? null
        : growthImplied(
            { btcPrice: scenario.btcPrice, difficulty: scenario.difficulty, horizonDays: scenario.horizonDays },
            {
              difficultyGrowthPctPerMonth: scenario.difficultyGrowthPctPerMonth,
              btcPriceGrowthPctPerMonth: scenario.btcPriceGrowthPctPerMonth,
            },
            ranges,
          ).beyond,
    [scenario, ranges],
  );
  const f = FORMATTERS[locale];
  const span = (months: number) => (months % 12 === 0 ? m.years(months / 12) : m.months(String(months)));
  // a scenario that keeps its coins: the record of the backtest's configurations that keep theirs, where the odds failed
  const kept = keepsCoins(scenario);
  const record = useMemo(
    () => trackRecordView(locale, odds?.driftPctPerYear ?? null, undefined, kept),
    [locale, odds?.driftPctPerYear, kept],
  );
  const then = odds && !busy ? oddsThenText(scenario, odds, paidBack, locale) : null;
  return (
    <>
      {assumes ? (
        <p className="assumes" data-testid={`${testId}-assumes`}>
          {assumes}
          {beyond ? (
            <strong data-testid={`${testId}-beyond`}>
              {" "}
              ⚠ {m.growthBeyond[beyondKind(beyond)](beyond.what, f.fixed(beyond.recordedPct.toFixed(1), 1), span(beyond.months))}
            </strong>
          ) : null}
        </p>
      ) : null}
      <p className={`odds${busy ? " stale" : ""}`} data-testid={testId} aria-busy={busy}>
        {odds ? odds.text : m.oddsComputing}
      </p>
      {then ? (
        <p className="odds-then" data-testid={`${testId}-then`}>
          {then}
        </p>
      ) : null}
      {primary && !scenario.useHistory && !kept ? (
        <p className="odds-lead" data-testid="odds-lead">
          {record.lead}
        </p>
      ) : null}
      {primary ? (
        // a boundary of its own: the page comes alive without waiting for this chunk
        <Suspense fallback={null}>
          <TrackRecord view={record} />
        </Suspense>
      ) : null}
    </>
  );
}

function PanelsLoading() {
  const { m } = useI18n();
  return (
    <div className="chart-skeleton" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {m.drawingCharts}
    </div>
  );
}

// what comes below the cards (the coins, the charts, the flat calculator) loads after the answer
// the odds' track record sits folded under the headline: rendered with the page, made interactive once
// its own chunk is in (the first load stays within its budget)
const TrackRecord = dynamic(() => import("./TrackRecord"));
const ResultPanels = dynamic(() => import("./ResultPanels"), { ssr: false, loading: () => <PanelsLoading /> });

function Headline({
  view,
  primary,
  odds,
  flip,
}: {
  view: SideView;
  primary: boolean;
  odds?: React.ReactNode;
  /** Another coin policy whose outcome has the other sign, in a line (from the coins panel's view), and whether it is behind. */
  flip?: { text: string; stale: boolean } | null;
}) {
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
      {/* what pool calculators lead with: today's figures, difficulty and price as they stand */}
      <section className="today" aria-label={m.today.title} data-testid={id("today")}>
        <p className="today-title">{m.today.title}</p>
        <dl>
          {view.today.map((t) => (
            <div key={t.id} data-testid={id(`today-${t.id}`)}>
              <dt>{t.label}</dt>
              <dd className={t.loss ? "negative" : undefined}>{t.value}</dd>
            </div>
          ))}
        </dl>
      </section>
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
      {flip ? (
        <p className={`policy-flip${flip.stale ? " stale" : ""}`} data-testid="coin-policy-flip">
          {flip.text}
        </p>
      ) : null}
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
          {/* the answer, the net profit and today's profit a day: what a miner checks while typing */}
          <b>{v.label}</b> {v.short} · <span data-testid={`mini-net-${v.side}`}>{v.netProfitText}</span> ·{" "}
          {m.today.aDay(v.today.find((t) => t.id === "profit-day")?.value ?? "—")}
        </span>
      ))}
    </a>
  );
}

function Results({
  line,
  sides,
  compare,
  deferred,
  oddsWindow,
  historyNote,
  stale,
  errorCount,
  historyOn,
  onHistory,
  onDownload,
  ranges,
}: Props) {
  const headlines = useRef<HTMLDivElement>(null);
  const { m, locale } = useI18n();
  const odds = useOdds(deferred.scenario, locale, oddsWindow);
  // the panels' views (worked out off the main thread) are shared: the coins panel's flip line joins the first card
  const panels = useResultPanels(deferred.scenario, deferred.projection, locale);
  const flip = panels.views?.money.flip;
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
          <span className="switch-text">
            {m.historyTitle}
            <small>{m.historyNote}</small>
          </span>
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
      {compare ? (
        // on a phone which side wins comes first, then the two one-line answers, then the cards (the
        // section below says it again in reading order)
        <Suspense fallback={null}>
          <CompareLead compare={compare} />
        </Suspense>
      ) : null}
      <div className={`headlines${sides.length > 1 ? " two" : ""}`} aria-live="polite" ref={headlines}>
        {sides.map((v, i) => (
          <Headline
            key={v.side}
            view={v}
            primary={i === 0}
            flip={i === 0 && flip ? { text: flip.text, stale: stale || panels.pending } : null}
            odds={
              <Odds
                odds={odds.odds?.find((o) => o.side === v.side)}
                busy={odds.busy}
                testId={i === 0 ? "payback-odds" : `${v.side}-payback-odds`}
                scenario={deferred.scenario}
                paidBack={v.paysBack}
                primary={i === 0}
                ranges={ranges}
              />
            }
          />
        ))}
      </div>

      {compare ? (
        <Suspense fallback={null}>
          <ComparePanel compare={compare} />
        </Suspense>
      ) : null}

      <LoadBoundary>
        <ResultPanels scenario={deferred.scenario} views={panels.views} pending={panels.pending} stale={stale} onDownload={onDownload} />
      </LoadBoundary>
    </div>
  );
}

export default memo(Results);
