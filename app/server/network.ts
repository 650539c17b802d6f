/**
 * Today's network on the server: the modern presets' height, difficulty, fees and BTC price read
 * from a mempool-compatible API at most once an hour (a 3-second timeout, kept in memory), and the
 * stored snapshot (data/network.ts) whenever the API does not answer or answers garbage. Never
 * throws: a page or an API answer never fails because the network could not be read.
 *
 * Environment: NETWORK_REFRESH=off keeps the snapshot (the browser tests run so); NETWORK_API_BASE
 * points at another instance (default https://mempool.space/api); NETWORK_TIMEOUT_MS (default 3000).
 *
 * A reading is believed only within the bands of lib/network/plausible.ts (next to the snapshot and
 * the last reading accepted); each answer is read to at most 64 KB within the timeout. One cache per
 * server process: the page, the API routes and the link previews see the same network.
 */
import {
  NETWORK_SNAPSHOT,
  DEFAULT_NETWORK_API,
  MEMPOOL_PATHS,
  plausibleReading,
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
/** The most read of one answer: mempool.space's largest (15 blocks with their extras) is about 20 KB. */
export const MAX_ANSWER_BYTES = 64 * 1024;
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

/** The body of an answer, read as it streams and cut off past `maxBytes` (the rest is never held). */
export async function readCapped(res: Response, maxBytes: number, what: string): Promise<string> {
  const declared = Number(res.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new Error(`${what} announced ${declared} bytes; at most ${maxBytes} are read`);
  }
  if (res.body === null) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new Error(`${what} answered more than ${maxBytes} bytes; the rest was not read`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Reads the three paths in parallel, all within `timeoutMs` (bodies included, each to at most
 * `maxBytes`), checks the answers, and believes them only within the bands next to the `trusted`
 * figures (the stored snapshot unless told). A status other than 200, a refused connection, the
 * timeout, an oversized answer or an implausible figure gives a reason, never an exception.
 */
export async function fetchNetwork({
  base,
  timeoutMs,
  date,
  fetchFn = fetch,
  trusted = [NETWORK_SNAPSHOT],
  maxBytes = MAX_ANSWER_BYTES,
}: {
  base: string;
  timeoutMs: number;
  date: string;
  fetchFn?: typeof fetch;
  trusted?: readonly NetworkFigures[];
  maxBytes?: number;
}): Promise<MempoolReading> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const signal = controller.signal;
  try {
    const entries = await Promise.all(
      (Object.keys(MEMPOOL_PATHS) as MempoolPath[]).map(async (name) => {
        const res = await fetchFn(`${base}${MEMPOOL_PATHS[name]}`, { signal, cache: "no-store", headers: { Accept: "application/json" } });
        if (!res.ok) {
          await res.body?.cancel().catch(() => {});
          throw new Error(`${MEMPOOL_PATHS[name]} answered HTTP ${res.status}`);
        }
        return [name, await readCapped(res, maxBytes, MEMPOOL_PATHS[name])] as const;
      }),
    );
    const minHeight = Math.min(...trusted.map((t) => t.height));
    const reading = readMempool(Object.fromEntries(entries) as MempoolAnswers, { date, base, minHeight });
    if (!reading.ok) return reading;
    const plausible = plausibleReading(reading.network, trusted);
    return plausible.ok ? reading : { ok: false, reason: `implausible: ${plausible.reason}` };
  } catch (e) {
    if (signal.aborted) return { ok: false, reason: `no answer from ${base} within ${timeoutMs} ms` };
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  } finally {
    clearTimeout(timer);
    // a slow or flooding answer is not left streaming into memory
    controller.abort();
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
      const trusted = figures === NETWORK_SNAPSHOT ? [NETWORK_SNAPSHOT] : [NETWORK_SNAPSHOT, figures];
      attempt = fetchNetwork({ base: config.base, timeoutMs: config.timeoutMs, date: utcDate(now()), fetchFn, trusted })
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

/**
 * One source per server process. Next.js bundles the page, each API route and the preview apart, each
 * with its own copy of this module: the source is held on globalThis, so all of them share one
 * cache (one network per server, one refresh an hour).
 */
const SHARED = Symbol.for("rig-payback.network-source");
type Holder = { [SHARED]?: NetworkSource };

/** The server's figures for the modern presets (the environment is read on the first call). */
export function currentNetwork(): Promise<NetworkFigures> {
  const holder = globalThis as Holder;
  holder[SHARED] ??= createNetworkSource({ config: networkConfig() });
  return holder[SHARED].current();
}

/** Forgets the process's source (tests that change the environment between cases). */
export function resetSharedNetwork(): void {
  delete (globalThis as Holder)[SHARED];
}
