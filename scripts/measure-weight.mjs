// The JavaScript a first visit to `/` downloads, read from the production build (run `npx next build`
// first): `npm run weight` prints each first-load chunk and the gzipped total, then what every chunk
// of the build weighs together (the rest is loaded when a view needs it).
//
// First load = the framework's root chunks (.next/build-manifest.json `rootMainFiles`) and the chunks
// of every client module the page renders at once (`.next/server/app/page_client-reference-manifest.js`,
// modules not marked async). The legacy polyfills are left out: they carry `nomodule` and no current
// browser fetches them. Sizes are gzip at level 6, what the server sends a browser that does not take
// Brotli (Next.js's own compression), and the budget is in gzip; beside them the Brotli sizes, what
// it sends a browser that does (the build's `.br` copies, scripts/precompress.mjs; made here at the
// same quality 11 when the build has none).
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { STATIC_QUALITY } from "./compression.mjs";
import vm from "node:vm";

const NEXT = ".next";
const BUDGET_KB = 250;

if (!existsSync(join(NEXT, "build-manifest.json"))) {
  console.error("no build found: run `npx next build` first");
  process.exit(2);
}

const buildManifest = JSON.parse(readFileSync(join(NEXT, "build-manifest.json"), "utf8"));
/** "/_next/static/chunks/x.js" and "static/chunks/x.js" name the same file. */
const fileOf = (chunk) => join(NEXT, chunk.replace(/^\/_next\//, ""));

function clientManifest(route) {
  const file = join(NEXT, "server", "app", route, "page_client-reference-manifest.js");
  const sandbox = { globalThis: {} };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  const all = sandbox.__RSC_MANIFEST;
  const key = Object.keys(all).find((k) => k === `/${route ? `${route}/` : ""}page`) ?? Object.keys(all)[0];
  return all[key];
}

const firstLoad = new Set(buildManifest.rootMainFiles.map(fileOf));
const manifest = clientManifest("");
for (const mod of Object.values(manifest.clientModules)) {
  if (mod.async) continue;
  for (const chunk of mod.chunks) if (chunk.endsWith(".js")) firstLoad.add(fileOf(chunk));
}

const gz = (file) => gzipSync(readFileSync(file), { level: 6 }).length;
const br = (file) =>
  existsSync(`${file}.br`)
    ? statSync(`${file}.br`).size
    : brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: STATIC_QUALITY } }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

let raw = 0;
let zipped = 0;
let brotli = 0;
const rows = [...firstLoad].map((file) => {
  const r = readFileSync(file).length;
  const z = gz(file);
  const b = br(file);
  raw += r;
  zipped += z;
  brotli += b;
  return { file, r, z, b };
});
rows.sort((a, b) => b.z - a.z);
console.log("first load of / (JavaScript):");
const row = (z, b, r, what) => `  ${kb(z).padStart(7)} KB gz  ${kb(b).padStart(7)} KB br  ${kb(r).padStart(7)} KB  ${what}`;
for (const { file, r, z, b } of rows) console.log(row(z, b, r, file));
console.log(row(zipped, brotli, raw, `total (budget ${BUDGET_KB} KB gz)`));

const dir = join(NEXT, "static", "chunks");
let allRaw = 0;
let allZipped = 0;
for (const name of readdirSync(dir)) {
  if (!name.endsWith(".js")) continue;
  allRaw += readFileSync(join(dir, name)).length;
  allZipped += gz(join(dir, name));
}
console.log(`every chunk of the build: ${kb(allZipped)} KB gz, ${kb(allRaw)} KB`);

// The daily history tables (lib/history/daily.ts) come only when a view reads a recorded day: the
// first figure of the recorded difficulty marks a chunk that carries them.
const DAILY_MARK = "3091220.95474943";
const carrying = readdirSync(dir)
  .filter((name) => name.endsWith(".js") && readFileSync(join(dir, name), "utf8").includes(DAILY_MARK))
  .map((name) => join(dir, name));
const inFirst = carrying.filter((file) => firstLoad.has(file));
const smallest = Math.min(...carrying.filter((file) => !firstLoad.has(file)).map(gz));
console.log(
  inFirst.length > 0
    ? `the daily history tables are in the first load (${inFirst.join(", ")})`
    : `the daily history tables, loaded when a view reads a recorded day (a replay link preloads them): ${kb(smallest)} KB gz`,
);
if (process.argv.includes("--check") && inFirst.length > 0) {
  console.error("the daily history tables are in the first load");
  process.exit(1);
}
if (process.argv.includes("--check") && zipped / 1024 > BUDGET_KB) {
  console.error(`first load is ${kb(zipped)} KB gz, over the budget of ${BUDGET_KB} KB`);
  process.exit(1);
}
