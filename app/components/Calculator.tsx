"use client";

import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import {
  checkForm,
  historyLine,
  scenarioLine,
  compareView,
  convertMoneyTexts,
  defaultCnyPerUsd,
  DEFAULT_PRESET_ID,
  findPreset,
  parseQueryLenient,
  parseRate,
  PRESETS,
  scenarioTexts,
  sharePath,
  serializeScenario,
  scheduleCsv,
  sideView,
  simulate,
  validateRaw,
  FUTURES_KEYS,
  SENSITIVITY_KEY,
  readSensitivityTab,
  presetName,
  presetStory,
  localizeMessage,
  HTML_LANG,
  LOCALE_COOKIE,
  LOCALE_NAME,
  LOCALE_SHORT,
  LOCALES,
  type Locale,
  type SensitivityTab,
  type FuturesSettings,
  type Currency,
  type FormField,
  type FormTexts,
  type KeyIssue,
  type Mode,
  type Scenario,
} from "@/lib/index";
import dynamic from "next/dynamic";
import ScenarioForm from "./ScenarioForm";
import Results from "./Results";
import { I18nContext, i18nFor, useI18n } from "./i18n";

function SensitivityLoading() {
  const { m } = useI18n();
  return (
    <section className="panel" role="status">
      <span className="spinner" aria-hidden="true" /> {m.loadingSensitivity}
    </section>
  );
}

const Sensitivity = dynamic(() => import("./Sensitivity"), { ssr: false, loading: () => <SensitivityLoading /> });

interface Props {
  initial: Scenario;
  initialFutures: FuturesSettings;
  initialTab: SensitivityTab;
  defaultFutures: FuturesSettings;
  linkIssues: KeyIssue[];
  linkWarnings: string[];
  /** The reader's language: their saved choice, else their browser's (never part of the link). */
  initialLocale: Locale;
}

/** How long typing must pause before the address bar is updated. */
const URL_DELAY_MS = 250;

function presetScenario(id: string): Scenario | null {
  const preset = findPreset(id);
  if (!preset) return null;
  const checked = validateRaw({ ...preset.values, preset: id });
  return checked.ok ? checked.scenario : null;
}

/** The share path, with the range-of-futures settings that differ from their defaults. */
function pagePath(scenario: Scenario, futures: FuturesSettings, defaults: FuturesSettings, tab: SensitivityTab): string {
  const extra = new URLSearchParams();
  if (tab !== "grids") extra.set(SENSITIVITY_KEY, tab);
  for (const [field, key] of Object.entries(FUTURES_KEYS) as [keyof typeof FUTURES_KEYS, string][]) {
    if (futures[field] !== defaults[field]) extra.set(key, String(futures[field]));
  }
  const tail = extra.toString();
  return tail ? `${sharePath(scenario)}&${tail}` : sharePath(scenario);
}

export default function Calculator({
  initial,
  initialFutures,
  initialTab,
  defaultFutures,
  linkIssues,
  linkWarnings,
  initialLocale,
}: Props) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const i18n = useMemo(() => i18nFor(locale), [locale]);
  const { m } = i18n;
  const [tab, setTab] = useState<SensitivityTab>(initialTab);
  const [futures, setFutures] = useState<FuturesSettings>(initialFutures);
  const [texts, setTexts] = useState<FormTexts>(() => scenarioTexts(initial));
  const [preset, setPreset] = useState<string | undefined>(initial.preset);
  const [fx, setFx] = useState<string>(() => defaultCnyPerUsd(initial.startDate).rate);
  // the date whose rate filled the rate field: its source is said in the reader's language
  const [fxDate, setFxDate] = useState<string>(initial.startDate);
  const fxSource = useMemo(() => defaultCnyPerUsd(fxDate, locale).source, [fxDate, locale]);
  const [notice, setNotice] = useState<{ issues: KeyIssue[]; warnings: string[] } | null>(
    linkIssues.length > 0 || linkWarnings.length > 0 ? { issues: linkIssues, warnings: linkWarnings } : null,
  );
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const pushNext = useRef(false);
  const presetBar = useRef<HTMLElement>(null);
  const [lastGood, setLastGood] = useState<{ scenario: Scenario; projection: Scenario | null }>({ scenario: initial, projection: null });

  const check = useMemo(() => checkForm(texts, preset), [texts, preset]);
  // while a field is refused, the results stay on the last valid scenario
  if (check.scenario && check.scenario !== lastGood.scenario) setLastGood({ scenario: check.scenario, projection: check.projection });
  const current = useMemo(
    () => (check.scenario ? { scenario: check.scenario, projection: check.projection } : lastGood),
    [check, lastGood],
  );
  const deferred = useDeferredValue(current);
  const stale = deferred !== current;

  // the headline comes first and at once: a summary run without the schedule takes about a millisecond
  const quick = useMemo(() => simulate(current.scenario), [current]);
  const headlineViews = useMemo(() => {
    const sides = (["self", "hosted"] as const).flatMap((name) => {
      const x = quick[name];
      return x ? [sideView(name, x, quick.scenario, quick.finalBtcPrice, locale)] : [];
    });
    return { sides, compare: compareView(quick, locale) };
  }, [quick, locale]);
  // the charts and the flat calculator follow at a lower priority (Results computes them in their
  // own components, so a keystroke can interrupt between them)

  // The address bar always holds the scenario: pushed on bigger steps (presets, modes), replaced
  // while typing once the keys pause. Each history call also updates the router's own state, about
  // 10 ms of work that a keystroke should not wait behind.
  const scenario = current.scenario;
  const pendingPath = useRef<string | null>(null);
  const urlTimer = useRef<number | undefined>(undefined);
  const flushUrl = useCallback(() => {
    window.clearTimeout(urlTimer.current);
    const path = pendingPath.current;
    pendingPath.current = null;
    if (path !== null && `${window.location.pathname}${window.location.search}` !== path) window.history.replaceState(null, "", path);
  }, []);
  useEffect(() => {
    const path = pagePath(scenario, futures, defaultFutures, tab);
    const here = `${window.location.pathname}${window.location.search}`;
    if (pushNext.current) {
      pushNext.current = false;
      flushUrl();
      if (`${window.location.pathname}${window.location.search}` !== path) window.history.pushState(null, "", path);
      return;
    }
    window.clearTimeout(urlTimer.current);
    if (here === path) {
      pendingPath.current = null;
      return;
    }
    pendingPath.current = path;
    urlTimer.current = window.setTimeout(flushUrl, URL_DELAY_MS);
  }, [scenario, futures, defaultFutures, tab, flushUrl]);
  useEffect(() => {
    window.addEventListener("pagehide", flushUrl);
    return () => {
      window.removeEventListener("pagehide", flushUrl);
      flushUrl();
    };
  }, [flushUrl]);

  // on a phone the presets are one sideways-scrolling row: keep the chosen one in sight
  useEffect(() => {
    const bar = presetBar.current;
    const chip = bar?.querySelector<HTMLElement>('[aria-pressed="true"]');
    if (!bar || !chip || bar.scrollWidth <= bar.clientWidth) return;
    const box = bar.getBoundingClientRect();
    const at = chip.getBoundingClientRect();
    if (at.left < box.left || at.right > box.right - 28) bar.scrollBy({ left: at.left - box.left - 14 });
  }, [preset]);

  useEffect(() => {
    const onPop = () => {
      // a replacement still waiting belongs to the entry just left: drop it
      window.clearTimeout(urlTimer.current);
      pendingPath.current = null;
      const opened = parseQueryLenient(window.location.search, DEFAULT_PRESET_ID);
      setTab(readSensitivityTab(new URLSearchParams(window.location.search)));
      setTexts(scenarioTexts(opened.scenario));
      setPreset(opened.scenario.preset);
      setNotice(opened.issues.length || opened.warnings.length ? { issues: opened.issues, warnings: opened.warnings } : null);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const setField = useCallback((field: FormField, value: string) => {
    setTexts((t) => (t[field] === value ? t : { ...t, [field]: value }));
  }, []);

  const choosePreset = useCallback((id: string) => {
    const s = presetScenario(id);
    if (!s) return;
    pushNext.current = true;
    setTexts((t) => ({ ...scenarioTexts(s), mode: t.mode, horizonDays: s.useHistory ? t.horizonDays : s.horizonDays.toString() }));
    setPreset(id);
    setFx(defaultCnyPerUsd(s.startDate).rate);
    setFxDate(s.startDate);
    setNotice(null);
  }, []);

  const setMode = useCallback(
    (mode: Mode) => {
      pushNext.current = true;
      setTexts((t) => {
        const next = { ...t, mode };
        // a mode that needs a price the scenario lacks gets the preset's (or the default's)
        const fallback = presetScenario(preset ?? DEFAULT_PRESET_ID);
        if (mode !== "hosted" && next.electricityPrice.trim() === "" && fallback?.electricityPrice)
          next.electricityPrice = fallback.electricityPrice;
        if (mode !== "self" && next.hostingPricePerKwh.trim() === "" && fallback?.hostingPricePerKwh)
          next.hostingPricePerKwh = fallback.hostingPricePerKwh;
        return next;
      });
    },
    [preset],
  );

  const switchCurrency = useCallback(
    (to: Currency) => {
      setTexts((t) => {
        const from = t.currency === "CNY" ? "CNY" : "USD";
        // a refused rate converts nothing, so the currency stays too (the rate field says why)
        if (from === to || parseRate(fx) === null) return t;
        return { ...t, ...convertMoneyTexts(t, from, to, fx), currency: to } as FormTexts;
      });
    },
    [fx],
  );

  const toggleHistory = useCallback((on: boolean) => {
    pushNext.current = true;
    setTexts((t) => ({ ...t, useHistory: on ? "1" : "0" }));
  }, []);

  const downloadCsv = useCallback(() => {
    const sim = simulate(scenario, { schedule: true });
    const blob = new Blob([scheduleCsv(sim)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `rig-payback-${sim.scenario.preset ?? "scenario"}-${sim.scenario.startDate}.csv`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, [scenario]);

  const copyLink = useCallback(async () => {
    flushUrl();
    const url = window.location.href;
    try {
      if (navigator.clipboard && window.isSecureContext) await navigator.clipboard.writeText(url);
      else {
        const area = document.createElement("textarea");
        area.value = url;
        area.setAttribute("readonly", "");
        area.style.position = "fixed";
        area.style.opacity = "0";
        document.body.appendChild(area);
        area.select();
        const ok = document.execCommand("copy");
        document.body.removeChild(area);
        if (!ok) throw new Error("copy refused");
      }
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
    window.setTimeout(() => setCopied("idle"), 2500);
  }, [flushUrl]);

  const switchLocale = useCallback((next: Locale) => {
    setLocale(next);
    // remembered for the next visit; the link stays the same, so a partner reads it in their language
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    document.documentElement.lang = HTML_LANG[next];
  }, []);

  const activePreset = preset ? findPreset(preset) : undefined;
  const line = useMemo(() => scenarioLine(quick.scenario, locale), [quick, locale]);
  const historyNote = useMemo(
    () => (quick.history ? historyLine(quick.history, quick.scenario, check.notes, locale) : null),
    [quick, check.notes, locale],
  );
  const checkErrors = check.errors;
  const errors = useMemo(() => {
    if (locale === "en") return checkErrors;
    const out: typeof checkErrors = {};
    for (const [field, message] of Object.entries(checkErrors) as [keyof typeof checkErrors, string][])
      out[field] = localizeMessage(message, locale);
    return out;
  }, [checkErrors, locale]);
  const errorCount = Object.keys(check.errors).length;

  return (
    <I18nContext value={i18n}>
      <div className="page">
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
              {copied === "copied" ? m.copiedStatus : ""}
            </span>
          </div>
        </header>

        <section className="story" aria-labelledby="story-title">
          <h1 id="story-title">{m.storyTitle}</h1>
          <p className="story-text">{m.storyText}</p>
          <p className="story-facts">{m.storyFacts}</p>
          <nav className="presets" aria-label={m.presets} ref={presetBar}>
            {(["s9-2018", "story", "modern"] as const).map((group) => (
              <PresetGroup
                key={group}
                title={m.presetGroups[group]}
                ids={PRESETS.filter((p) => p.group === group).map((p) => p.id)}
                active={preset}
                onChoose={choosePreset}
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
                  {notice.warnings.map((w) => (
                    <li key={w}>{localizeMessage(w, locale)}</li>
                  ))}
                </ul>
              ) : null}
            </div>
            <button type="button" className="button ghost" onClick={() => setNotice(null)} aria-label={m.dismissLink}>
              ✕
            </button>
          </div>
        ) : null}

        <main className="layout">
          <ScenarioForm
            texts={texts}
            errors={errors}
            fx={fx}
            fxSource={fxSource}
            onFx={setFx}
            onField={setField}
            onMode={setMode}
            onCurrency={switchCurrency}
            onHistory={toggleHistory}
            history={texts.useHistory === "1"}
          />
          <Results
            line={line}
            sides={headlineViews.sides}
            compare={headlineViews.compare}
            deferred={deferred}
            historyNote={historyNote}
            stale={stale}
            errorCount={errorCount}
            historyOn={texts.useHistory === "1"}
            onHistory={toggleHistory}
            onDownload={downloadCsv}
          />
        </main>

        <Sensitivity scenario={deferred.scenario} settings={futures} onSettings={setFutures} tab={tab} onTab={setTab} />

        <footer className="footer">
          <p>
            {m.footer}{" "}
            <a href={`/api/payback?${serializeScenario(scenario)}`}>
              <code>/api/payback?{serializeScenario(scenario)}</code>
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
  onChoose,
}: {
  title: string;
  ids: string[];
  active: string | undefined;
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
              onClick={() => onChoose(id)}
              data-preset={id}
            >
              {presetName(p, locale)}
            </button>
          );
        })}
      </div>
    </div>
  );
}
