/**
 * The calculator form's texts ⇄ a scenario, through the same schema as links and the API.
 */
import { FIELD_NAMES, FIELDS, type ScenarioField } from "../scenario/fields";
import { FieldSchemas, type Scenario } from "../scenario/schema";
import { fieldText, validateRaw, type RawScenario } from "../scenario/query";
import { DEFAULT_PRESET_ID, findPreset } from "../../data/presets";
import { convertMoneyTexts, parseRate } from "./convert";
import type { Currency, Mode } from "../scenario/schema";
import { localizeMessage } from "../i18n/notices";
import type { Locale } from "../i18n/locale";

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
  /** Per field: why its text is refused, naming what is allowed. */
  errors: Partial<Record<ScenarioField, string>>;
  notes: string[];
}

/** Fields that may be left empty: those with no default (kwh, hkwh, h, and the power fields that are off unless given). */
const OPTIONAL_EMPTY: ReadonlySet<ScenarioField> = new Set(
  FORM_FIELDS.filter((f) => {
    const absent = FieldSchemas[f].safeParse(undefined);
    return absent.success && absent.data === undefined;
  }),
);

/** Checks the form: each field alone, then the whole scenario (requirements across fields). */
export function checkForm(texts: FormTexts, preset: string | undefined): FormCheck {
  const errors: Partial<Record<ScenarioField, string>> = {};
  const raw: RawScenario = {};
  if (preset !== undefined) raw.preset = preset;
  for (const f of FORM_FIELDS) {
    const text = texts[f].trim();
    // an outage list emptied by the reader says so (out=), or the preset's own outages would come back in the link
    if (f === "outages" && text === "" && preset !== undefined && findPreset(preset)?.values.outages !== undefined) {
      raw[f] = "";
      continue;
    }
    if (text === "" && OPTIONAL_EMPTY.has(f)) continue;
    const check = FieldSchemas[f].safeParse(text);
    if (check.success) raw[f] = text;
    else errors[f] = check.error.issues[0]?.message ?? `${FIELDS[f].key}: ${FIELDS[f].allowed}`;
  }
  if (Object.keys(errors).length > 0) return { scenario: null, projection: null, errors, notes: [] };
  const checked = validateRaw(raw);
  if (!checked.ok) {
    for (const issue of checked.issues) {
      const field = FIELD_NAMES.find((f) => FIELDS[f].key === issue.key);
      if (field) errors[field] = issue.message;
    }
    return { scenario: null, projection: null, errors, notes: [] };
  }
  let projection: Scenario | null = null;
  if (checked.scenario.useHistory) {
    const plain = validateRaw({ ...raw, useHistory: "0" });
    projection = plain.ok ? plain.scenario : null;
  }
  return { scenario: checked.scenario, projection, errors, notes: checked.notes };
}

/** The form's refusals in the reader's language (the codec's messages are English). */
export function localizeErrors(errors: FormCheck["errors"], locale: Locale): FormCheck["errors"] {
  if (locale === "en") return errors;
  const out: FormCheck["errors"] = {};
  for (const [field, message] of Object.entries(errors) as [ScenarioField, string][]) out[field] = localizeMessage(message, locale);
  return out;
}

/** A preset's own scenario, or null for an unknown id. */
export function presetScenario(id: string): Scenario | null {
  const preset = findPreset(id);
  if (!preset) return null;
  const checked = validateRaw({ ...preset.values, preset: id });
  return checked.ok ? checked.scenario : null;
}

/**
 * The texts after choosing a preset: the preset's values, keeping the reader's mode, and their
 * horizon when the preset replays history without a horizon of its own (a replay preset that names
 * one, like the S9's to 30 June 2021, tells its story over that span).
 */
export function presetTexts(texts: FormTexts, preset: Scenario): FormTexts {
  const ownHorizon = preset.preset !== undefined && findPreset(preset.preset)?.values.horizonDays !== undefined;
  const keepReaders = preset.useHistory && !ownHorizon;
  return { ...scenarioTexts(preset), mode: texts.mode, horizonDays: keepReaders ? texts.horizonDays : preset.horizonDays.toString() };
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
