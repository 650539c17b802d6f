"use client";

import { memo, useEffect, useRef, useState } from "react";
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import {
  addDays,
  formatWindow,
  FUTURES_MODELS,
  type FuturesModel,
  readWindow,
  windowOrDefault,
  FUTURES_LIMITS,
  type FuturesSettings,
  type Scenario,
} from "@/lib/index";
import {
  futuresInput,
  SENSITIVITY_TABS,
  type SensitivityTab,
  WINDOW_ALLOWED,
  heatMove,
  heatScaleView,
  tabForKey,
  type FuturesView,
  type HeatMapView,
  type SensitivityGrids,
  type TornadoView,
  monthTicks,
} from "@/lib/views";
import type { SensitivityRequest } from "./sensitivity.worker";
import { useNearScreen } from "../hooks/useNearScreen";
import { useI18n } from "./i18n";

type Tab = SensitivityTab;

interface Props {
  scenario: Scenario;
  settings: FuturesSettings;
  onSettings: (s: FuturesSettings) => void;
  model: FuturesModel;
  onModel: (m: FuturesModel) => void;
  /** The history window (`fwin`) as a link writes it, and its setter (given only checked values). */
  windowText: string;
  onWindow: (w: string) => void;
  /** Changes when back or forward brings settings back: the settings' fields start again from them. */
  restored: number;
  tab: Tab;
  onTab: (t: Tab) => void;
}

type WorkerReply =
  | { id: number; type: "progress"; task: Tab; done: number; total: number }
  | { id: number; type: "result"; task: "grids"; value: SensitivityGrids }
  | { id: number; type: "result"; task: "tornado"; value: TornadoView }
  | { id: number; type: "result"; task: "futures"; value: FuturesView }
  | { id: number; type: "error"; task: Tab; message: string };

/** A pause after the last change before the views are asked for, when the panel is near the screen. */
const NEAR_DELAY_MS = 250;
/** … and when it is not: the scenario has rested (a printout, a reader who scrolls down later). */
const RESTED_DELAY_MS = 3000;

function Sensitivity({ scenario, settings, onSettings, model, onModel, windowText, onWindow, restored, tab, onTab: setTab }: Props) {
  const { locale, m } = useI18n();
  const [grids, setGrids] = useState<SensitivityGrids | null>(null);
  const [torn, setTorn] = useState<TornadoView | null>(null);
  const [futures, setFutures] = useState<FuturesView | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(0);
  const latest = useRef(0);

  useEffect(() => {
    const w = new Worker(new URL("./sensitivity.worker.ts", import.meta.url));
    worker.current = w;
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.id !== latest.current) return;
      if (m.type === "progress") setProgress({ done: m.done, total: m.total });
      else if (m.type === "error") {
        setFailure(m.message);
        setBusy(false);
      } else {
        if (m.task === "grids") setGrids(m.value);
        else if (m.task === "tornado") setTorn(m.value);
        else setFutures(m.value);
        setBusy(false);
        setProgress(null);
      }
    };
    return () => w.terminate();
  }, []);

  // The views take a worker some hundreds of milliseconds (two 15 × 15 heat maps). The panel is put
  // on the page when it first comes near the screen (or for a printout: NearScreen); then they are
  // worked out while it is within a screen, or once the scenario has rested a while when the reader
  // has scrolled away, never for each pause in typing far above them.
  const section = useRef<HTMLElement>(null);
  const near = useNearScreen(section, "100% 0px");
  // what the worker was last asked for: the views shown are for it (or on their way)
  const [asked, setAsked] = useState<readonly unknown[] | null>(null);
  const pending = asked === null || [scenario, settings, model, windowText, tab, locale].some((v, i) => v !== asked[i]);
  useEffect(() => {
    const w = worker.current;
    if (!w) return;
    const now = [scenario, settings, model, windowText, tab, locale];
    if (asked !== null && now.every((v, i) => v === asked[i])) return;
    const timer = window.setTimeout(
      () => {
        const id = ++nextId.current;
        latest.current = id;
        setAsked(now);
        setBusy(true);
        setFailure(null);
        setProgress(null);
        const request: SensitivityRequest = {
          id,
          task: tab,
          scenario,
          settings: tab === "futures" ? settings : undefined,
          model,
          windowText,
          locale,
        };
        w.postMessage(request);
      },
      near ? NEAR_DELAY_MS : RESTED_DELAY_MS,
    );
    return () => window.clearTimeout(timer);
  }, [scenario, settings, model, windowText, tab, locale, near, asked]);

  // the tabs are one stop of the Tab key; arrows, Home and End move between them (the WAI-ARIA tabs pattern)
  const onTabKey = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const next = tabForKey(tab, e.key);
    if (next === null) return;
    e.preventDefault();
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <section className="panel sensitivity" aria-labelledby="sens-title" data-testid="sensitivity" ref={section}>
      <div className="sens-head">
        <h3 id="sens-title">{m.sensTitle}</h3>
        <div className="tabs" role="tablist" aria-label={m.sensTabs} onKeyDown={onTabKey}>
          {SENSITIVITY_TABS.map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              id={`tab-${t}`}
              aria-selected={tab === t}
              aria-controls={`panel-${t}`}
              tabIndex={tab === t ? 0 : -1}
              className={`tab${tab === t ? " on" : ""}`}
              onClick={() => setTab(t)}
            >
              {m.tabs[t]}
            </button>
          ))}
        </div>
      </div>
      <div className="sens-status" role="status" aria-live="polite" data-testid="sens-status">
        {busy || pending ? (
          <>
            <span className="spinner" aria-hidden="true" />
            {progress ? m.runningFutures(progress.done, progress.total) : m.computing}
            {progress ? <progress max={progress.total} value={progress.done} /> : null}
          </>
        ) : failure ? (
          m.sensFailed(failure)
        ) : null}
      </div>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} tabIndex={0} className={busy || pending ? "stale" : ""}>
        {tab === "grids" ? (
          grids ? (
            <div className="heatmaps">
              {uniformReplay(grids.growth, scenario.useHistory) ? (
                // a replay's recorded days take the place of the growth rates: a map of one answer says it in words
                <p className="heat-uniform" data-testid="heat-growth-uniform">
                  {m.heatGrowthReplay(grids.growth.rows[0]?.[0]?.text ?? "—")}
                </p>
              ) : (
                <HeatTable map={grids.growth} testId="heat-growth" />
              )}
              <HeatTable map={grids.prices} testId="heat-prices" />
              <Scale horizonDays={scenario.horizonDays} />
              {grids.notes.map((note) => (
                <p key={note} className="heat-note" data-testid="heat-note">
                  {note}
                </p>
              ))}
            </div>
          ) : null
        ) : null}
        {tab === "tornado" && torn ? <Tornado view={torn} /> : null}
        {tab === "futures" ? (
          <Futures
            view={futures}
            scenario={scenario}
            settings={settings}
            onSettings={onSettings}
            model={model}
            onModel={onModel}
            windowText={windowText}
            onWindow={onWindow}
            restored={restored}
          />
        ) : null}
      </div>
    </section>
  );
}

function HeatTable({ map, testId }: { map: HeatMapView; testId: string }) {
  const { m } = useI18n();
  const own = ownCell(map);
  // the chosen cell belongs to its map: a new map starts again from the scenario's own cell
  const [chosen, setChosen] = useState<{ map: HeatMapView; at: [number, number] }>({ map, at: own });
  const at = chosen.map === map ? chosen.at : own;
  const setAt = (next: [number, number]) => setChosen({ map, at: next });
  const scroller = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const current = map.rows[at[0]]?.[at[1]];

  // on a narrow screen the scenario's own cell is scrolled into the middle
  useEffect(() => {
    const box = scroller.current;
    const cell = box?.querySelector<HTMLElement>("td.own");
    if (box && cell) box.scrollLeft = Math.max(0, cell.offsetLeft - box.clientWidth / 2 + cell.offsetWidth / 2);
  }, [map]);

  const onKey = (e: React.KeyboardEvent<HTMLTableElement>) => {
    const next = heatMove(at, e.key, map.rows.length, map.rows[0]?.length ?? 0);
    if (next === null) return;
    e.preventDefault();
    setAt(next);
    table.current?.querySelector<HTMLElement>(`td[data-cell="${next[0]}-${next[1]}"]`)?.focus();
  };

  return (
    <figure className="heat" data-testid={testId}>
      <figcaption>
        {map.title}
        {m.heatCaptionTail}
      </figcaption>
      <div className="heat-scroll" ref={scroller}>
        <table className="heat-table" ref={table} onKeyDown={onKey}>
          <thead>
            <tr>
              <th scope="col" className="corner">
                {map.yLabel}
                <br />
                {map.xLabel}
              </th>
              {map.xTicks.map((t) => (
                <th scope="col" key={t}>
                  {t}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.rows.map((row, iy) => (
              <tr key={map.yTicks[iy]}>
                <th scope="row">{map.yTicks[iy]}</th>
                {row.map((c, ix) => (
                  <td
                    key={ix}
                    data-cell={`${iy}-${ix}`}
                    title={c.title}
                    aria-label={c.title}
                    tabIndex={iy === at[0] && ix === at[1] ? 0 : -1}
                    className={`${c.dark ? "dark" : ""}${c.own ? " own" : ""}${iy === at[0] && ix === at[1] ? " at" : ""}`}
                    style={{ background: c.colour }}
                    onClick={() => setAt([iy, ix])}
                    onFocus={() => setAt([iy, ix])}
                  >
                    {c.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* what a hover shows, for a tap or the arrow keys too */}
      <p className="heat-readout" aria-live="polite" data-testid={`${testId}-readout`}>
        {current?.title ?? ""}
      </p>
    </figure>
  );
}

/** Whether every cell of a replay's map gives the same answer (the growth rates never come into play). */
function uniformReplay(map: HeatMapView, replay: boolean): boolean {
  const first = map.rows[0]?.[0]?.text;
  return replay && first !== undefined && map.rows.every((r) => r.every((c) => c.text === first));
}

/** The scenario's own cell of a heat map, [row, column] (the middle when it has none). */
function ownCell(map: HeatMapView): [number, number] {
  for (let iy = 0; iy < map.rows.length; iy++) {
    const ix = map.rows[iy]?.findIndex((c) => c.own) ?? -1;
    if (ix >= 0) return [iy, ix];
  }
  return [Math.floor(map.rows.length / 2), Math.floor((map.rows[0]?.length ?? 0) / 2)];
}

function Scale({ horizonDays }: { horizonDays: number }) {
  const { m, locale } = useI18n();
  return (
    <div className="scale" data-testid="heat-scale">
      <span className="scale-title">{m.heatScaleTitle}</span>
      <ul className="scale-keys">
        {heatScaleView(horizonDays, locale).map((k) => (
          <li key={k.colour}>
            <span className="scale-swatch" style={{ background: k.colour }} aria-hidden="true" />
            {k.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Tornado({ view }: { view: TornadoView }) {
  const { m } = useI18n();
  const caption = m.tornadoCaption(view.side, view.baseText);
  return (
    <figure className="tornado" data-testid="tornado">
      <figcaption>{caption}</figcaption>
      <p className="tornado-keys" aria-hidden="true">
        <span className="tornado-key less">{m.tornadoLess}</span>
        <span className="tornado-key more">{m.tornadoMore}</span>
        <span className="tornado-key base">{m.tornadoBase(view.baseText)}</span>
      </p>
      {/* the drawing; the table below gives screen readers the same figures */}
      <ol className="bars" aria-hidden="true">
        {view.bars.map((b) => (
          <li key={b.label}>
            <span className="bar-label">
              {b.label}
              <small>{b.range}</small>
            </span>
            <span className="bar-track" style={{ "--base": `${view.basePct}%` } as React.CSSProperties}>
              {b.less ? <span className="bar less" style={{ left: `${b.less.leftPct}%`, width: `${b.less.widthPct}%` }} /> : null}
              {b.more ? <span className="bar more" style={{ left: `${b.more.leftPct}%`, width: `${b.more.widthPct}%` }} /> : null}
            </span>
            <span className="bar-values">
              <span className="bar-end less">
                {b.leftInput} → {b.leftText}
              </span>
              <span className="bar-end more">
                {b.rightInput} → {b.rightText}
              </span>
            </span>
          </li>
        ))}
      </ol>
      <div className="tornado-axis" aria-hidden="true">
        <span className="axis-title">{m.tornadoAxis}</span>
        <span className="axis-scale">
          {view.ticks.map((t) => (
            <span key={t.pct} className="axis-tick" style={{ left: `${t.pct}%` }}>
              {t.text}
            </span>
          ))}
        </span>
        <span />
      </div>
      <table className="sr-only" data-testid="tornado-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.tornadoTable.input}</th>
            <th scope="col">{m.tornadoTable.low}</th>
            <th scope="col">{m.tornadoTable.profit}</th>
            <th scope="col">{m.tornadoTable.high}</th>
            <th scope="col">{m.tornadoTable.profit}</th>
          </tr>
        </thead>
        <tbody>
          {view.bars.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td>{b.lowInput}</td>
              <td>{b.lowText}</td>
              <td>{b.highInput}</td>
              <td>{b.highText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/**
 * Which recorded history the futures are drawn from: the four years before the start date (what a
 * buyer could know then), all of it, or a span of days. A span is checked as the link's `fwin` is;
 * a refused one is said out loud and the futures keep the last good window.
 */
function WindowPicker({ windowText, onWindow }: { windowText: string; onWindow: (w: string) => void }) {
  const { m } = useI18n();
  const current = windowOrDefault(windowText);
  const [kind, setKind] = useState<"before" | "all" | "span">(current.kind);
  const [from, setFrom] = useState(current.kind === "span" ? current.from : "");
  const [to, setTo] = useState(current.kind === "span" ? current.to : "");
  const spanText = formatWindow({ kind: "span", from: from.trim(), to: to.trim() });
  const spanRefused = kind === "span" && (from.trim() !== "" || to.trim() !== "") && readWindow(spanText) === null;
  const choose = (next: "before" | "all" | "span") => {
    setKind(next);
    if (next !== "span") onWindow(formatWindow({ kind: next }));
    else if (readWindow(spanText) !== null) onWindow(spanText);
  };
  const setSpan = (f: string, t: string) => {
    setFrom(f);
    setTo(t);
    const text = formatWindow({ kind: "span", from: f.trim(), to: t.trim() });
    if (readWindow(text) !== null) onWindow(text);
  };
  return (
    <div className="futures-window" data-testid="futures-window">
      <label className="field">
        <span className="label-text">{m.futuresWindow}</span>
        <select value={kind} onChange={(e) => choose(e.target.value === "all" ? "all" : e.target.value === "span" ? "span" : "before")}>
          <option value="before">{m.futuresWindows.before}</option>
          <option value="all">{m.futuresWindows.all}</option>
          <option value="span">{m.futuresWindows.span}</option>
        </select>
      </label>
      {kind === "span" ? (
        <div className="grid2">
          <label className="field">
            <span className="label-text">{m.futuresWindowFrom}</span>
            <span className="unit">YYYY-MM-DD</span>
            <input
              type="text"
              inputMode="numeric"
              value={from}
              onChange={(e) => setSpan(e.target.value, to)}
              aria-invalid={spanRefused || undefined}
            />
          </label>
          <label className="field">
            <span className="label-text">{m.futuresWindowTo}</span>
            <span className="unit">YYYY-MM-DD</span>
            <input
              type="text"
              inputMode="numeric"
              value={to}
              onChange={(e) => setSpan(from, e.target.value)}
              aria-invalid={spanRefused || undefined}
            />
          </label>
        </div>
      ) : null}
      {spanRefused ? (
        <p className="notice warn inline" role="alert" data-testid="futures-window-refused">
          {m.futuresWindowRefused(spanText, WINDOW_ALLOWED, windowText)}
        </p>
      ) : null}
    </div>
  );
}

function Futures({
  view,
  scenario,
  settings,
  onSettings,
  model,
  onModel,
  windowText,
  onWindow,
  restored,
}: {
  view: FuturesView | null;
  scenario: Scenario;
  settings: FuturesSettings;
  onSettings: (s: FuturesSettings) => void;
  model: FuturesModel;
  onModel: (m: FuturesModel) => void;
  windowText: string;
  onWindow: (w: string) => void;
  restored: number;
}) {
  const { m, f, locale } = useI18n();
  const cur = scenario.currency;
  const lim = FUTURES_LIMITS;
  // a value outside its limits is refused out loud: the futures keep the last good one
  const [refused, setRefused] = useState<Partial<Record<"volatilityPct" | "seed" | "count", string>>>({});
  const setNumber = (key: "volatilityPct" | "seed" | "count", text: string) => {
    const v = futuresInput(key, text);
    setRefused((r) => ({ ...r, [key]: v === null ? text : undefined }));
    if (v !== null) onSettings({ ...settings, [key]: v });
  };
  const ticks = monthTicks(scenario.startDate, scenario.horizonDays, 7, locale);
  const tickLabel = new Map(ticks.map((t) => [t.day, t.label]));
  const names = { volatilityPct: m.volatility, count: m.futuresCount, seed: m.seed } as const;
  const kept = { volatilityPct: settings.volatilityPct, count: settings.count, seed: settings.seed } as const;
  const ranges = {
    volatilityPct: [lim.volatilityPct.min, lim.volatilityPct.max],
    count: [lim.count.min, lim.count.max],
    seed: [lim.seed.min, lim.seed.max],
  } as const;
  return (
    <div className="futures" data-testid="futures">
      <fieldset className="futures-model" data-testid="futures-model">
        <legend>{m.futuresModel}</legend>
        {FUTURES_MODELS.map((k) => (
          <label key={k}>
            <input type="radio" name="futures-model" value={k} checked={model === k} onChange={() => onModel(k)} />
            {m.futuresModels[k]}
          </label>
        ))}
      </fieldset>
      {model !== "walk" ? <WindowPicker key={`${restored}-${windowText}`} windowText={windowText} onWindow={onWindow} /> : null}
      <div className="grid3" key={restored}>
        {model === "walk" ? (
          <label className="field">
            <span className="label-text">{m.volatility}</span>
            <span className="unit">{m.volatilityUnit}</span>
            <input
              type="number"
              min={lim.volatilityPct.min}
              max={lim.volatilityPct.max}
              step={1}
              defaultValue={settings.volatilityPct}
              onChange={(e) => setNumber("volatilityPct", e.target.value)}
            />
          </label>
        ) : null}
        <label className="field">
          <span className="label-text">{m.futuresCount}</span>
          <span className="unit">{`${lim.count.min} … ${lim.count.max}`}</span>
          <input
            type="number"
            min={lim.count.min}
            max={lim.count.max}
            step={100}
            defaultValue={settings.count}
            onChange={(e) => setNumber("count", e.target.value)}
          />
        </label>
        <label className="field">
          <span className="label-text">{m.seed}</span>
          <span className="unit">{m.seedUnit}</span>
          <input
            type="number"
            min={lim.seed.min}
            step={1}
            defaultValue={settings.seed}
            onChange={(e) => setNumber("seed", e.target.value)}
          />
        </label>
      </div>
      {(["volatilityPct", "count", "seed"] as const).map((key) =>
        refused[key] !== undefined ? (
          <p key={key} className="notice warn inline" role="alert" data-testid={`futures-refused-${key}`}>
            {m.futuresRefused(
              names[key],
              refused[key] ?? "",
              f.number(ranges[key][0], 0),
              f.number(ranges[key][1], 0),
              f.number(kept[key], 2),
            )}
          </p>
        ) : null,
      )}
      <p className="help-text">{model === "margin" ? m.futuresHelpMargin : model === "history" ? m.futuresHelpHistory : m.futuresHelp}</p>
      {view ? (
        <>
          <p className="futures-summary" data-testid="futures-summary">
            {view.summary}
          </p>
          {view.untested ? (
            <p className="notice warn inline" role="note" data-testid="futures-untested">
              {view.untested}
            </p>
          ) : null}
          <ComposedChart
            data={view.points}
            responsive
            style={{ width: "100%", height: 280 }}
            margin={{ top: 8, right: 12, bottom: 0, left: 4 }}
          >
            <CartesianGrid stroke="var(--c-grid)" vertical={false} />
            <XAxis
              dataKey="day"
              type="number"
              domain={[1, scenario.horizonDays]}
              ticks={ticks.map((t) => t.day)}
              tickFormatter={(d: number) => tickLabel.get(d) ?? f.month(addDays(scenario.startDate, d - 1))}
              tick={{ fontSize: 12 }}
            />
            <YAxis tickFormatter={(v: number) => f.moneyCompact(v, cur)} tick={{ fontSize: 12 }} width={64} />
            <Tooltip
              formatter={(v) => (Array.isArray(v) ? v.map((x) => f.money(Number(x), cur)).join(" … ") : f.money(Number(v), cur))}
              labelFormatter={(d) => m.dayTitle(f.number(Number(d), 0))}
            />
            <ReferenceLine y={0} stroke="var(--c-ink)" strokeDasharray="2 2" />
            <Area dataKey="band" name={m.futuresBand} stroke="none" fill="var(--c-self)" fillOpacity={0.2} isAnimationActive={false} />
            <Line dataKey="p50" name={m.futuresMedian} stroke="var(--c-self)" strokeWidth={2} dot={false} isAnimationActive={false} />
          </ComposedChart>
          <ul className="chart-legend futures-legend" data-testid="futures-legend">
            <li>
              <span className="key-line" aria-hidden="true" />
              {m.futuresMedian}
            </li>
            <li>
              <span className="key-band" aria-hidden="true" />
              {m.futuresBand}
            </li>
          </ul>
        </>
      ) : null}
    </div>
  );
}

export default memo(Sensitivity);
