/**
 * The network line of the form: the network's date and source, its age against the reader's today
 * (passed in: lib reads no clock), and the hashrate the difficulty implies.
 */
import { impliedHashrateEhs, isNetworkStale, networkAgeDays } from "../network/derived";
import type { NetworkFigures } from "../network/figures";
import { parseDifficulty } from "../scenario/units";
import { formatFixed } from "./format";

export interface NetworkLineView {
  date: string;
  /** "tables" for the recorded history, else the API's host ("mempool.space"). */
  source: { kind: "tables" } | { kind: "api"; host: string };
  /** Days since the figures' date when that is over 30; null when fresh or when today is unknown. */
  staleDays: number | null;
}

export function networkLineView(network: NetworkFigures, today: string | null): NetworkLineView {
  const source = network.source.kind === "api" ? { kind: "api" as const, host: network.source.host } : { kind: "tables" as const };
  const staleDays = today !== null && isNetworkStale(network, today) ? networkAgeDays(network, today) : null;
  return { date: network.date, source, staleDays };
}

/**
 * The network hashrate a difficulty text implies, in EH/s to one place ("1,014.1"), or null when
 * the text is not a difficulty. Reads the units miners write (126T).
 */
export function impliedHashrateText(difficultyText: string): string | null {
  const plain = parseDifficulty(difficultyText);
  const ehs = plain === null ? null : impliedHashrateEhs(plain);
  return ehs === null ? null : formatFixed(ehs, ehs < 1 ? 4 : 1);
}
