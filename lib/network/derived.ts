/**
 * What the network's figures (./figures) imply: their age, the hashrate the difficulty implies, and
 * the scenario values a modern preset takes from them. Apart from the figures' schema, which only the
 * server's readings need, so the page's download does not carry it. Pure: the reader's today is passed in.
 */
import { daysBetween } from "../core/dates";
import type { NetworkFigures } from "./figures";

/** Days in which the network's figures are taken as today's; older ones get a warning. */
export const NETWORK_STALE_DAYS = 30;

/** Whole days from the figures' date to `today` (YYYY-MM-DD); negative when `today` is earlier. */
export function networkAgeDays(network: NetworkFigures, today: string): number {
  return daysBetween(network.date, today);
}

/** Whether the figures are more than 30 days older than `today`. */
export function isNetworkStale(network: NetworkFigures, today: string): boolean {
  return networkAgeDays(network, today) > NETWORK_STALE_DAYS;
}

/** Hashes per unit of difficulty: a block at difficulty D takes D × 2^32 hashes on average. */
const HASHES_PER_DIFFICULTY = 2 ** 32;
/** Seconds per block the difficulty aims at. */
const BLOCK_SECONDS = 600;

/**
 * The network hashrate the difficulty implies, in EH/s: D × 2^32 / 600 / 10^18 (a float: for display).
 * Null for a text that is not a positive number.
 *
 * @example impliedHashrateEhs("141668107417558.22") ≈ 1014.1 (141.668e12 × 4294967296 / 600 / 1e18)
 */
export function impliedHashrateEhs(difficulty: string): number | null {
  const d = Number(difficulty);
  if (!Number.isFinite(d) || d <= 0) return null;
  return (d * HASHES_PER_DIFFICULTY) / BLOCK_SECONDS / 1e18;
}

/** The scenario fields a modern preset takes from the network, as a link writes them. */
export const NETWORK_FIELDS = ["startDate", "startHeight", "difficulty", "feesPerBlockBtc", "btcPrice"] as const;
export type NetworkField = (typeof NETWORK_FIELDS)[number];

/** The network's figures as scenario values (US dollars: the modern presets are priced in them). */
export function networkValues(network: NetworkFigures): Record<NetworkField, string> {
  return {
    startDate: network.date,
    startHeight: String(network.height),
    difficulty: network.difficulty,
    feesPerBlockBtc: network.feesPerBlockBtc,
    btcPrice: network.btcUsd,
  };
}
