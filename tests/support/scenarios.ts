/**
 * Scenarios for tests. Hand cases use a network where the arithmetic is round: at the difficulty
 * ONE_BLOCK_PER_THS_DAY a rig of 1 TH/s finds exactly one block a day, because
 *   1e12 H/s × 86400 s = 8.64e16 hashes a day = D × 2^32  ⇔  D = 8.64e16 / 2^32 = 20116567.6116943359375
 * (a terminating decimal: 8.64e16 = 2^19 × 27 × 5^14, and 27 × 5^14 / 2^13 = 164794921875 / 8192).
 * With 0.02 TH/s and the first epoch's 50 BTC subsidy the fleet then mines 0.02 × 50 = 1 BTC a day.
 */
import { parseQuery, validateRaw, type RawScenario, type Scenario } from "../../lib/server";

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

/**
 * The salesperson's Huaqiangbei S9 of January 2018 (the figures the s9-2018 presets carried before
 * they took the era's own): 13.5 TH/s at the nameplate 1,323 W, no pool fee, fees held at the
 * one-day 3.39 BTC a block, difficulty held flat; the preset still gives the rest (¥30,000,
 * 2018-01-15, height 504,400, difficulty 2,227,847,638,503.63, ¥87,800, ¥0.35/kWh, 3 years).
 * The engine's golden case: pays back on day 189, 22 July 2018.
 */
export const SALESPERSON_OVERRIDES = "w=1323&pool=0&fees=3.39&dg=0";
export const SALESPERSON_S9 = `v=1&preset=s9-2018-huaqiangbei&${SALESPERSON_OVERRIDES}`;
/** The same salesperson's figures on the hosted preset (compare mode, ¥1,162 a rig a month). */
export const SALESPERSON_S9_HOSTED = `v=1&preset=s9-2018-hosted&${SALESPERSON_OVERRIDES}`;

/** The salesperson's S9 link with some keys set (a key given here replaces the salesperson's own). */
export function salespersonS9(extra: string, base: string = SALESPERSON_S9): string {
  const params = new URLSearchParams(base);
  for (const [k, v] of new URLSearchParams(extra)) params.set(k, v);
  return params.toString();
}
