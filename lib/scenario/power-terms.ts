/**
 * The power lists of a scenario as values (issue 16): its prices by the month, its peak hours and its
 * outages, read once by their codecs (power.ts) where a run is prepared. The engine receives these
 * and never the texts.
 */
import type { Dec } from "../core/decimal";
import { assert } from "../core/assert";
import type { Scenario } from "./schema";
import { parseMonthlyPrices, parseOutages, parsePeakHours, peakHoursPerDay, type Outage } from "./power";

/** A scenario's power lists, parsed. */
export interface PowerTerms {
  /** kwhm: twelve prices per kWh, January … December, or null when the scenario has none. */
  electricityPriceByMonth: readonly Dec[] | null;
  /** hkwhm: the hosting prices by the month, or null. */
  hostingPriceByMonth: readonly Dec[] | null;
  /** peak: the hours a day that pay a peak price (the sum of the spans), 0 when none. */
  peakHoursPerDay: number;
  /** out: the outages, sorted by their first day; empty for none. */
  outages: readonly Outage[];
}

/** The terms of a scenario without power lists: what every preset of plain prices has. */
export const NO_POWER_LISTS: PowerTerms = { electricityPriceByMonth: null, hostingPriceByMonth: null, peakHoursPerDay: 0, outages: [] };

const VALIDATED = "a validated scenario's power lists parse";

function parsedOrFail<T>(parsed: { ok: true; value: T } | { ok: false; reason: string }): T {
  assert(parsed.ok, VALIDATED);
  return parsed.value;
}

/**
 * The power lists of a validated scenario (its texts are canonical: each parses).
 * Example: peak "8-11,18-22" → peakHoursPerDay 7; out "" → no outage.
 */
export function powerTermsOf(s: Scenario): PowerTerms {
  if (
    s.electricityPriceByMonth === undefined &&
    s.hostingPriceByMonth === undefined &&
    s.peakHours === undefined &&
    (s.outages === undefined || s.outages === "")
  )
    return NO_POWER_LISTS;
  return {
    electricityPriceByMonth: s.electricityPriceByMonth === undefined ? null : parsedOrFail(parseMonthlyPrices(s.electricityPriceByMonth)),
    hostingPriceByMonth: s.hostingPriceByMonth === undefined ? null : parsedOrFail(parseMonthlyPrices(s.hostingPriceByMonth)),
    peakHoursPerDay: s.peakHours === undefined ? 0 : peakHoursPerDay(parsedOrFail(parsePeakHours(s.peakHours))),
    outages: s.outages === undefined || s.outages === "" ? [] : parsedOrFail(parseOutages(s.outages)),
  };
}
