/**
 * The share-URL codec (spec §1, §4): a query string or a full share URL ⇄ a scenario.
 * `parseQuery(serializeScenario(s))` gives back `s` exactly (tested with fast-check).
 */
import { findPreset, presetValues, usesNetwork, type PresetValues } from "./presets";
import { NETWORK_SNAPSHOT } from "../../data/network";
import { NETWORK_FIELDS } from "../network/derived";
import type { NetworkFigures } from "../network/figures";
import { FIELD_BY_KEY, FIELD_NAMES, FIELDS, VERSION_KEY, type ScenarioField } from "../scenario/fields";
import { PAGE_KEYS, pageDefaults, serializePageState, type PageState } from "./page";
import { estimateStartHeight, type Scenario } from "../scenario/schema";
import { FieldSchemas, ScenarioSchema } from "./schema";
import { FLEET_URL_KEYS } from "../scenario/fleet";
import { QUOTES_KEY } from "./row-price";
import { applyHistory } from "../history/replay";
import { rigRaw } from "../rigs/catalogue";
import { eraWarning, rigOutOfEra } from "../rigs/era";
import { CROSSOVER_SHIFT_NOTE } from "../scenario/notes";

/** A refused key: the key as written in the URL and a message naming its value and what is allowed. */
export interface KeyIssue {
  key: string;
  message: string;
}

export type RawScenario = Partial<Record<ScenarioField, unknown>>;

export type ParseResult =
  { ok: true; scenario: Scenario; warnings: string[] } | { ok: false; issues: KeyIssue[]; warnings: string[]; accepted: RawScenario };

/** Longest query accepted, in characters. A share link is far shorter. */
export const MAX_QUERY_LENGTH = 4096;
/** The share format's version, `v=1`. */
export const FORMAT_VERSION = "1";

/** The query part of a query string or a full URL, without "?" and "#…". */
export function queryPart(input: string): string {
  let text = input.trim();
  const hash = text.indexOf("#");
  if (hash >= 0) text = text.slice(0, hash);
  const q = text.indexOf("?");
  if (q >= 0) return text.slice(q + 1);
  // a bare "key=value&…" text, or a URL without a query
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.startsWith("/") ? "" : text;
}

function fieldOfPath(path: readonly PropertyKey[]): ScenarioField | undefined {
  const first = path[0];
  return typeof first === "string" && first in FIELDS ? (first as ScenarioField) : undefined;
}

/** A replay (spec §7) may leave out `diff` and `btc`: the history replaces them, and this stands in until it does. */
const REPLACED = "1";
/** Keys a replay takes from the history of its start date (spec §6–§7). */
const REPLAY_KEYS = ["difficulty", "btcPrice", "startHeight"] as const satisfies readonly ScenarioField[];

function isReplay(raw: RawScenario): boolean {
  const flag = FieldSchemas.useHistory.safeParse(raw.useHistory);
  return flag.success && flag.data;
}

/** How far a scenario is checked: `recorded: false` leaves out a replay's recorded start (it reads the daily tables). */
export interface ValidateOptions {
  recorded?: boolean;
}

/**
 * Validates a raw scenario (a preset's values with the given keys over them), reporting every
 * refused field by its URL key. Used by the URL codec, the API and the CLI alike. A replay takes
 * its start from the daily history tables (lib/history/daily.ts); with `recorded: false` it is
 * checked without them, and its difficulty, price and height stay as given (or stand-ins).
 */
export function validateRaw(
  raw: RawScenario,
  options: ValidateOptions = {},
): { ok: true; scenario: Scenario; notes: string[] } | { ok: false; issues: KeyIssue[] } {
  const result = ScenarioSchema.safeParse(
    isReplay(raw) ? { ...raw, difficulty: raw.difficulty ?? REPLACED, btcPrice: raw.btcPrice ?? REPLACED } : raw,
  );
  if (result.success) {
    if (options.recorded === false) return { ok: true, scenario: result.data, notes: [] };
    const history = applyHistory(result.data);
    if (history.ok) return { ok: true, scenario: history.scenario, notes: history.notes };
    return { ok: false, issues: [{ key: FIELDS.startDate.key, message: history.message }] };
  }
  const issues: KeyIssue[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const field = fieldOfPath(issue.path);
    const key = field ? FIELDS[field].key : "scenario";
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ key, message: issue.message });
  }
  return { ok: false, issues };
}

/** Reads the keys of a query into raw field values, with per-key errors and warnings. */
export function readQuery(input: string): { given: RawScenario; issues: KeyIssue[]; warnings: string[] } {
  const issues: KeyIssue[] = [];
  const warnings: string[] = [];
  const given: RawScenario = {};
  const query = queryPart(input);
  if (query.length > MAX_QUERY_LENGTH) {
    issues.push({ key: "query", message: `the query is ${query.length} characters long; at most ${MAX_QUERY_LENGTH} are read` });
    return { given, issues, warnings };
  }
  const counts = new Map<string, number>();
  const values = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(query)) {
    if (key === "") continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (!values.has(key)) values.set(key, value);
  }
  for (const [key, value] of values) {
    if ((counts.get(key) ?? 0) > 1) {
      issues.push({ key, message: `${key} is given ${counts.get(key)} times: give each key once` });
      continue;
    }
    if (key === VERSION_KEY) {
      if (value !== FORMAT_VERSION) issues.push({ key, message: `v = ${JSON.stringify(value)} is not allowed: this format is v=1` });
      continue;
    }
    // the ranking's own keys (its site, budget and quoted prices): the calculator ignores them
    if (PAGE_KEYS.has(key) || FLEET_URL_KEYS.has(key) || key === QUOTES_KEY) continue;
    const field = FIELD_BY_KEY.get(key);
    if (field === undefined) {
      warnings.push(`unknown key ${JSON.stringify(key.slice(0, 40))} ignored`);
      continue;
    }
    const check = FieldSchemas[field].safeParse(value);
    if (check.success) given[field] = value;
    else issues.push({ key, message: check.error.issues[0]?.message ?? `${key} is not allowed` });
  }
  return { given, issues, warnings };
}

/** A preset's values; a modern preset's network figures are `network`'s (the stored snapshot unless refreshed). */
function presetRaw(id: unknown, network: NetworkFigures = NETWORK_SNAPSHOT): PresetValues {
  const preset = typeof id === "string" ? findPreset(id) : undefined;
  return preset ? presetValues(preset, network) : {};
}

/** The currency a scenario will have: the given one, else its preset's, else the default. */
function currencyOf(given: RawScenario, preset: RawScenario): unknown {
  return given.currency ?? preset.currency;
}

/** Where each value comes from, lowest first: the preset, then the rig (its own fields only), then the keys given. */
function layered(given: RawScenario, network: NetworkFigures): RawScenario {
  const preset = presetRaw(given.preset, network);
  return { ...preset, ...rigRaw(given.rig, currencyOf(given, preset)), ...given };
}

/**
 * Parses a share link or query string (spec §1): the preset first, every other key over it.
 * Unknown keys are warnings; a bad value or a repeated key is an error naming the key. A modern
 * preset's network figures that the link leaves out are `network`'s (the server's refresh).
 */
export function parseQuery(input: string, network: NetworkFigures = NETWORK_SNAPSHOT, options: ValidateOptions = {}): ParseResult {
  const { given, issues, warnings } = readQuery(input);
  const raw = layered(given, network);
  if (issues.length > 0) {
    // also name what else is wrong or missing, once per key
    const rest = validateRaw(raw, options);
    const more = rest.ok ? [] : rest.issues.filter((i) => !issues.some((j) => j.key === i.key));
    return { ok: false, issues: issues.concat(more), warnings, accepted: given };
  }
  const checked = validateRaw(raw, options);
  if (checked.ok) {
    const s = checked.scenario;
    // spec §7: a replay replaces these keys with the history of its start date, and says so
    const replaced = s.useHistory
      ? REPLAY_KEYS.filter((f) => given[f] !== undefined).map(
          (f) => `${FIELDS[f].key} = ${String(given[f])} is replaced with hist=1: the record of ${s.startDate} gives ${String(s[f])}`,
        )
      : [];
    return { ok: true, scenario: s, warnings: warnings.concat(replaced, unconverted(given, network), checked.notes, powerNotes(s)) };
  }
  return { ok: false, issues: checked.issues, warnings, accepted: given };
}

/** The warning unconverted() writes, read back: the currency the link set, the preset's own, the keys taken as they stand. */
export function readUnconverted(warning: string): { to: string; from: string; keys: string[] } | null {
  const m = warning.match(/^cur = (\w+) is not the preset \S+'s currency \((\w+)\): its (.+) are taken as \w+ as they stand, unconverted$/);
  return m?.[1] && m[2] && m[3] ? { to: m[1], from: m[2], keys: m[3].split(", ") } : null;
}

/**
 * A link that changes its preset's currency without its amounts: the preset fills every field it
 * knows and `cur` overrides the currency (spec §1), so the preset's amounts are read in the link's
 * currency as they stand. Said, naming the keys taken unconverted, so that neither the API's reader
 * nor the page's takes "S21 at ¥2,900" for a yuan price (the page offers to convert them).
 */
function unconverted(given: RawScenario, network: NetworkFigures): string[] {
  if (given.currency === undefined || given.preset === undefined) return [];
  const preset = presetRaw(given.preset, network);
  if (preset.currency === undefined || preset.currency === given.currency) return [];
  const keys = FIELD_NAMES.filter(
    (f) =>
      FIELDS[f].unit.includes("{cur}") && given[f] === undefined && (preset as Partial<Record<ScenarioField, unknown>>)[f] !== undefined,
  ).map((f) => FIELDS[f].key);
  if (keys.length === 0) return [];
  return [
    `cur = ${String(given.currency)} is not the preset ${String(given.preset)}'s currency (${String(preset.currency)}): its ${keys.join(", ")} are taken as ${String(given.currency)} as they stand, unconverted`,
  ];
}

/**
 * Whether a link opens a replay of recorded history (its `hist` key, else its preset's): reading it
 * in full needs the daily history tables, which the page loads first (app/hooks/useDailyTables.ts).
 * Example: replaysHistory("v=1&preset=s9-2018-replay") = true; with "&hist=0" after it, false.
 */
export function replaysHistory(input: string, network: NetworkFigures = NETWORK_SNAPSHOT): boolean {
  return isReplay(layered(readQuery(input).given, network));
}

/** Notes on the scenario said wherever it is read: a rig out of its era, what the power keys change in the answer (spec §9). */
export { CROSSOVER_SHIFT_NOTE };

function powerNotes(s: Scenario): string[] {
  const era = rigOutOfEra(s);
  const notes = era ? [eraWarning(era, s.startDate)] : [];
  return s.mode === "compare" && s.electricityPriceByMonth !== undefined ? notes.concat(CROSSOVER_SHIFT_NOTE) : notes;
}

/**
 * The link's fields that set off a cross-field rule naming another field: a peak price without the
 * peak hours (the rule names the hours), a mode without its power price. Where no layer has the
 * named field, the page drops the cause and keeps the rest of the link.
 */
const CAUSED_BY: Partial<Record<ScenarioField, readonly ScenarioField[]>> = {
  peakHours: ["peakElectricityPrice", "peakHostingPrice"],
  electricityPrice: ["mode"],
  hostingPricePerKwh: ["mode"],
};

/**
 * For the page: a link that has a bad or missing value still opens. Refused keys fall back to the
 * link's preset, then to `fallbackPresetId`; every accepted key is kept, and the refusals are returned.
 */
export function parseQueryLenient(
  input: string,
  fallbackPresetId: string,
  network: NetworkFigures = NETWORK_SNAPSHOT,
): { scenario: Scenario; issues: KeyIssue[]; warnings: string[] } {
  const strict = parseQuery(input, network);
  if (strict.ok) return { scenario: strict.scenario, issues: [], warnings: strict.warnings };
  const readKeys = new Set(new URLSearchParams(queryPart(input).slice(0, MAX_QUERY_LENGTH)).keys());
  const accepted = strict.accepted;
  const preset = accepted.preset ?? fallbackPresetId;
  // Where each value comes from, top first: the link, its preset, the page's default preset, the
  // field's default. A refused value is dropped from the layer that gave it and the next one shows.
  const layers: { name: string; values: RawScenario }[] = [
    { name: "link", values: { ...accepted, preset } },
    { name: `the rig ${String(accepted.rig)}'s value`, values: rigRaw(accepted.rig, currencyOf(accepted, presetRaw(preset, network))) },
    { name: `the preset ${preset}'s value`, values: { ...presetRaw(preset, network) } },
    { name: `the preset ${fallbackPresetId}'s value`, values: { ...presetRaw(fallbackPresetId, network) } },
  ];
  const combine = (): RawScenario => Object.assign({}, ...layers.map((l) => l.values).reverse()) as RawScenario;
  let checked = validateRaw(combine());
  // the link's fields dropped because a rule they set off names another field, with that rule's refusal
  const dropped = new Map<ScenarioField, KeyIssue>();
  for (let pass = 0; !checked.ok && pass < layers.length + 1; pass++) {
    // a cross-field rule can still fail (a replay's date, a mode needing a price the link lacks)
    for (const issue of checked.issues) {
      const field = FIELD_BY_KEY.get(issue.key);
      const layer = field && layers.find((l) => l.values[field] !== undefined);
      if (field && layer) {
        delete layer.values[field];
        continue;
      }
      // the field the rule names is in no layer (peak hours for a peak price): drop what set it off
      for (const cause of (field && CAUSED_BY[field]) || []) {
        const holder = layers.find((l) => l.values[cause] !== undefined);
        if (!holder) continue;
        delete holder.values[cause];
        if (holder.name === "link" && readKeys.has(FIELDS[cause].key)) dropped.set(cause, issue);
      }
    }
    checked = validateRaw(combine());
  }
  if (!checked.ok) {
    const fallback = validateRaw(presetRaw(fallbackPresetId, network));
    if (!fallback.ok) throw new Error(`preset ${fallbackPresetId} is not a valid scenario`);
    checked = fallback;
  }
  // only what the link said is reported: a field it left out is simply the preset's
  // and a rule the link set off, though the field it names is not the link's
  const setOff = new Set([...dropped.values()].map((i) => i.message));
  const given = (i: KeyIssue) =>
    i.key === "query" || i.key === "v" || FIELD_BY_KEY.get(i.key) === undefined || readKeys.has(i.key) || setOff.has(i.message);
  const issues = strict.issues.filter(given);
  const missing = strict.issues.filter((i) => !given(i)).map((i) => i.key);
  const warnings = strict.warnings.concat(checked.notes, powerNotes(checked.scenario));
  // say what stands in for each refused value of the link
  const finalRaw = combine();
  const standIns = new Set([
    ...issues.map((i) => i.key).filter((key) => readKeys.has(key)),
    ...[...dropped.keys()].map((f) => FIELDS[f].key),
  ]);
  for (const key of standIns) {
    const field = FIELD_BY_KEY.get(key);
    if (!field || field === "preset" || field === "rig") continue;
    const used = fieldText(checked.scenario, field);
    const source = layers.find((l) => l.values[field] !== undefined && l.name !== "link")?.name;
    const from = finalRaw[field] === undefined ? "the default" : (source ?? "the default");
    warnings.push(used === undefined ? `${key}: left empty instead` : `${key}: using ${used} (${from}) instead`);
  }
  if (missing.length > 0 && readKeys.size > 0 && accepted.preset === undefined) {
    warnings.push(`the link names no preset and leaves out ${missing.join(", ")}: those come from the preset ${preset}`);
  }
  return { scenario: checked.scenario, issues, warnings };
}

/** A field's value as the URL writes it. */
export function fieldText(scenario: Scenario, field: ScenarioField): string | undefined {
  const value = scenario[field];
  if (value === undefined) return undefined;
  if (typeof value === "boolean") return value ? "1" : "0";
  return String(value);
}

/** The scenario a bare preset and rig (or none) give: what a link need not repeat. */
function baseOf(preset: string | undefined, rig: string | undefined, currency: string): RawScenario {
  return { ...presetRaw(preset), ...rigRaw(rig, currency) };
}

function defaultText(field: ScenarioField, base: RawScenario): string | undefined {
  const fromPreset = base[field];
  if (fromPreset !== undefined) {
    const check = FieldSchemas[field].safeParse(fromPreset);
    if (check.success) return fieldTextOfValue(check.data);
  }
  const check = FieldSchemas[field].safeParse(undefined);
  return check.success ? fieldTextOfValue(check.data) : undefined;
}

function fieldTextOfValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "boolean") return value ? "1" : "0";
  return String(value);
}

const IS_NETWORK_FIELD: ReadonlySet<ScenarioField> = new Set(NETWORK_FIELDS);

/**
 * The shortest query that opens exactly this scenario: `v=1`, the preset, and each field that
 * differs from what the preset (or the default) gives. Keys in the order of spec §1.
 *
 * A modern preset's network figures (date, h, diff, fees, btc) are written all or none: none when
 * they are the stored snapshot's, all five otherwise. A link made on figures the server refreshed
 * thus opens on the same numbers on any server, on any later day.
 */
export function serializeScenario(scenario: Scenario): string {
  const params = new URLSearchParams();
  params.set(VERSION_KEY, FORMAT_VERSION);
  if (scenario.preset !== undefined) params.set(FIELDS.preset.key, scenario.preset);
  const base = baseOf(scenario.preset, scenario.rig, scenario.currency);
  const preset = scenario.preset === undefined ? undefined : findPreset(scenario.preset);
  const fields: { field: ScenarioField; text: string; differs: boolean }[] = [];
  for (const field of FIELD_NAMES) {
    if (field === "preset") continue;
    const text = fieldText(scenario, field);
    if (text === undefined) continue;
    let implied: string | undefined;
    if (field === "startHeight") {
      implied = base.startHeight !== undefined ? String(base.startHeight) : String(estimateStartHeight(scenario.startDate));
    } else {
      implied = defaultText(field, base);
    }
    fields.push({ field, text, differs: text !== implied });
  }
  const wholeNetwork = preset !== undefined && usesNetwork(preset) && fields.some((f) => f.differs && IS_NETWORK_FIELD.has(f.field));
  for (const { field, text, differs } of fields) {
    if (differs || (wholeNetwork && IS_NETWORK_FIELD.has(field))) params.set(FIELDS[field].key, text);
  }
  // commas stay readable in a link (twelve prices, peak hours, outages): a query reads "," and "%2C" alike
  return params.toString().replace(/%2C/g, ",");
}

/** The share path of a scenario: `/?v=1&…`. */
export function sharePath(scenario: Scenario): string {
  return `/?${serializeScenario(scenario)}`;
}

/** The page's address: the share path, then the page's own keys that differ from their defaults. */
export function pagePath(scenario: Scenario, page: PageState, fallback: PageState = pageDefaults()): string {
  const tail = serializePageState(page, fallback);
  return tail ? `${sharePath(scenario)}&${tail}` : sharePath(scenario);
}
