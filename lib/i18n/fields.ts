/**
 * The scenario fields and presets in each language. English is the field table itself
 * (lib/scenario/fields.ts, data/presets.ts); the other languages' words are in their own module
 * (lib/i18n/zh/fields.ts), registered when it is loaded (lib/i18n/registry.ts).
 */
import { FIELDS, type ScenarioField } from "../scenario/fields";
import type { Preset } from "../open/presets";
import type { Locale } from "./locale";
import { localeTables, type FieldText } from "./registry";

function fieldText(field: ScenarioField, locale: Locale): FieldText {
  return locale === "en" ? FIELDS[field] : localeTables(locale).fields[field];
}

export function fieldLabel(field: ScenarioField, locale: Locale): string {
  return fieldText(field, locale).label;
}

/** The unit with the currency named: "CNY per rig" / "元/台". */
export function fieldUnit(field: ScenarioField, currency: string, locale: Locale): string {
  const name = locale === "en" ? currency : (localeTables(locale).currencyNames[currency] ?? currency);
  return fieldText(field, locale).unit.replace("{cur}", name);
}

export function fieldAllowed(field: ScenarioField, locale: Locale): string {
  return fieldText(field, locale).allowed;
}

export function fieldHelp(field: ScenarioField, locale: Locale): string {
  return fieldText(field, locale).help;
}

export function presetName(p: Preset, locale: Locale): string {
  return locale === "en" ? p.name : (localeTables(locale).presets[p.id]?.name ?? p.name);
}

export function presetStory(p: Preset, locale: Locale): string {
  return locale === "en" ? p.story : (localeTables(locale).presets[p.id]?.story ?? p.story);
}
