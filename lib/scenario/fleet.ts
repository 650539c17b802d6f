/**
 * The rig ranking's own keys (spec §11): the buyer's real constraint, a power capacity at the wall
 * (`cap`, kW) or a budget (`budget`, in the scenario's currency). Short, stable, refused by name
 * when bad, and `readFleetGoal(serializeFleetGoal(g))` gives back `g` (tests/lib/scenario/fleet-keys.test.ts).
 * The calculator and the API's /api/payback ignore them; /rigs and GET /api/rigs read them.
 */
import { Dec } from "../core/decimal";

/** A refused key, as the link's other refusals are written (lib/open/query.ts's KeyIssue). */
interface KeyIssue {
  key: string;
  message: string;
}

/** What a ranking for a site or a budget asks: either, both, or neither (per rig). */
export interface FleetGoal {
  /** kW at the wall (cooling and losses included), canonical decimal text. */
  capKw?: string;
  /** In the scenario's currency, canonical decimal text. */
  budget?: string;
}

/** The URL keys: a public format, never rename. */
export const FLEET_KEYS = { capKw: "cap", budget: "budget" } as const satisfies Record<keyof FleetGoal, string>;
/** Both keys, for the scenario codec (which skips them). */
export const FLEET_URL_KEYS: ReadonlySet<string> = new Set(Object.values(FLEET_KEYS));

/** Largest values read: 10 GW of capacity, a budget of a trillion. */
export const FLEET_LIMITS = { capKw: "10000000", budget: "1000000000000" } as const;

/** What each key allows, as said when a value is refused. */
export const FLEET_ALLOWED = {
  capKw: `kW at the wall, a number above 0 and at most ${FLEET_LIMITS.capKw} (1 MW = 1000)`,
  budget: `an amount in the scenario's currency, above 0 and at most ${FLEET_LIMITS.budget}`,
} as const;

/** Digits with at most 6 decimals: no sign, exponent, spaces or thousands separators. */
const DIGITS = /^\d{1,16}(\.\d{1,6})?$/;

/** A value's canonical text ("1000.50" → "1000.5"), or null when it is not allowed. */
export function readFleetValue(field: keyof FleetGoal, text: string): string | null {
  if (!DIGITS.test(text)) return null;
  const value = new Dec(text);
  if (value.lte(0) || value.gt(FLEET_LIMITS[field])) return null;
  return value.toFixed();
}

/**
 * The fleet keys of a query (other keys are left to the scenario's codec). A bad or repeated value
 * is refused by its key, naming the value and what is allowed; the other key is still read.
 * Example: "v=1&cap=1000&kwh=0.3" → { goal: { capKw: "1000" }, issues: [] }.
 */
export function readFleetGoal(query: string): { goal: FleetGoal; issues: KeyIssue[] } {
  const params = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
  const goal: FleetGoal = {};
  const issues: KeyIssue[] = [];
  for (const field of Object.keys(FLEET_KEYS) as (keyof FleetGoal)[]) {
    const key = FLEET_KEYS[field];
    const values = params.getAll(key);
    if (values.length === 0) continue;
    if (values.length > 1) {
      issues.push({ key, message: `${key} is given ${values.length} times: give each key once` });
      continue;
    }
    const text = values[0] ?? "";
    const read = readFleetValue(field, text);
    if (read === null)
      issues.push({ key, message: `${key} = ${JSON.stringify(text.slice(0, 40))} is not allowed: ${FLEET_ALLOWED[field]}` });
    else goal[field] = read;
  }
  return { goal, issues };
}

/** The keys a link writes for a goal, `cap` first: "cap=1000&budget=200000", or "" for none. */
export function serializeFleetGoal(goal: FleetGoal): string {
  const params = new URLSearchParams();
  if (goal.capKw !== undefined) params.set(FLEET_KEYS.capKw, goal.capKw);
  if (goal.budget !== undefined) params.set(FLEET_KEYS.budget, goal.budget);
  return params.toString();
}

/** Whether a goal asks anything. */
export function hasFleetGoal(goal: FleetGoal): boolean {
  return goal.capKw !== undefined || goal.budget !== undefined;
}

/**
 * A capacity typed as a reader says it, in kW for the link: "1" MW → "1000"; text that is not a
 * plain number is passed on for the codec to refuse by name.
 */
export function capKwOf(value: string, unit: "kW" | "MW"): string {
  const text = value.trim().replace(/,/g, "");
  if (unit === "kW" || !/^\d+(\.\d+)?$/.test(text)) return text;
  return new Dec(text).times(1000).toFixed();
}

/** A capacity in kW as the form shows it: whole MW from 1,000 kW, else kW. */
export function capacityFieldsOf(capKw: string | undefined): { value: string; unit: "kW" | "MW" } {
  if (capKw === undefined) return { value: "", unit: "MW" };
  const mw = new Dec(capKw).div(1000);
  return mw.gte(1) && mw.isInteger() ? { value: mw.toFixed(), unit: "MW" } : { value: capKw, unit: "kW" };
}
