// The production server: `node scripts/server.mjs [-p PORT] [-H HOST]` (PORT from the environment,
// else 3000; every address unless -H). Next.js answers every request (the pages, proxy.ts's nonce,
// next.config.js's headers, the API); this server only chooses how the answer travels:
//   - the build's static files in the Brotli made at build time (quality 11, scripts/precompress.mjs)
//     when the browser takes Brotli;
//   - the rest in Brotli made on the fly (quality 4, flushed with each streamed chunk) when the
//     browser takes Brotli, else in gzip (level 6, as Next.js made it: its own compression is
//     switched off in next.config.js) (scripts/compression.mjs).
// A request's headers may hold 64 KB (scripts/server-options.mjs): a long link reaches the app and
// gets its JSON 400. SIGTERM or SIGINT stops it: no new connection, the answers in flight finished
// (5 s at most).
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chooseCoding, compressOnTheFly, serveStaticBrotli } from "./compression.mjs";
import { MAX_HEADER_BYTES } from "./server-options.mjs";

process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  strict: true,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`server: the port must be a whole number from 0 to 65535 (got ${values.port ?? process.env.PORT})`);
  process.exit(2);
}

const dir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// the headers next.config.js gives every path, which Next.js would add to a static file it sent (a rule
// for some paths only would have to be added here too: tests/e2e/headers.spec.ts compares the two)
const require = createRequire(import.meta.url);
const config = require(resolve(dir, "next.config.js"));
const siteHeaders = ((await config.headers?.()) ?? [])
  .filter((rule) => rule.source === "/:path*")
  .flatMap((rule) => rule.headers.map(({ key, value }) => [key, value]));

// imported after NODE_ENV is set: React and Next.js pick their production builds when loaded
const { default: next } = await import("next");
const app = next({ dev: false, dir, hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();
const staticDir = resolve(dir, ".next", "static");

const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
  if (serveStaticBrotli(req, res, { staticDir, headers: siteHeaders })) return;
  const coding = chooseCoding(req.headers["accept-encoding"]);
  if (coding) compressOnTheFly(req, res, coding);
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

// a port taken or refused ends the process (Next.js would log the error and leave it running, idle)
server.on("error", (error) => {
  console.error(`server: cannot listen on ${hostname ?? "every address"} port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  const address = server.address();
  const shown = typeof address === "object" && address ? `${hostname ?? "localhost"}:${address.port}` : String(address);
  console.log(`Rig Payback ready on http://${shown}`);
});

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping`);
  const force = setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, 5000);
  force.unref();
  server.close(async () => {
    await app.close().catch(() => {});
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
