/**
 * The calculator form's texts ⇄ a scenario, through the same schema as links and the API.
 */
import { FIELD_NAMES, FIELDS, type ScenarioField } from "../scenario/fields";
import { FieldSchemas, type Scenario } from "../scenario/schema";
import { fieldText, validateRaw, type RawScenario } from "../scenario/query";

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

const OPTIONAL_EMPTY: ReadonlySet<ScenarioField> = new Set(["electricityPrice", "hostingPricePerKwh", "startHeight"]);

/** Checks the form: each field alone, then the whole scenario (requirements across fields). */
export function checkForm(texts: FormTexts, preset: string | undefined): FormCheck {
  const errors: Partial<Record<ScenarioField, string>> = {};
  const raw: RawScenario = {};
  if (preset !== undefined) raw.preset = preset;
  for (const f of FORM_FIELDS) {
    const text = texts[f].trim();
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
