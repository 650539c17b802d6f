/**
 * The calculator form's texts ⇄ a scenario, through the same schema as links and the API.
 */
import { FIELD_NAMES, FIELDS, type ScenarioField } from "../scenario/fields";
import { type Scenario } from "../scenario/schema";
import { FieldSchemas } from "../open/schema";
import { fieldText, validateRaw, type RawScenario } from "../open/query";
import { DEFAULT_PRESET_ID, findPreset, presetValues } from "../open/presets";
import type { NetworkFigures } from "../network/figures";
import { convertMoneyTexts, parseRate } from "./convert";
import type { Currency, Mode } from "../scenario/schema";
import { localizeMessage } from "../i18n/notices";
import { findRig } from "../rigs/ids";
import { isRigsOwn } from "../rigs/catalogue";
import type { Locale } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";
import { fieldAllowed, fieldLabel } from "../i18n/fields";
import {
  entryRole,
  formatEntryValue,
  groupLongNumbers,
  normalizeEntryText,
  readNumberEntry,
  shortEntryValue,
  type EntryRefusal,
} from "./number-entry";

/** Every field the form edits (the preset is chosen with buttons). */
export type FormField = Exclude<ScenarioField, "preset">;
export const FORM_FIELDS = FIELD_NAMES.filter((f): f is FormField => f !== "preset");
export type FormTexts = Record<FormField, string>;

/** The form's texts for a scenario: every field as a link writes it, an absent optional one empty. */
export function scenarioTexts(s: Scenario): FormTexts {
  const out = {} as FormTexts;
  for (const f of FORM_FIELDS) out[f] = fieldText(s, f) ?? "";
  return out;
}

export interface FormCheck {
  /** The scenario when every field is accepted. */
  scenario: Scenario | null;
  /** With "What actually happened" on: the same scenario as a projection, to draw beside it. */
  projection: Scenario | null;
  /** Per field: why its text is refused, naming the field by its label and what is allowed, in the reader's language. */
  errors: Partial<Record<ScenarioField, string>>;
  /** Per field: "Read as 3,000" when the number read is not written as it was typed. */
  readAs: Partial<Record<FormField, string>>;
  notes: string[];
}

/** Fields that may be left empty: those with no default (kwh, hkwh, h, and the power fields that are off unless given). */
const OPTIONAL_EMPTY: ReadonlySet<ScenarioField> = new Set(
  FORM_FIELDS.filter((f) => {
    const absent = FieldSchemas[f].safeParse(undefined);
    return absent.success && absent.data === undefined;
  }),
);

/** Fields of several values (prices by the month, peak hours, outages): their refusal says what is wrong in the list. */
const IS_LIST_KIND: ReadonlySet<string> = new Set(["monthly", "hours", "outages"]);

const isNumberField = (f: ScenarioField) => FIELDS[f].kind === "decimal" || FIELDS[f].kind === "integer";

/** What is allowed in a field, as the form says it: long numbers grouped (1,000,000,000). */
function allowedText(field: ScenarioField, locale: Locale): string {
  return groupLongNumbers(fieldAllowed(field, locale));
}

/** A refusal of the number reader in words naming the field by its label. */
function entryRefusalText(field: ScenarioField, typed: string, refusal: EntryRefusal, currency: Currency, locale: Locale): string {
  const t = messagesFor(locale).entry;
  const label = fieldLabel(field, locale);
  switch (refusal.why) {
    case "ambiguous":
      return t.ambiguous(label, typed);
    case "currency":
      return t.currency(label, typed, t.currencyNames[refusal.typed] ?? refusal.typed, t.currencyNames[currency] ?? currency);
    case "currencySign":
      return t.currencySign(label, typed);
    case "percent":
      return t.percent(label, typed);
    case "multiplier":
      return t.multiplier(label, typed, refusal.suffix);
  }
}

/** A refusal of the scenario's checks across fields (the codec's English, naming keys) in the form's words. */
function crossFieldText(field: ScenarioField, message: string, texts: FormTexts, locale: Locale): string {
  const t = messagesFor(locale).entry;
  const label = fieldLabel(field, locale);
  const mode = message.match(/^\w+ is required in mode (self|hosted|compare)\b/);
  if (mode?.[1] === "self" || mode?.[1] === "hosted" || mode?.[1] === "compare") return t.requiredInMode(label, mode[1]);
  const span = message.match(
    /^date = .* (?:is outside the history tables|has no recorded difficulty and price).*?(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})\)?$/,
  );
  if (span?.[1] && span[2]) return t.historySpan(label, texts.startDate.trim(), span[1], span[2]);
  return localizeMessage(message, locale);
}

/**
 * One number field as the form reads it, alone: its canonical value, or why not in the form's words
 * (naming the field by its label and saying what is allowed), the same reading and the same words as
 * checkForm. Example: readNumberField("rigPrice", "¥25,000", "CNY") → "25000"; "abc" → "Rig price:
 * “abc” is not a number; it must be a number from 0 to 1,000,000,000."
 */
export function readNumberField(
  field: FormField,
  typed: string,
  currency: Currency,
  locale: Locale = "en",
): { ok: true; value: string } | { ok: false; message: string } {
  const t = messagesFor(locale).entry;
  const text = typed.trim();
  if (text === "") return { ok: false, message: t.required(fieldLabel(field, locale), allowedText(field, locale)) };
  const entry = readNumberEntry(text, entryRole(field), currency);
  if (entry.kind === "refused") return { ok: false, message: entryRefusalText(field, text, entry.refusal, currency, locale) };
  const value = entry.kind === "number" ? entry.value : text;
  const check = FieldSchemas[field].safeParse(value);
  if (check.success) return { ok: true, value };
  const words = entry.kind === "number" ? t.outOfRange : t.notNumber;
  return { ok: false, message: words(fieldLabel(field, locale), text, allowedText(field, locale)) };
}

/**
 * Checks the form: each field alone, then the whole scenario (requirements across fields). Numbers
 * are read forgivingly (./number-entry: 1,000.5 · 0,05 · 95% · $0.05 · 126T · ３０００); every refusal
 * names the field by its label, in the reader's language. Links, the CLI and the API keep the strict
 * reading and name keys (spec §1).
 */
export function checkForm(texts: FormTexts, preset: string | undefined, locale: Locale = "en"): FormCheck {
  const errors: Partial<Record<ScenarioField, string>> = {};
  const readAs: Partial<Record<FormField, string>> = {};
  const t = messagesFor(locale).entry;
  const currency: Currency = texts.currency === "CNY" ? "CNY" : "USD";
  const raw: RawScenario = {};
  if (preset !== undefined) raw.preset = preset;
  for (const f of FORM_FIELDS) {
    const typed = texts[f].trim();
    // an outage list emptied by the reader says so (out=), or the preset's own outages would come back in the link
    if (f === "outages" && typed === "" && preset !== undefined && findPreset(preset)?.values.outages !== undefined) {
      raw[f] = "";
      continue;
    }
    if (typed === "" && OPTIONAL_EMPTY.has(f)) continue;
    let value = isNumberField(f) ? typed : normalizeEntryText(typed);
    let read = false;
    if (isNumberField(f) && typed !== "") {
      const role = entryRole(f);
      const entry = readNumberEntry(typed, role, currency);
      if (entry.kind === "refused") {
        errors[f] = entryRefusalText(f, typed, entry.refusal, currency, locale);
        continue;
      }
      if (entry.kind === "number") {
        value = entry.value;
        read = true;
        // the figure read, in the field's own unit when a unit was typed (13.5T → 13.5 TH/s, 1.4kW → 1,400 W)
        const unit = role === "hashrate" ? " TH/s" : role === "power" ? " W" : "";
        const shown = `${formatEntryValue(entry.value)}${unit}`;
        // a figure too long to read digit by digit (1e400) in a short form, or its line would run for hundreds of characters
        const long = shortEntryValue(entry.value);
        if (!entry.plain && long) readAs[f] = t.readAsLong(`${long.short}${unit}`, groupLongNumbers(String(long.wholeDigits)));
        else if (!entry.plain && shown !== typed) readAs[f] = t.readAs(shown);
      }
    }
    const check = FieldSchemas[f].safeParse(value);
    // a date typed full-width reads as its ASCII form
    if (check.success && !isNumberField(f) && f === "startDate" && value !== typed) readAs[f] = t.readAs(value);
    if (check.success) raw[f] = value;
    else if (typed === "") errors[f] = t.required(fieldLabel(f, locale), allowedText(f, locale));
    else if (IS_LIST_KIND.has(FIELDS[f].kind)) errors[f] = localizeMessage(check.error.issues[0]?.message ?? FIELDS[f].allowed, locale);
    else if (read) errors[f] = t.outOfRange(fieldLabel(f, locale), typed, allowedText(f, locale));
    else if (isNumberField(f)) errors[f] = t.notNumber(fieldLabel(f, locale), typed, allowedText(f, locale));
    else errors[f] = t.outOfRange(fieldLabel(f, locale), typed, allowedText(f, locale));
  }
  if (Object.keys(errors).length > 0) return { scenario: null, projection: null, errors, readAs, notes: [] };
  // a catalogue rig whose hashrate or power was edited is a custom rig: the link names no rig
  const rig = typeof raw.rig === "string" ? findRig(raw.rig) : undefined;
  if (rig && !isRigsOwn(rig, String(raw.hashrateThs ?? ""), String(raw.powerWatts ?? ""))) delete raw.rig;
  const checked = validateRaw(raw);
  if (!checked.ok) {
    for (const issue of checked.issues) {
      const field = FIELD_NAMES.find((f) => FIELDS[f].key === issue.key);
      if (field) errors[field] = crossFieldText(field, issue.message, texts, locale);
    }
    return { scenario: null, projection: null, errors, readAs, notes: [] };
  }
  let projection: Scenario | null = null;
  if (checked.scenario.useHistory) {
    const plain = validateRaw({ ...raw, useHistory: "0" });
    projection = plain.ok ? plain.scenario : null;
  }
  return { scenario: checked.scenario, projection, errors, readAs, notes: checked.notes };
}

/** A preset's own scenario (a modern one on `network`, the stored snapshot by default), or null for an unknown id. */
export function presetScenario(id: string, network?: NetworkFigures): Scenario | null {
  const preset = findPreset(id);
  if (!preset) return null;
  const checked = validateRaw({ ...presetValues(preset, network), preset: id });
  return checked.ok ? checked.scenario : null;
}

/**
 * The texts after choosing a preset: the preset's values, keeping the reader's mode (unless the
 * preset has its own: "S9 · hosted" compares hosting with running it), and their
 * horizon when the preset replays history without a horizon of its own (a replay preset that names
 * one, like the S9's to 30 June 2021, tells its story over that span).
 */
export function presetTexts(texts: FormTexts, preset: Scenario): FormTexts {
  const values = preset.preset !== undefined ? findPreset(preset.preset)?.values : undefined;
  const ownHorizon = values?.horizonDays !== undefined;
  const keepReaders = preset.useHistory && !ownHorizon;
  // a preset that is about a way of running (the hosting offer) brings its mode; the others keep the reader's
  const mode = values?.mode ?? texts.mode;
  return { ...scenarioTexts(preset), mode, horizonDays: keepReaders ? texts.horizonDays : preset.horizonDays.toString() };
}

/** The texts in another mode: a price the mode needs and the texts lack comes from the preset (or the default's). */
export function modeTexts(texts: FormTexts, mode: Mode, preset: string | undefined): FormTexts {
  const next = { ...texts, mode };
  const fallback = presetScenario(preset ?? DEFAULT_PRESET_ID);
  if (mode !== "hosted" && next.electricityPrice.trim() === "" && fallback?.electricityPrice)
    next.electricityPrice = fallback.electricityPrice;
  if (mode !== "self" && next.hostingPricePerKwh.trim() === "" && fallback?.hostingPricePerKwh)
    next.hostingPricePerKwh = fallback.hostingPricePerKwh;
  return next;
}

/**
 * The texts in another currency, every amount converted at the rate `fx` (CNY per USD). The same
 * texts when nothing changes: the same currency, or a refused rate (the rate field says why).
 */
export function currencyTexts(texts: FormTexts, to: Currency, fx: string): FormTexts {
  const from = texts.currency === "CNY" ? "CNY" : "USD";
  if (from === to || parseRate(fx) === null) return texts;
  return { ...texts, ...convertMoneyTexts(texts, from, to, fx), currency: to };
}
