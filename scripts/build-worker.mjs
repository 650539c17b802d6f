// The server's worker bundle: app/server/heavy/worker.ts and the engine it runs, as one plain
// JavaScript module (.next/heavy-worker.mjs, or the path given), which the production server's pool
// starts in worker threads (app/server/heavy/pool.ts). Run after `next build` (npm run build does).
import { build } from "esbuild";
import { resolve } from "node:path";

export async function buildWorker(outfile = resolve(".next", "heavy-worker.mjs")) {
  await build({
    entryPoints: [resolve("app/server/heavy/worker.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: resolve("tsconfig.json"),
    // decimal.js and zod are bundled in: the worker needs no module resolution at run time
    logLevel: "warning",
    legalComments: "none",
  });
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await buildWorker(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`Worker bundle: ${out}`);
}
