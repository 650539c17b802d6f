/**
 * Today's network on the server: the modern presets' height, difficulty, fees and BTC price read
 * from a mempool-compatible API at most once an hour (a 3-second timeout, kept in memory), and the
 * stored snapshot (data/network.ts) whenever the API does not answer or answers garbage. Never
 * throws: a page or an API answer never fails because the network could not be read.
 *
 * Environment: NETWORK_REFRESH=off keeps the snapshot (the browser tests run so); NETWORK_API_BASE
 * points at another instance (default https://mempool.space/api); NETWORK_TIMEOUT_MS (default 3000).
 */
import {
  NETWORK_SNAPSHOT,
  DEFAULT_NETWORK_API,
  MEMPOOL_PATHS,
  readMempool,
  type MempoolAnswers,
  type MempoolPath,
  type MempoolReading,
  type NetworkFigures,
} from "../../lib/server";

export interface NetworkConfig {
  refresh: boolean;
  /** Base address of the API, without a trailing slash: https://mempool.space/api */
  base: string;
  timeoutMs: number;
  /** How long a reading (or a failed attempt) is kept before the next one. */
  ttlMs: number;
}

const HOUR_MS = 60 * 60 * 1000;
const DEFAULT_TIMEOUT_MS = 3000;

/** The settings from the environment; anything unreadable gives the default. */
export function networkConfig(env: Record<string, string | undefined> = process.env): NetworkConfig {
  const off = ["off", "0", "false", "no"].includes((env.NETWORK_REFRESH ?? "").trim().toLowerCase());
  const base = (env.NETWORK_API_BASE ?? "").trim().replace(/\/+$/, "") || DEFAULT_NETWORK_API;
  const timeout = Number(env.NETWORK_TIMEOUT_MS);
  return {
    refresh: !off,
    base,
    timeoutMs: Number.isFinite(timeout) && timeout > 0 && timeout <= 60_000 ? timeout : DEFAULT_TIMEOUT_MS,
    ttlMs: HOUR_MS,
  };
}

/** The UTC day of an instant: the date a reading is stamped with. */
export function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Reads the three paths in parallel, all within `timeoutMs`, and checks the answers. A status other
 * than 200, a refused connection or the timeout gives a reason, never an exception.
 */
export async function fetchNetwork({
  base,
  timeoutMs,
  date,
  fetchFn = fetch,
}: {
  base: string;
  timeoutMs: number;
  date: string;
  fetchFn?: typeof fetch;
}): Promise<MempoolReading> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const entries = await Promise.all(
      (Object.keys(MEMPOOL_PATHS) as MempoolPath[]).map(async (name) => {
        const res = await fetchFn(`${base}${MEMPOOL_PATHS[name]}`, { signal, cache: "no-store", headers: { Accept: "application/json" } });
        if (!res.ok) throw new Error(`${MEMPOOL_PATHS[name]} answered HTTP ${res.status}`);
        return [name, await res.text()] as const;
      }),
    );
    return readMempool(Object.fromEntries(entries) as MempoolAnswers, { date, base, minHeight: NETWORK_SNAPSHOT.height });
  } catch (e) {
    if (signal.aborted) return { ok: false, reason: `no answer from ${base} within ${timeoutMs} ms` };
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}

export interface NetworkSource {
  /** The figures to use now: the latest good reading, else the stored snapshot. */
  current(): Promise<NetworkFigures>;
}

/**
 * A cache of readings: one attempt per `ttlMs`, shared by the requests that arrive meanwhile. A
 * failed attempt keeps the last good reading (or the snapshot) until the next one is due.
 */
export function createNetworkSource({
  config,
  now = Date.now,
  fetchFn,
  log = (message: string) => console.warn(message),
}: {
  config: NetworkConfig;
  now?: () => number;
  fetchFn?: typeof fetch;
  log?: (message: string) => void;
}): NetworkSource {
  let figures: NetworkFigures = NETWORK_SNAPSHOT;
  let due = 0;
  let attempt: Promise<NetworkFigures> | null = null;

  return {
    async current() {
      if (!config.refresh) return NETWORK_SNAPSHOT;
      if (now() < due) return figures;
      if (attempt) return attempt;
      attempt = fetchNetwork({ base: config.base, timeoutMs: config.timeoutMs, date: utcDate(now()), fetchFn })
        .then((reading) => {
          if (reading.ok) figures = reading.network;
          else log(`network refresh from ${config.base} failed (${reading.reason}); using the figures of ${figures.date}`);
          return figures;
        })
        .finally(() => {
          due = now() + config.ttlMs;
          attempt = null;
        });
      return attempt;
    },
  };
}

let shared: NetworkSource | null = null;

/** The server's figures for the modern presets (the environment is read on the first call). */
export function currentNetwork(): Promise<NetworkFigures> {
  shared ??= createNetworkSource({ config: networkConfig() });
  return shared.current();
}
