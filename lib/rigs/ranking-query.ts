/**
 * What a ranking link needs and the calculator's does not (issue 25): the site's keys are enough.
 * A ranking replaces every row's hashrate, power and price with the rig's own, so a link may leave
 * them out; and a link without network figures takes its start date's: the recorded tables for a
 * past date, the server's newest reading (or the stored snapshot) otherwise, said in `warnings`.
 * The link's price belongs to the link's own rig only: `rig=`, else its preset's catalogue rig, and
 * only while hashrate and power are that rig's.
 */
import { Dec } from "../core/decimal";
import { canonical } from "../scenario/schema";
import { FIELDS, type ScenarioField } from "../scenario/fields";
import { parseQuery, parseQueryLenient, queryPart, readQuery, type KeyIssue, type RawScenario } from "../open/query";
import { readFleetGoal, type FleetGoal } from "../scenario/fleet";
import type { Scenario } from "../scenario/schema";
import { NETWORK_FIELDS, networkValues } from "../network/derived";
import type { NetworkFigures } from "../network/figures";
import { HISTORY_SPAN, btcUsdOn, cnyPerUsdFor, difficultyOn, heightOn } from "../history/tables";
import { feesPerBlockOn } from "../history/fees";
import { findPreset, presetValues, usesNetwork } from "../open/presets";
import { findRig } from "./ids";
import { rigRaw } from "./catalogue";

/** Stand-ins for the rig's own fields, replaced in every row (a ranking never runs them). */
const STAND_IN: Partial<Record<ScenarioField, string>> = { hashrateThs: "1", powerWatts: "1", rigPrice: "0" };

/** The link's own rig and whether the link prices it. */
export interface OwnRig {
  /** The catalogue id, or null when the link names none (or has edited its figures). */
  id: string | null;
  /** True when the link (or its preset) states a price: it then ranks that rig at that price. */
  priced: boolean;
}

export interface CompletedRankingQuery {
  /** The link's query with what it left out filled in, for the scenario codec. */
  query: string;
  own: OwnRig;
  /** What was filled in, in plain words (the API's `warnings`). */
  warnings: string[];
  /** The network the link lacked and was given: the record of its date, or today's figures of a day. */
  network: { kind: "recorded" | "today"; date: string } | null;
}

function isReplay(raw: RawScenario): boolean {
  return raw.useHistory === "1" || raw.useHistory === "true";
}

/** Today's reading's start figures in `currency` (the rate of its month, carried past the table). */
function networkOfToday(network: NetworkFigures, currency: string): Partial<Record<ScenarioField, string>> {
  const values: Partial<Record<ScenarioField, string>> = networkValues(network);
  if (currency === "CNY") {
    values.btcPrice = canonical(new Dec(network.btcUsd).times(cnyPerUsdFor(network.date).rate).toDecimalPlaces(2));
  }
  return values;
}

/** The recorded start figures of `date` in `currency`, or null outside the tables. */
function recordedOn(date: string, currency: string): Partial<Record<ScenarioField, string>> | null {
  if (date < HISTORY_SPAN.from || date > HISTORY_SPAN.to) return null;
  const difficulty = difficultyOn(date);
  const usd = btcUsdOn(date);
  if (difficulty === null || usd === null) return null;
  const price = currency === "CNY" ? new Dec(usd).times(cnyPerUsdFor(date).rate) : new Dec(usd);
  const fees = feesPerBlockOn(date);
  return {
    difficulty: canonical(new Dec(difficulty).toDecimalPlaces(2)),
    btcPrice: canonical(price.toDecimalPlaces(2)),
    startHeight: String(heightOn(date)),
    ...(fees !== null ? { feesPerBlockBtc: canonical(new Dec(fees).toDecimalPlaces(4)) } : {}),
  };
}

/**
 * Fills in what a ranking link may leave out. The link's keys are never changed: only absent
 * fields are added, each after the preset and the rig (which come first). A key the scenario codec
 * refuses is left for it to refuse by name.
 * Example: "v=1&cur=USD&date=2024-01-01&kwh=0.05" gains the recorded difficulty, BTC price, height
 * and fees of 2024-01-01, and stand-ins for hashrate, power and price.
 */
export function completeRankingQuery(input: string, network: NetworkFigures): CompletedRankingQuery {
  const query = queryPart(input);
  const { given } = readQuery(query);
  const preset = typeof given.preset === "string" ? findPreset(given.preset) : undefined;
  const presetRaw: RawScenario = preset ? presetValues(preset, network) : {};
  const currency = String(given.currency ?? presetRaw.currency ?? "USD");
  const raw: RawScenario = { ...presetRaw, ...rigRaw(given.rig, currency), ...given };
  const added = new URLSearchParams();
  const warnings: string[] = [];
  let filledNetwork: CompletedRankingQuery["network"] = null;

  // the link's own rig: rig=, else its preset's, while the figures are still that rig's
  const ownId = typeof given.rig === "string" && findRig(given.rig) ? given.rig : (preset?.catalogueRig ?? null);
  // the buyer's price: the link's `price`, or its `rig=` (with the price it brings); a story
  // preset's price is that day's market (¥30,000 in Huaqiangbei), a modern preset's an assumption
  // that yields to a quoted deal or the index
  const priced = given.rigPrice !== undefined || given.rig !== undefined || (preset !== undefined && !usesNetwork(preset));
  const ownRig = ownId ? findRig(ownId) : undefined;
  const figuresOwn =
    ownRig !== undefined &&
    (ownId === given.rig
      ? sameNumber(raw.hashrateThs, ownRig.hashrateThs) && sameNumber(raw.powerWatts, ownRig.powerWatts)
      : given.hashrateThs === undefined && given.powerWatts === undefined);

  const missingRig = (Object.keys(STAND_IN) as ScenarioField[]).filter((f) => raw[f] === undefined);
  for (const f of missingRig) added.set(FIELDS[f].key, STAND_IN[f] ?? "");

  // the network of the start date, when the link gives none and does not replay the record
  const networkMissing = NETWORK_FIELDS.filter((f) => f !== "startDate" && f !== "startHeight" && raw[f] === undefined);
  if (!isReplay(raw) && (raw.difficulty === undefined || raw.btcPrice === undefined)) {
    const date = typeof raw.startDate === "string" ? raw.startDate : undefined;
    const recorded = date !== undefined ? recordedOn(date, currency) : null;
    if (recorded) {
      const filled = (Object.keys(recorded) as ScenarioField[]).filter((f) => raw[f] === undefined);
      for (const f of filled) added.set(FIELDS[f].key, recorded[f] ?? "");
      filledNetwork = { kind: "recorded", date: date ?? "" };
      warnings.push(
        `the link gives no ${networkMissing.map((f) => FIELDS[f].key).join(", ")}: the recorded network of ${date} is used (${filled
          .map((f) => `${FIELDS[f].key} = ${recorded[f]}`)
          .join(", ")})`,
      );
    } else {
      const today = networkOfToday(network, currency);
      const filled = (Object.keys(today) as ScenarioField[]).filter((f) => raw[f] === undefined && !(date && f === "startHeight"));
      for (const f of filled) added.set(FIELDS[f].key, today[f] ?? "");
      filledNetwork = { kind: "today", date: network.date };
      const source = network.source.kind === "api" ? `read from ${network.source.host}` : "the stored snapshot";
      warnings.push(
        `the link gives no ${networkMissing.map((f) => FIELDS[f].key).join(", ")}${date ? ` and ${date} is not in the recorded tables (${HISTORY_SPAN.from} to ${HISTORY_SPAN.to})` : ""}: the network of ${network.date} (${source}) is used (${filled
          .map((f) => `${FIELDS[f].key} = ${today[f]}`)
          .join(", ")})`,
      );
    }
  }
  const tail = added.toString();
  return {
    query: tail ? (query ? `${query}&${tail}` : tail) : query,
    own: { id: figuresOwn ? ownId : null, priced: figuresOwn && priced },
    warnings,
    network: filledNetwork,
  };
}

function sameNumber(text: unknown, value: string): boolean {
  try {
    return typeof text === "string" && new Dec(text.trim()).eq(value);
  } catch {
    return false;
  }
}

export type RankingParse =
  | { ok: true; scenario: Scenario; own: OwnRig; goal: FleetGoal; warnings: string[] }
  | { ok: false; issues: KeyIssue[]; warnings: string[] };

/**
 * A ranking link as GET /api/rigs reads it: the site's keys (the rig's own are optional), the
 * start date's network when the link has none, and `cap` / `budget`. Every refused key is named.
 */
export function parseRankingQuery(input: string, network: NetworkFigures): RankingParse {
  const completed = completeRankingQuery(input, network);
  const fleet = readFleetGoal(queryPart(input));
  const parsed = parseQuery(completed.query, network);
  if (!parsed.ok) return { ok: false, issues: fleet.issues.concat(parsed.issues), warnings: parsed.warnings };
  if (fleet.issues.length > 0) return { ok: false, issues: fleet.issues, warnings: parsed.warnings };
  return {
    ok: true,
    scenario: parsed.scenario,
    own: completed.own,
    goal: fleet.goal,
    warnings: completed.warnings.concat(parsed.warnings),
  };
}

/**
 * A ranking link as the /rigs page reads it: like the API, but a refused key falls back (to the
 * link's preset, then `fallbackPresetId`) and is reported; an empty link opens the default preset.
 */
export function parseRankingLenient(
  input: string,
  fallbackPresetId: string,
  network: NetworkFigures,
): {
  scenario: Scenario;
  own: OwnRig;
  goal: FleetGoal;
  network: CompletedRankingQuery["network"];
  issues: KeyIssue[];
  warnings: string[];
} {
  const query = queryPart(input);
  const hasKeys = [...new URLSearchParams(query).keys()].some((k) => k !== "v");
  const completed: Omit<CompletedRankingQuery, "own"> & { own: OwnRig | null } = hasKeys
    ? completeRankingQuery(query, network)
    : { query, own: null, warnings: [], network: null };
  const fleet = readFleetGoal(query);
  const opened = parseQueryLenient(completed.query, fallbackPresetId, network);
  const preset = opened.scenario.preset !== undefined ? findPreset(opened.scenario.preset) : undefined;
  const own: OwnRig = completed.own ?? (preset ? { id: preset.catalogueRig, priced: !usesNetwork(preset) } : { id: null, priced: false });
  return {
    scenario: opened.scenario,
    own,
    goal: fleet.goal,
    network: completed.network,
    issues: fleet.issues.concat(opened.issues),
    warnings: completed.warnings.concat(opened.warnings),
  };
}
