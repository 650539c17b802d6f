"use client";

import { memo, useEffect, useRef, useState } from "react";
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import {
  addDays,
  futuresInput,
  FUTURES_LIMITS,
  HEAT_COLOURS,
  NEVER_COLOUR,
  SENSITIVITY_TABS,
  tabForKey,
  type FuturesSettings,
  type FuturesView,
  type HeatMapView,
  type Scenario,
  type SensitivityGrids,
  type SensitivityTab,
  type TornadoView,
} from "@/lib/index";
import type { SensitivityRequest } from "./sensitivity.worker";
import { useI18n } from "./i18n";

type Tab = SensitivityTab;

interface Props {
  scenario: Scenario;
  settings: FuturesSettings;
  onSettings: (s: FuturesSettings) => void;
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

function Sensitivity({ scenario, settings, onSettings, restored, tab, onTab: setTab }: Props) {
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

  // recompute the open view a moment after the scenario settles
  useEffect(() => {
    const w = worker.current;
    if (!w) return;
    const timer = window.setTimeout(() => {
      const id = ++nextId.current;
      latest.current = id;
      setBusy(true);
      setFailure(null);
      setProgress(null);
      const request: SensitivityRequest = { id, task: tab, scenario, settings: tab === "futures" ? settings : undefined, locale };
      w.postMessage(request);
    }, 250);
    return () => window.clearTimeout(timer);
  }, [scenario, settings, tab, locale]);

  // the tabs are one stop of the Tab key; arrows, Home and End move between them (the WAI-ARIA tabs pattern)
  const onTabKey = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const next = tabForKey(tab, e.key);
    if (next === null) return;
    e.preventDefault();
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <section className="panel sensitivity" aria-labelledby="sens-title" data-testid="sensitivity">
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
        {busy ? (
          <>
            <span className="spinner" aria-hidden="true" />
            {progress ? m.runningFutures(progress.done, progress.total) : m.computing}
            {progress ? <progress max={progress.total} value={progress.done} /> : null}
          </>
        ) : failure ? (
          m.sensFailed(failure)
        ) : null}
      </div>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} tabIndex={0} className={busy ? "stale" : ""}>
        {tab === "grids" ? (
          grids ? (
            <div className="heatmaps">
              <HeatTable map={grids.growth} testId="heat-growth" />
              <HeatTable map={grids.prices} testId="heat-prices" />
              <Scale />
            </div>
          ) : null
        ) : null}
        {tab === "tornado" && torn ? <Tornado view={torn} /> : null}
        {tab === "futures" ? (
          <Futures view={futures} scenario={scenario} settings={settings} onSettings={onSettings} restored={restored} />
        ) : null}
      </div>
    </section>
  );
}

function HeatTable({ map, testId }: { map: HeatMapView; testId: string }) {
  const { m } = useI18n();
  return (
    <figure className="heat" data-testid={testId}>
      <figcaption>
        {map.title}
        {m.heatCaptionTail}
      </figcaption>
      <div className="table-scroll">
        <table className="heat-table">
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
                    title={c.title}
                    aria-label={c.title}
                    tabIndex={c.own ? 0 : -1}
                    className={`${c.dark ? "dark" : ""}${c.own ? " own" : ""}`}
                    style={{ background: c.colour }}
                  >
                    {c.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function Scale() {
  const { m } = useI18n();
  return (
    <p className="scale">
      <span className="swatch-row" aria-hidden="true">
        {HEAT_COLOURS.map((c) => (
          <span key={c} style={{ background: c }} />
        ))}
        <span style={{ background: NEVER_COLOUR }} />
      </span>
      {m.scale}
    </p>
  );
}

function Tornado({ view }: { view: TornadoView }) {
  const { m } = useI18n();
  return (
    <figure className="tornado" data-testid="tornado">
      <figcaption>{m.tornadoCaption(view.side, view.baseText)}</figcaption>
      <ol className="bars">
        {view.bars.map((b) => (
          <li key={b.label}>
            <span className="bar-label">
              {b.label}
              <small>{b.range}</small>
            </span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar left" style={{ width: `${b.leftHalfPct}%` }} />
              <span className="bar right" style={{ width: `${b.rightHalfPct}%` }} />
            </span>
            <span className="bar-values">
              {b.lowText} … {b.highText}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

function Futures({
  view,
  scenario,
  settings,
  onSettings,
  restored,
}: {
  view: FuturesView | null;
  scenario: Scenario;
  settings: FuturesSettings;
  onSettings: (s: FuturesSettings) => void;
  restored: number;
}) {
  const { m, f } = useI18n();
  const cur = scenario.currency;
  const lim = FUTURES_LIMITS;
  const setNumber = (key: "volatilityPct" | "seed" | "count", text: string) => {
    const v = futuresInput(key, text);
    if (v !== null) onSettings({ ...settings, [key]: v });
  };
  return (
    <div className="futures" data-testid="futures">
      <div className="grid3" key={restored}>
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
      <p className="help-text">{m.futuresHelp}</p>
      {view ? (
        <>
          <p className="futures-summary" data-testid="futures-summary">
            {view.summary}
          </p>
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
              tickFormatter={(d: number) => f.month(addDays(scenario.startDate, d - 1))}
              tick={{ fontSize: 12 }}
              minTickGap={28}
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
        </>
      ) : null}
    </div>
  );
}

export default memo(Sensitivity);
