/**
 * How the production server sends its answers (scripts/compression.mjs, used by scripts/server.mjs):
 * the build's Brotli copies of static files, Brotli on the fly for the rest, and nothing of either
 * for a client that does not take Brotli. Against a plain Node server on a free port and a build
 * directory made in a temporary folder (no Next.js build needed).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, request, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, createBrotliDecompress, createGunzip, gunzipSync } from "node:zlib";
import {
  acceptedCodings,
  chooseCoding,
  compressOnTheFly,
  prefersBrotli,
  serveStaticBrotli,
  staticFileOf,
  STATIC_CACHE,
} from "../../scripts/compression.mjs";
import { precompress } from "../../scripts/precompress.mjs";

describe("Accept-Encoding", () => {
  it("weighs each coding as RFC 9110 says: named, else `*`, else not accepted", () => {
    const q = acceptedCodings("gzip;q=0.8, BR ;q=0.5, *;q=0.1");
    expect(q("gzip")).toBe(0.8);
    expect(q("br")).toBe(0.5);
    expect(q("deflate")).toBe(0.1); // from *
    expect(acceptedCodings("gzip")("br")).toBe(0);
    expect(acceptedCodings(undefined)("br")).toBe(0);
  });

  it("chooses Brotli when it is accepted at least as much as gzip", () => {
    expect(prefersBrotli("gzip, deflate, br, zstd")).toBe(true); // Chromium's
    expect(prefersBrotli("br")).toBe(true);
    expect(prefersBrotli("*")).toBe(true);
    expect(prefersBrotli("gzip;q=0.5, br;q=0.5")).toBe(true); // a tie goes to Brotli
    expect(prefersBrotli("br;q=0.001")).toBe(true);
  });

  it("does not choose Brotli when it is refused, missing or weighed under gzip", () => {
    expect(prefersBrotli("gzip, deflate")).toBe(false);
    expect(prefersBrotli("gzip, br;q=0")).toBe(false);
    expect(prefersBrotli("br;q=0.0, gzip")).toBe(false);
    expect(prefersBrotli("*, br;q=0")).toBe(false); // named beats `*`
    expect(prefersBrotli("*;q=0")).toBe(false);
    expect(prefersBrotli("gzip;q=1, br;q=0.9")).toBe(false);
    expect(prefersBrotli("identity")).toBe(false);
    expect(prefersBrotli("")).toBe(false);
    expect(prefersBrotli(undefined)).toBe(false);
  });
});

describe("a static file's path", () => {
  const root = "/srv/app/.next/static";
  it("names a file under .next/static", () => {
    expect(staticFileOf(root, "/_next/static/chunks/a.js")).toBe(`${root}/chunks/a.js`);
    expect(staticFileOf(root, "/_next/static/chunks/a%20b.js?dpl=1")).toBe(`${root}/chunks/a b.js`);
  });

  it("refuses every way out of it", () => {
    for (const url of [
      "/_next/static/../../package.json",
      "/_next/static/chunks/../../../next.config.js",
      "/_next/static/..%2F..%2Fpackage.json",
      "/_next/static/%2e%2e/%2e%2e/package.json",
      "/_next/static/..",
      "/_next/static/",
      "/_next/static/chunks/a.js%00.br",
      "/_next/static/%E0%A4%A",
      "/_next/staticx/a.js",
      "/favicon.ico",
    ]) {
      expect(staticFileOf(root, url), url).toBeNull();
    }
  });
});

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

function get(base: string, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

const SITE_HEADERS: [string, string][] = [
  ["X-Content-Type-Options", "nosniff"],
  ["X-Frame-Options", "DENY"],
];

describe("the production server's answers", () => {
  let dir: string;
  let staticDir: string;
  let server: Server;
  let base: string;
  const script = `// a chunk\n${"export const figure = 'payback on day 189';\n".repeat(200)}`;
  const page = `<!doctype html><html><body>${"<p>Pays back on day 189</p>".repeat(200)}</body></html>`;
  /** the second half of the streamed page waits for this: the test calls it when the first half has arrived */
  let releaseStream: () => void = () => {};
  let streamEnded = false;

  function notFound(res: ServerResponse, path: string) {
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/plain");
    res.setHeader("X-Answered-By", "next");
    res.end(`not found: ${path}`);
  }

  /** The routes Next.js would answer, in miniature. */
  function route(path: string, res: ServerResponse) {
    if (path === "/stream") {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.flushHeaders();
      res.write(`<!doctype html><html><body><p id="first">${"first ".repeat(400)}</p>`);
      (res as ServerResponse & { flush?: () => void }).flush?.();
      new Promise<void>((r) => (releaseStream = r)).then(() => {
        streamEnded = true;
        res.end(`<p id="second">second</p></body></html>`);
      });
    } else if (path === "/json") {
      res.setHeader("Content-Type", "application/json");
      res.setHeader("ETag", '"abc"');
      res.end(JSON.stringify({ rows: Array.from({ length: 200 }, (_, i) => ({ day: i, btc: "0.00012345" })) }));
    } else if (path === "/small") {
      // as Next.js sends a payload it has whole (send-payload.js): the length known when the head goes
      res.setHeader("Content-Type", "application/json");
      res.end('{"ok":true}');
    } else if (path === "/small-head") {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": "11" }).end('{"ok":true}');
    } else if (path === "/written-head") {
      res.writeHead(200, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(page);
    } else if (path === "/gzipped") {
      res.writeHead(200, { "Content-Type": "text/plain", "Content-Encoding": "gzip" }).end(Buffer.alloc(2000, 1));
    } else if (path === "/events") {
      res.writeHead(200, { "Content-Type": "text/event-stream" }).end(`data: ${"x".repeat(2000)}\n\n`);
    } else if (path === "/png") {
      res.writeHead(200, { "Content-Type": "image/png" }).end(Buffer.alloc(4000, 7));
    } else if (path === "/not-modified") {
      res.writeHead(304, { "Content-Type": "application/json" }).end();
    } else if (path.startsWith("/_next/static/") && staticFileOf(staticDir, path)) {
      // Next.js sending a static file itself, marked so that a test can tell
      let body: Buffer;
      try {
        body = readFileSync(staticFileOf(staticDir, path) ?? "");
      } catch {
        notFound(res, path);
        return;
      }
      res.setHeader("Content-Type", "application/javascript; charset=UTF-8");
      res.setHeader("Content-Length", body.length);
      res.setHeader("X-Answered-By", "next");
      res.end(body);
    } else {
      notFound(res, path);
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "compression-"));
    staticDir = join(dir, ".next", "static");
    mkdirSync(join(staticDir, "chunks"), { recursive: true });
    writeFileSync(join(staticDir, "chunks", "app.js"), script);
    writeFileSync(join(staticDir, "chunks", "style.css"), `body{color:red}\n`.repeat(200));
    writeFileSync(join(staticDir, "chunks", "tiny.js"), "1");
    writeFileSync(join(staticDir, "chunks", "worker.ts"), "x".repeat(3000));
    writeFileSync(join(staticDir, "chunks", "stale.js"), script);
    // outside .next/static, with a Brotli copy beside it: never sent
    writeFileSync(join(dir, ".next", "secret.js"), script);
    writeFileSync(join(dir, ".next", "secret.js.br"), brotliCompressSync(script));
    const made = await precompress(staticDir);
    expect(made.files).toBe(3); // app.js, style.css, stale.js: not the 1-byte one, not the .ts
    // stale.js rebuilt after its copy was made
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(staticDir, "chunks", "stale.js"), later, later);
    server = createServer((req, res) => {
      if (serveStaticBrotli(req, res, { staticDir, headers: SITE_HEADERS })) return;
      const coding = chooseCoding(req.headers["accept-encoding"]);
      if (coding) compressOnTheFly(req, res, coding);
      route(req.url ?? "", res);
    });
    base = await listen(server);
  });

  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("makes Brotli copies at quality 11 beside the static files", () => {
    const br = readFileSync(join(staticDir, "chunks", "app.js.br"));
    expect(brotliDecompressSync(br).toString()).toBe(script);
    expect(br.length).toBeLessThan(script.length / 10);
    expect(() => readFileSync(join(staticDir, "chunks", "tiny.js.br"))).toThrow();
    expect(() => readFileSync(join(staticDir, "chunks", "worker.ts.br"))).toThrow();
  });

  it("sends a static file's Brotli copy, with the headers Next.js sends for it, when Brotli is taken", async () => {
    const a = await get(base, "/_next/static/chunks/app.js", { "Accept-Encoding": "gzip, deflate, br, zstd" });
    expect(a.status).toBe(200);
    expect(a.headers["content-encoding"]).toBe("br");
    expect(a.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(a.headers["cache-control"]).toBe(STATIC_CACHE);
    expect(a.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(a.headers["vary"]).toBe("Accept-Encoding");
    expect(a.headers["x-content-type-options"]).toBe("nosniff");
    expect(a.headers["x-frame-options"]).toBe("DENY");
    expect(a.headers["etag"]).toMatch(/^W\/"br-[0-9a-f]+-[0-9a-f]+"$/);
    expect(Number(a.headers["content-length"])).toBe(a.body.length);
    expect(brotliDecompressSync(a.body).toString()).toBe(script);

    const css = await get(base, "/_next/static/chunks/style.css", { "Accept-Encoding": "br" });
    expect(css.headers["content-type"]).toBe("text/css; charset=UTF-8");
    expect(css.headers["content-encoding"]).toBe("br");

    // the same again with its tag: not modified
    const again = await get(base, "/_next/static/chunks/app.js", {
      "Accept-Encoding": "br",
      "If-None-Match": String(a.headers["etag"]),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);

    const head = await get(base, "/_next/static/chunks/app.js", { "Accept-Encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-encoding"]).toBe("br");
    expect(head.headers["content-length"]).toBe(a.headers["content-length"]);
    expect(head.body.length).toBe(0);
  });

  it("leaves a static file to Next.js when Brotli is not taken, or there is no fresh copy", async () => {
    for (const [path, accept, coding] of [
      ["/_next/static/chunks/app.js", "gzip, deflate", "gzip"],
      ["/_next/static/chunks/app.js", "gzip, br;q=0", "gzip"],
      ["/_next/static/chunks/app.js", "gzip;q=1, br;q=0.9", "gzip"],
      ["/_next/static/chunks/app.js", "", undefined],
      ["/_next/static/chunks/app.js", "identity", undefined],
      ["/_next/static/chunks/tiny.js", "br", undefined], // under 1 KB: as it is
      ["/_next/static/chunks/stale.js", "br", "br"], // made on the fly from the new file
      ["/_next/static/chunks/missing.js", "br", undefined],
    ] as const) {
      const a = await get(base, path, { "Accept-Encoding": accept });
      expect(a.headers["x-answered-by"], `${path} (${accept})`).toBe("next");
      expect(a.headers["content-encoding"], `${path} (${accept})`).toBe(coding);
      if (path.endsWith("app.js")) {
        const body = coding === "gzip" ? gunzipSync(a.body) : a.body;
        expect(body.toString()).toBe(script);
      }
    }
  });

  it("never sends a file outside .next/static", async () => {
    for (const path of ["/_next/static/..%2Fsecret.js", "/_next/static/chunks/..%2F..%2Fsecret.js", "/_next/static/%2e%2e/secret.js"]) {
      const a = await get(base, path, { "Accept-Encoding": "br" });
      expect(a.headers["x-answered-by"], path).toBe("next");
      expect(a.body.toString()).not.toContain("payback on day 189");
    }
  });

  it("compresses other answers in Brotli on the fly, marking the change in Vary and the tag", async () => {
    const json = await get(base, "/json", { "Accept-Encoding": "gzip, deflate, br" });
    expect(json.headers["content-encoding"]).toBe("br");
    expect(json.headers["vary"]).toBe("Accept-Encoding");
    expect(json.headers["content-length"]).toBeUndefined();
    expect(json.headers["etag"]).toBe('W/"abc"');
    const parsed = JSON.parse(brotliDecompressSync(json.body).toString());
    expect(parsed.rows).toHaveLength(200);
    expect(parsed.rows[199]).toEqual({ day: 199, btc: "0.00012345" });

    const text = await get(base, "/written-head", { "Accept-Encoding": "br" });
    expect(text.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(text.body).toString()).toBe(page);
  });

  it("compresses them in gzip for a client that takes gzip and not Brotli", async () => {
    for (const accept of ["gzip, deflate", "gzip, br;q=0", "br;q=0.5, gzip"]) {
      const json = await get(base, "/json", { "Accept-Encoding": accept });
      expect(json.headers["content-encoding"], accept).toBe("gzip");
      expect(json.headers["vary"]).toBe("Accept-Encoding");
      expect(JSON.parse(gunzipSync(json.body).toString()).rows).toHaveLength(200);
    }
  });

  it("sends as they are: small answers, encoded ones, event streams, images, 304s and HEAD", async () => {
    const small = await get(base, "/small", { "Accept-Encoding": "br" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.body.toString()).toBe('{"ok":true}');
    const smallHead = await get(base, "/small-head", { "Accept-Encoding": "br" });
    expect(smallHead.headers["content-encoding"]).toBeUndefined();
    expect(smallHead.body.toString()).toBe('{"ok":true}');
    const gz = await get(base, "/gzipped", { "Accept-Encoding": "br" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.body.length).toBe(2000);
    const events = await get(base, "/events", { "Accept-Encoding": "br" });
    expect(events.headers["content-encoding"]).toBeUndefined();
    expect(events.body.toString()).toContain("data: xxx");
    const png = await get(base, "/png", { "Accept-Encoding": "br" });
    expect(png.headers["content-encoding"]).toBeUndefined();
    expect(png.headers["vary"]).toBeUndefined();
    expect(png.body.length).toBe(4000);
    const notModified = await get(base, "/not-modified", { "Accept-Encoding": "br" });
    expect(notModified.status).toBe(304);
    expect(notModified.headers["content-encoding"]).toBeUndefined();
    const head = await get(base, "/json", { "Accept-Encoding": "br" }, "HEAD");
    expect(head.headers["content-encoding"]).toBeUndefined();
    const neither = await get(base, "/json", { "Accept-Encoding": "br;q=0, gzip;q=0, deflate" });
    expect(neither.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(neither.body.toString()).rows).toHaveLength(200);
  });

  it.each(["br", "gzip"])("streams in %s: the first part of a page arrives, decoded, before the page has ended", async (coding) => {
    streamEnded = false;
    const text = await new Promise<string>((resolve, reject) => {
      const req = request(`${base}/stream`, { headers: { "Accept-Encoding": coding } }, (res) => {
        expect(res.headers["content-encoding"]).toBe(coding);
        const decoder = res.pipe(coding === "br" ? createBrotliDecompress() : createGunzip());
        let seen = "";
        let released = false;
        decoder.on("data", (c: Buffer) => {
          seen += c.toString();
          // the first paragraph is whole, and the server is still holding the rest
          if (!released && seen.includes("</p>")) {
            released = true;
            expect(streamEnded).toBe(false);
            releaseStream();
          }
        });
        decoder.on("end", () => resolve(seen));
        decoder.on("error", reject);
      });
      req.on("error", reject);
      req.end();
    });
    expect(text).toContain('<p id="first">');
    expect(text.endsWith(`<p id="second">second</p></body></html>`)).toBe(true);
  });
});
