// The build's static files in Brotli, made once after `next build` (npm run build, npm start when it
// builds, the browser tests' build): beside each script, style sheet, SVG and JSON of .next/static
// of 1 KB or more, a `.br` copy at Brotli's best quality (11), which the production server
// (scripts/server.mjs) sends as it is to a browser that takes Brotli. A copy not smaller than its
// file is not kept. `node scripts/precompress.mjs [dir]` (default .next/static).
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliCompress as brotliCallback, constants } from "node:zlib";
import { STATIC_QUALITY, STATIC_TYPES, THRESHOLD_BYTES } from "./compression.mjs";

const brotliCompress = promisify(brotliCallback);

/** @param {string} dir */
async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

/**
 * Writes the `.br` copies; returns how many files and bytes went in and came out.
 * @param {string} [dir]
 */
export async function precompress(dir = resolve(".next", "static")) {
  let files = 0;
  let before = 0;
  let after = 0;
  for (const file of await filesUnder(dir)) {
    if (!(extname(file) in STATIC_TYPES)) continue;
    const data = await readFile(file);
    if (data.length < THRESHOLD_BYTES) continue;
    const br = await brotliCompress(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: STATIC_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    });
    if (br.length >= data.length) {
      await rm(`${file}.br`, { force: true });
      continue;
    }
    // written after its file was read: newer than it (the server sends no copy older than its file)
    await writeFile(`${file}.br`, br);
    files += 1;
    before += data.length;
    after += br.length;
  }
  return { files, before, after };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, before, after } = await precompress(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`Brotli copies: ${files} static files, ${(before / 1024).toFixed(1)} KB → ${(after / 1024).toFixed(1)} KB`);
}
