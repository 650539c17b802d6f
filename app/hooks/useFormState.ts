"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import {
  checkForm,
  currencyTexts,
  modeTexts,
  presetScenario,
  presetTexts,
  scenarioTexts,
  type FormField,
  type FormTexts,
  defaultCnyPerUsd,
  convertMoneyTexts,
} from "@/lib/form";
import {
  type Currency,
  type Mode,
  type Scenario,
  type KeyIssue,
  type Locale,
  type NetworkFigures,
  findPreset,
  dailyTablesLoaded,
  FIELD_BY_KEY,
} from "@/lib/index";
import { chooseRigTexts, CROSSOVER_SHIFT_NOTE, isEraWarning, moveToTodayTexts, presetFits, rigHold, rigModelName } from "@/lib/form";
import { messagesFor } from "@/lib/index";
import { afterDailyTables, useDailyTables } from "./useDailyTables";

/** What the link said about itself when it opened: refused keys and warnings. */
export interface LinkNotice {
  issues: KeyIssue[];
  warnings: string[];
}

/** A scenario opened from a link (the page's first load, or back and forward). */
export interface OpenedScenario extends LinkNotice {
  scenario: Scenario;
}

function noticeOf(opened: LinkNotice): LinkNotice | null {
  // a rig out of its era is said above the results, with the choice it needs; what the crossover
  // means with a price for each month is said in the comparison's own sentence
  const warnings = opened.warnings.filter((w) => !isEraWarning(w) && w !== CROSSOVER_SHIFT_NOTE);
  return opened.issues.length > 0 || warnings.length > 0 ? { issues: opened.issues, warnings } : null;
}

/**
 * The form's state: the texts as typed, the chosen preset, the exchange rate for switching
 * currency, the link's notice, and the scenario the results show (the last valid one while a
 * field is refused). Bigger steps (a preset, a mode, history on or off) are marked so that the
 * address bar gives them their own history entry.
 */
export function useFormState(opened: OpenedScenario, locale: Locale, network?: NetworkFigures, askPrice = false) {
  const initial = opened.scenario;
  // a link whose price is another rig's opens with the price to type (lib/present/rig-choice.ts)
  const [texts, setTexts] = useState<FormTexts>(() => ({ ...scenarioTexts(initial), ...(askPrice ? { rigPrice: "" } : {}) }));
  // the start date a rig of later years moved the scenario from (said beside the picker)
  const [movedFrom, setMovedFrom] = useState<string | null>(null);
  const [preset, setPreset] = useState<string | undefined>(initial.preset);
  const [fx, setFx] = useState<string>(() => defaultCnyPerUsd(initial.startDate).rate);
  // the date whose rate filled the rate field: its source is said in the reader's language
  const [fxDate, setFxDate] = useState<string>(initial.startDate);
  const fxSource = useMemo(() => defaultCnyPerUsd(fxDate, locale).source, [fxDate, locale]);
  const [notice, setNotice] = useState<LinkNotice | null>(() => noticeOf(opened));
  const bigStep = useRef(false);
  const [lastGood, setLastGood] = useState<{ scenario: Scenario; projection: Scenario | null }>({ scenario: initial, projection: null });

  // a replay reads the daily history tables: until they have loaded, the form's check and the
  // results stay on the last scenario they could read (a link that replays gets them with the page)
  const replays = texts.useHistory === "1";
  // a replay preset chosen before the tables are in: its chip waits for them, then it opens
  const [loadingPreset, setLoadingPreset] = useState<string | null>(null);
  const daily = useDailyTables(replays || loadingPreset !== null);
  const readable = !replays || daily.ready;
  const fresh = useMemo(() => (readable ? checkForm(texts, preset, locale) : null), [readable, texts, preset, locale]);
  const [lastCheck, setLastCheck] = useState(fresh);
  if (fresh !== null && fresh !== lastCheck) setLastCheck(fresh);
  const check = fresh ?? lastCheck ?? checkForm({ ...texts, useHistory: "0" }, preset, locale);
  // while a field is refused, the results stay on the last valid scenario
  if (check.scenario && check.scenario !== lastGood.scenario) setLastGood({ scenario: check.scenario, projection: check.projection });
  const current = useMemo(
    () => (check.scenario ? { scenario: check.scenario, projection: check.projection } : lastGood),
    [check, lastGood],
  );

  /** Whether the last change was a bigger step; reading it clears it. */
  const takeBigStep = useCallback(() => {
    const step = bigStep.current;
    bigStep.current = false;
    return step;
  }, []);

  const setField = useCallback((field: FormField, value: string) => {
    setTexts((t) => (t[field] === value ? t : { ...t, [field]: value }));
  }, []);

  /** Several fields at once, as one step back and forward can undo (the growth choices). */
  const setFields = useCallback((values: Partial<Record<FormField, string>>) => {
    bigStep.current = true;
    setTexts((t) => ({ ...t, ...values }));
  }, []);

  /**
   * A move to another start date (today's network for a rig of later years): the exchange rate follows
   * to the new date's, as the amounts moved were converted at it, unless the reader typed a rate of their own.
   */
  const rateFollows = useCallback(
    (to: string) => {
      if (fx.trim() !== defaultCnyPerUsd(fxDate).rate) return;
      setFx(defaultCnyPerUsd(to).rate);
      setFxDate(to);
    },
    [fx, fxDate],
  );

  /** A rig of the catalogue ("" = custom): its own figures only, and today's network when it came out after the start date. */
  const chooseRig = useCallback(
    (id: string) => {
      bigStep.current = true;
      const choice = chooseRigTexts(texts, id, network);
      setTexts(choice.texts);
      setMovedFrom(choice.movedFrom);
      if (choice.movedFrom !== null) rateFollows(choice.texts.startDate);
    },
    [texts, network, rateFollows],
  );

  /** The scenario on today's network (the one-tap answer to a rig out of its era). */
  const moveToToday = useCallback(() => {
    bigStep.current = true;
    setMovedFrom(texts.startDate.trim());
    const moved = moveToTodayTexts(texts, network);
    setTexts(moved);
    rateFollows(moved.startDate);
  }, [texts, network, rateFollows]);

  const choosePresetNow = useCallback(
    (id: string) => {
      const s = presetScenario(id, network);
      if (!s) return;
      bigStep.current = true;
      setMovedFrom(null);
      setTexts((t) => presetTexts(t, s));
      setPreset(id);
      setFx(defaultCnyPerUsd(s.startDate).rate);
      setFxDate(s.startDate);
      setNotice(null);
    },
    [network],
  );
  // a replay preset reads the daily history tables: they load first, its chip busy (the last choice wins)
  const cancelWait = useRef<() => void>(() => undefined);
  const choosePreset = useCallback(
    (id: string) => {
      cancelWait.current();
      const replay = findPreset(id)?.values.useHistory === "1";
      setLoadingPreset(replay && !dailyTablesLoaded() ? id : null);
      cancelWait.current = afterDailyTables(replay, () => {
        setLoadingPreset(null);
        choosePresetNow(id);
      });
    },
    [choosePresetNow],
  );

  const setMode = useCallback(
    (mode: Mode) => {
      bigStep.current = true;
      setTexts((t) => modeTexts(t, mode, preset));
    },
    [preset],
  );

  const switchCurrency = useCallback((to: Currency) => setTexts((t) => currencyTexts(t, to, fx)), [fx]);

  const toggleHistory = useCallback((on: boolean) => {
    bigStep.current = true;
    setTexts((t) => ({ ...t, useHistory: on ? "1" : "0" }));
  }, []);

  /** Shows a scenario opened from the address bar (back and forward). */
  const restore = useCallback((next: OpenedScenario) => {
    setMovedFrom(null);
    setTexts(scenarioTexts(next.scenario));
    setPreset(next.scenario.preset);
    setNotice(noticeOf(next));
  }, []);

  /** Shows a saved scenario, as its own step back and forward can undo. */
  const open = useCallback((next: OpenedScenario) => {
    bigStep.current = true;
    setMovedFrom(null);
    setTexts(scenarioTexts(next.scenario));
    setPreset(next.scenario.preset);
    setNotice(noticeOf(next));
  }, []);

  const dismissNotice = useCallback(() => setNotice(null), []);

  /**
   * The link's preset amounts it took unconverted into the link's currency (lib/open/query.ts
   * readUnconverted), converted at the start date's rate, as switching the currency converts them.
   */
  const convertUnconverted = useCallback(
    (keys: readonly string[], from: Currency) => {
      bigStep.current = true;
      setTexts((t) => {
        const fields = keys.map((k) => FIELD_BY_KEY.get(k)).filter((f): f is FormField => f !== undefined && f in t);
        const to: Currency = t.currency === "CNY" ? "CNY" : "USD";
        const picked = Object.fromEntries(fields.map((f) => [f, t[f]]));
        return { ...t, ...convertMoneyTexts(picked, from, to, fx) };
      });
      setNotice(null);
    },
    [fx],
  );
  const hold = rigHold(texts);
  // the price of a rig the catalogue does not price: asked for in words, not as a required field's range
  const unpriced = hold?.kind === "price" ? hold.rig.name : null;
  const errors = useMemo(
    () => (unpriced ? { ...check.errors, rigPrice: messagesFor(locale).rigs.priceToType(rigModelName(unpriced, locale)) } : check.errors),
    [unpriced, check.errors, locale],
  );

  return {
    texts,
    preset,
    /** The preset while the texts still hold its rig: its chip and story show. */
    shownPreset: presetFits(preset, texts) ? preset : undefined,
    /** What the page waits for before answering (a rig out of its era, a price to type), or null. */
    hold,
    movedFrom,
    chooseRig,
    moveToToday,
    fx,
    setFx,
    fxSource,
    notice,
    dismissNotice,
    convertUnconverted,
    check,
    current,
    errors,
    readAs: check.readAs,
    errorCount: Object.keys(errors).length,
    history: texts.useHistory === "1",
    daily,
    readable,
    takeBigStep,
    setField,
    setFields,
    choosePreset,
    /** The replay preset waiting for the daily tables, if any. */
    loadingPreset,
    setMode,
    switchCurrency,
    toggleHistory,
    restore,
    open,
  };
}
