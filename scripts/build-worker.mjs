// The server's worker bundle: app/server/heavy/worker.ts and the engine it runs, as one plain
// JavaScript module (.next/heavy-worker.mjs, or the path given), which the production server's pool
// starts in worker threads (app/server/heavy/pool.ts). Run after `next build` (npm run build does).
// The bundle must sit inside the project (it loads next and react from its node_modules).
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
    jsx: "automatic",
    // the engine, decimal.js and zod are bundled in; Next.js's image drawing (next/og, with its
    // WebAssembly) and React are the app's own, loaded from node_modules at run time
    external: ["react", "react/*", "react-dom", "react-dom/*"],
    // next has no exports map: an ES module names its files in full (next/og.js)
    plugins: [
      {
        name: "next-files",
        setup(b) {
          b.onResolve({ filter: /^next\/[^.]+$/ }, (args) => ({ path: `${args.path}.js`, external: true }));
        },
      },
    ],
    logLevel: "warning",
    legalComments: "none",
  });
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await buildWorker(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`Worker bundle: ${out}`);
}
