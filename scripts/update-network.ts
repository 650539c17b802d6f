/**
 * npm run update-network: reads today's height, difficulty, recent fees per block and BTC price
 * from a mempool-compatible API and writes them, with the date read and the source, into
 * data/network.ts and the network block of data/README.md. Nothing is written when the API fails
 * or answers garbage (exit code 1, the reason on stderr).
 *
 * Environment: NETWORK_API_BASE (default https://mempool.space/api), NETWORK_TIMEOUT_MS (default
 * 15000 here), NETWORK_DATA_DIR (default data/, where network.ts and README.md are).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { fetchNetwork, networkConfig, utcDate } from "../app/server/network";
import type { NetworkFigures } from "../lib/network/figures";
import { networkModule, replaceReadmeBlock } from "./network-file";

const SCRIPT_TIMEOUT_MS = 15_000;

export type UpdateResult = { ok: true; network: NetworkFigures; files: string[] } | { ok: false; reason: string };

export async function updateNetwork({
  base,
  timeoutMs,
  date,
  dataDir,
}: {
  base: string;
  timeoutMs: number;
  date: string;
  dataDir: string;
}): Promise<UpdateResult> {
  const readmeFile = join(dataDir, "README.md");
  const networkFile = join(dataDir, "network.ts");
  const readme = readFileSync(readmeFile, "utf8");
  const reading = await fetchNetwork({ base, timeoutMs, date });
  if (!reading.ok) return { ok: false, reason: reading.reason };
  const nextReadme = replaceReadmeBlock(readme, reading.network);
  if (nextReadme === null) return { ok: false, reason: `${readmeFile} has no network block to replace` };
  writeFileSync(networkFile, networkModule(reading.network));
  writeFileSync(readmeFile, nextReadme);
  return { ok: true, network: reading.network, files: [networkFile, readmeFile] };
}

async function main() {
  const config = networkConfig();
  const timeoutMs = process.env.NETWORK_TIMEOUT_MS ? config.timeoutMs : SCRIPT_TIMEOUT_MS;
  const dataDir = resolve(process.env.NETWORK_DATA_DIR ?? "data");
  const result = await updateNetwork({ base: config.base, timeoutMs, date: utcDate(Date.now()), dataDir });
  if (!result.ok) {
    process.stderr.write(`update-network: ${result.reason}; nothing written\n`);
    process.exitCode = 1;
    return;
  }
  const n = result.network;
  process.stdout.write(
    `Network of ${n.date} from ${config.base}: height ${n.height}, difficulty ${n.difficulty}, ` +
      `fees ${n.feesPerBlockBtc} BTC per block (${n.feesBlocks} blocks), BTC US$${n.btcUsd}\nWrote ${result.files.join(", ")}\n`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) void main();
