/**
 * A scenario stays in its era: a rig of the catalogue released after the scenario's start date
 * never ran on that day's network (an S21 XP of 2024 on the difficulty of January 2018 "pays back
 * on day 10"). The codec warns of it by name, the page refuses to answer it until the reader moves
 * the scenario to today's network or chooses a rig of the time.
 */
import { Dec } from "../core/decimal";
import { cnyPerUsdFor, LAST_RATE_MONTH } from "../history/spans";
import type { Rig } from "../../data/rigs";
import { findRig } from "./ids";
import type { PresetValues } from "../../data/presets";
import { todaysNetworkValues } from "../open/presets";
import type { NetworkFigures } from "../network/figures";

/**
 * Whether `rig` came out after `startDate` (YYYY-MM-DD): its release month (YYYY-MM) is later than
 * the start date's month. Example: the S21 XP (2024-10) after 2018-01-15 → true; the S9 (2016-06) → false.
 */
export function releasedAfter(rig: Rig, startDate: string): boolean {
  return rig.released > startDate.slice(0, 7);
}

/** The catalogue rig a scenario names when it came out after the scenario's start date, else null. */
export function rigOutOfEra(s: { rig?: string | undefined; startDate: string }): Rig | null {
  const rig = s.rig ? findRig(s.rig) : undefined;
  return rig && releasedAfter(rig, s.startDate) ? rig : null;
}

/**
 * The codec's warning for a rig out of its era, naming the keys: said by the API, the CLI and the
 * page (in the reader's words, lib/i18n/notices.ts).
 */
export function eraWarning(rig: Rig, startDate: string): string {
  return `rig = ${rig.id} (${rig.name}) came out in ${rig.released}, after date = ${startDate}: it never ran on that day's network; give a date from ${rig.released} on, or a rig of the time`;
}

/**
 * The fields that move a scenario to today's network (`network`: the server's newest, else the
 * stored snapshot): the network's date, height, difficulty, fees and BTC price, the modern
 * difficulty trend, and no replay. The BTC price of a scenario in yuan is converted at the
 * average rate of the network date's month (the nearest recorded month after the table's end),
 * rounded half up to 2 places.
 */
export function todaysNetworkFor(currency: string, network?: NetworkFigures): PresetValues {
  const values = todaysNetworkValues(network);
  if (currency !== "CNY" || values.btcPrice === undefined || values.startDate === undefined) return values;
  let rate: string;
  try {
    rate = cnyPerUsdFor(values.startDate).rate;
  } catch {
    rate = cnyPerUsdFor(LAST_RATE_MONTH).rate;
  }
  return { ...values, btcPrice: new Dec(values.btcPrice).times(rate).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed() };
}

/** Whether a codec warning is the one of a rig out of its era (the page says it in its own words). */
export function isEraWarning(message: string): boolean {
  return /^rig = \S+ \(.*\) came out in \d{4}-\d{2}, after date = /.test(message);
}
