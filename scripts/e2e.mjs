// Browser tests: find (or install) Chromium, build the app once (and check the page's weight on it:
// scripts/measure-weight.mjs), then run Playwright against the production server (scripts/server.mjs)
// on E2E_PORT. Extra arguments go to Playwright (e.g. `npm run test:e2e -- -g share`).
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./find-chromium.mjs";
import { buildWorker } from "./build-worker.mjs";
import { precompress } from "./precompress.mjs";
import { serverEnv } from "./server-options.mjs";

const chromium = ensureChromium();
// NETWORK_REFRESH=off: the server keeps the stored network (data/network.ts) and never reaches the internet
const env = serverEnv({ ...process.env, CHROMIUM_PATH: chromium, NEXT_TELEMETRY_DISABLED: "1", NETWORK_REFRESH: "off" });

if (!process.env.E2E_SKIP_BUILD) {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  // the server's worker bundle for the heavy work (app/server/heavy), as npm run build makes it
  await buildWorker();
  // the static files' Brotli copies, as npm run build makes them (scripts/precompress.mjs)
  await precompress();
  // the page's weight, read from the build just made: over the budget (or the daily history tables
  // in the first load) fails the run, as a test would
  const weight = spawnSync("node", ["scripts/measure-weight.mjs", "--check"], { stdio: "inherit", env });
  if (weight.status !== 0) process.exit(weight.status ?? 1);
}
const run = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(run.status ?? 1);
