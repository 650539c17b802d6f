/**
 * Scenarios for tests. Hand cases use a network where the arithmetic is round: at the difficulty
 * ONE_BLOCK_PER_THS_DAY a rig of 1 TH/s finds exactly one block a day, because
 *   1e12 H/s × 86400 s = 8.64e16 hashes a day = D × 2^32  ⇔  D = 8.64e16 / 2^32 = 20116567.6116943359375
 * (a terminating decimal: 8.64e16 = 2^19 × 27 × 5^14, and 27 × 5^14 / 2^13 = 164794921875 / 8192).
 * With 0.02 TH/s and the first epoch's 50 BTC subsidy the fleet then mines 0.02 × 50 = 1 BTC a day.
 */
import { parseQuery, validateRaw, type RawScenario, type Scenario } from "../../lib/index";

export const ONE_BLOCK_PER_THS_DAY = "20116567.6116943359375";

/** A validated scenario, or a thrown error listing every refused key (a test bug, not a product one). */
export function scenarioOf(raw: RawScenario): Scenario {
  const checked = validateRaw(raw);
  if (!checked.ok) throw new Error(`test scenario refused: ${checked.issues.map((i) => i.message).join("; ")}`);
  return checked.scenario;
}

/** The scenario a share link's query opens, or a thrown error listing the refusals (a test bug). */
export function scenarioFromQuery(query: string): Scenario {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.scenario;
}

/**
 * One rig mining exactly 1 BTC a day (0.02 TH/s at ONE_BLOCK_PER_THS_DAY, height 0, subsidy 50),
 * drawing 1 kW (24 kWh a day) at 1 per kWh, with BTC at 100: revenue 100, power 24, profit 76 a day.
 */
export const ROUND: RawScenario = {
  currency: "USD",
  rigPrice: "760",
  hashrateThs: "0.02",
  powerWatts: "1000",
  startDate: "2024-01-01",
  startHeight: "0",
  difficulty: ONE_BLOCK_PER_THS_DAY,
  btcPrice: "100",
  electricityPrice: "1",
  hostingPricePerKwh: "1",
  horizonDays: "30",
};

/** The ROUND scenario with some fields changed. */
export function round(overrides: RawScenario = {}): Scenario {
  return scenarioOf({ ...ROUND, ...overrides });
}
