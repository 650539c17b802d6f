// Builds app/favicon.ico from app/icon.svg: PNG images at 16, 32 and 48 px in one ICO file (the
// format allows PNG entries since Windows Vista; every current browser reads them).
// Run: node scripts/build-favicon.mjs
import { readFileSync, writeFileSync } from "node:fs";
import sharp from "sharp";

const svg = readFileSync(new URL("../app/icon.svg", import.meta.url));
const sizes = [16, 32, 48];
const images = await Promise.all(sizes.map((size) => sharp(svg, { density: 384 }).resize(size, size).png().toBuffer()));

const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // 1 = icon
header.writeUInt16LE(images.length, 4);
const entries = [];
let offset = 6 + 16 * images.length;
for (const [i, png] of images.entries()) {
  const e = Buffer.alloc(16);
  const size = sizes[i] ?? 0;
  e.writeUInt8(size % 256, 0); // width (0 means 256)
  e.writeUInt8(size % 256, 1); // height
  e.writeUInt8(0, 2); // no palette
  e.writeUInt8(0, 3);
  e.writeUInt16LE(1, 4); // colour planes
  e.writeUInt16LE(32, 6); // bits per pixel
  e.writeUInt32LE(png.length, 8);
  e.writeUInt32LE(offset, 12);
  offset += png.length;
  entries.push(e);
}
writeFileSync(new URL("../app/favicon.ico", import.meta.url), Buffer.concat([header, ...entries, ...images]));
console.log(`app/favicon.ico: ${sizes.join(", ")} px, ${offset} bytes`);
