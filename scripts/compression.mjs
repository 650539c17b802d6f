// What the production server (scripts/server.mjs) sends compressed, and how:
//   - the build's static files (/_next/static/…): the Brotli file made at build time at quality 11
//     (scripts/precompress.mjs), sent as it is when the browser takes Brotli;
//   - everything else Next.js answers (the pages' HTML, their streamed RSC payloads, the JSON API, the
//     static files without a copy): Brotli on the fly at a fast quality, flushed as Next.js flushes,
//     when the browser takes Brotli;
//   - a browser that does not take Brotli: gzip at level 6, as Next.js's own compression made it
//     (switched off in next.config.js: this does all of it).
import { createReadStream, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { constants, createBrotliCompress, createGzip } from "node:zlib";

/** Quality of the Brotli made at build time (the best and slowest: made once). */
export const STATIC_QUALITY = 11;
/** Quality of the Brotli made per request: about gzip's time for a smaller answer (Brotli's 4). */
export const DYNAMIC_QUALITY = 4;
/** Level of the gzip made per request: Next.js's (the compression middleware's default). */
export const GZIP_LEVEL = 6;
/** Below this many bytes an answer is sent as it is (compression would save less than a packet). */
export const THRESHOLD_BYTES = 1024;
/** The cache rule Next.js sends with the build's static files: their names change with their content. */
export const STATIC_CACHE = "public, max-age=31536000, immutable";
export const STATIC_PREFIX = "/_next/static/";

/** The static files made in Brotli at build time, by extension, with the type Next.js sends them as. */
export const STATIC_TYPES = {
  ".js": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=UTF-8",
  ".map": "application/json; charset=UTF-8",
  ".txt": "text/plain; charset=UTF-8",
};

/**
 * The weight (q) an Accept-Encoding header gives each content coding, per RFC 9110 §12.5.3: a coding
 * named takes its own q (1 when none is given), one not named takes `*`'s, else it is not accepted
 * (q 0). A missing or empty header accepts no coding but identity.
 * @param {string | string[] | undefined} header
 * @returns {(coding: string) => number}
 */
export function acceptedCodings(header) {
  const text = Array.isArray(header) ? header.join(",") : (header ?? "");
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const part of text.split(",")) {
    const [name, ...params] = part.split(";").map((s) => s.trim());
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const m = /^q\s*=\s*([0-9.]+)$/i.exec(param);
      if (m) q = Math.min(1, Math.max(0, Number(m[1]) || 0));
    }
    const key = name.toLowerCase();
    // a coding named twice takes the higher weight
    weights.set(key, Math.max(q, weights.get(key) ?? 0));
  }
  return (coding) => weights.get(coding) ?? weights.get("*") ?? 0;
}

/**
 * Whether to answer in Brotli: the client accepts it (q > 0) at least as much as gzip (Brotli is
 * smaller at the same or less cost, so it wins a tie).
 * @param {string | string[] | undefined} header the request's Accept-Encoding
 */
export function prefersBrotli(header) {
  const q = acceptedCodings(header);
  return q("br") > 0 && q("br") >= q("gzip");
}

/**
 * The coding of an answer made on the fly: Brotli when preferred (above), else gzip when accepted,
 * else none.
 * @param {string | string[] | undefined} header the request's Accept-Encoding
 * @returns {"br" | "gzip" | null}
 */
export function chooseCoding(header) {
  if (prefersBrotli(header)) return "br";
  return acceptedCodings(header)("gzip") > 0 ? "gzip" : null;
}

/**
 * The build's static file a request path names, or null when the path is not one (outside
 * /_next/static, a `..` or encoded separator leading out of it, a NUL, bad percent-encoding).
 * @param {string} staticDir the build's `.next/static`
 * @param {string} url the request's URL (path and query)
 */
export function staticFileOf(staticDir, url) {
  const path = url.split("?")[0] ?? "";
  if (!path.startsWith(STATIC_PREFIX)) return null;
  let rel;
  try {
    rel = decodeURIComponent(path.slice(STATIC_PREFIX.length));
  } catch {
    return null;
  }
  if (rel === "" || rel.includes("\0")) return null;
  const root = resolve(staticDir);
  const file = resolve(join(root, rel));
  return file.startsWith(root + sep) ? file : null;
}

/**
 * Sends the build's Brotli copy of a static file when the request is for one, the client takes
 * Brotli, and the copy exists; returns false otherwise (the caller hands the request to Next.js,
 * which sends the file itself, compressed on the fly as any other answer).
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {{ staticDir: string, headers?: [string, string][] }} options `headers`: the site's
 *   headers (next.config.js) that Next.js would have added
 */
export function serveStaticBrotli(req, res, { staticDir, headers = [] }) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (!prefersBrotli(req.headers["accept-encoding"])) return false;
  const file = staticFileOf(staticDir, req.url ?? "");
  if (!file) return false;
  const type = STATIC_TYPES[/** @type {keyof typeof STATIC_TYPES} */ (extname(file))];
  if (!type) return false;
  let original;
  let br;
  try {
    original = statSync(file);
    br = statSync(`${file}.br`);
  } catch {
    return false;
  }
  // a copy older than its file is stale (the file rebuilt in place): Next.js sends the file
  if (!original.isFile() || !br.isFile() || br.mtimeMs < original.mtimeMs) return false;

  for (const [key, value] of headers) res.setHeader(key, value);
  res.setHeader("Cache-Control", STATIC_CACHE);
  res.setHeader("Content-Type", type);
  res.setHeader("Content-Encoding", "br");
  res.setHeader("Vary", "Accept-Encoding");
  res.setHeader("Last-Modified", original.mtime.toUTCString());
  // weak, as Next.js's are; the size of the Brotli copy tells it from the file's other encodings
  const etag = `W/"br-${br.size.toString(16)}-${Math.floor(original.mtimeMs).toString(16)}"`;
  res.setHeader("ETag", etag);
  const match = req.headers["if-none-match"];
  if (match && match.split(",").some((t) => t.trim() === etag || t.trim() === "*")) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  res.statusCode = 200;
  res.setHeader("Content-Length", br.size);
  if (req.method === "HEAD") {
    res.end();
    return true;
  }
  const stream = createReadStream(`${file}.br`);
  stream.on("error", () => res.destroy());
  res.on("close", () => stream.destroy());
  stream.pipe(res);
  return true;
}

/** Answers compressed on the fly: text, JSON, scripts, SVG, Next.js's RSC payloads. */
const COMPRESSIBLE = /^(text\/(?!event-stream)|application\/(json|javascript|xml|manifest\+json|[a-z.+-]*\+(json|xml))|image\/svg\+xml)/i;

/** @param {import("node:http").ServerResponse} res */
function shouldCompress(res, method) {
  if (method === "HEAD") return false;
  const status = res.statusCode;
  if (status < 200 || status === 204 || status === 304) return false;
  const encoding = String(res.getHeader("Content-Encoding") ?? "identity").toLowerCase();
  if (encoding !== "identity") return false;
  if (!COMPRESSIBLE.test(String(res.getHeader("Content-Type") ?? ""))) return false;
  if (/\bno-transform\b/i.test(String(res.getHeader("Cache-Control") ?? ""))) return false;
  const length = res.getHeader("Content-Length");
  return length === undefined || Number(length) >= THRESHOLD_BYTES;
}

/** @param {unknown} chunk @param {BufferEncoding | undefined} encoding */
function byteLength(chunk, encoding) {
  if (chunk === undefined || chunk === null) return 0;
  return typeof chunk === "string" ? Buffer.byteLength(chunk, encoding) : /** @type {Uint8Array} */ (chunk).length;
}

/** Adds Accept-Encoding to the response's Vary unless it is there (or Vary is `*`). */
function varyOnEncoding(res) {
  const vary = res.getHeader("Vary");
  const list = (Array.isArray(vary) ? vary.join(",") : String(vary ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.includes("*") || list.some((v) => v.toLowerCase() === "accept-encoding")) return;
  res.setHeader("Vary", [...list, "Accept-Encoding"].join(", "));
}

/**
 * Makes the response compress its body on the fly, in `coding`, when it turns out to be compressible
 * (see `shouldCompress`; decided when its headers are written, as the compression middleware does).
 * Each `res.flush()` (Next.js calls it after every chunk of a streamed page) sends what has been
 * compressed so far, so a streamed page still arrives in pieces.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {"br" | "gzip"} coding
 */
export function compressOnTheFly(req, res, coding) {
  const write = res.write;
  const end = res.end;
  const on = res.on;
  const writeHead = res.writeHead;
  /** @type {import("node:zlib").BrotliCompress | import("node:zlib").Gzip | null} */
  let stream = null;
  let ended = false;
  /** @type {number | undefined} */
  let endLength;
  /** `drain` listeners added before the headers: they go to the compressor when there is one */
  /** @type {[string, (...args: unknown[]) => void][]} */
  const waiting = [];
  let decided = false;

  const decide = () => {
    if (decided) return;
    decided = true;
    const yes = shouldCompress(res, req.method) && (endLength === undefined || endLength >= THRESHOLD_BYTES);
    if (COMPRESSIBLE.test(String(res.getHeader("Content-Type") ?? ""))) varyOnEncoding(res);
    if (!yes) {
      for (const [type, listener] of waiting) on.call(res, type, listener);
      return;
    }
    res.setHeader("Content-Encoding", coding);
    res.removeHeader("Content-Length");
    // the body is no longer byte for byte the one the entity tag named
    const etag = res.getHeader("ETag");
    if (typeof etag === "string" && !etag.startsWith("W/")) res.setHeader("ETag", `W/${etag}`);
    stream =
      coding === "br"
        ? createBrotliCompress({
            params: { [constants.BROTLI_PARAM_QUALITY]: DYNAMIC_QUALITY, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
          })
        : createGzip({ level: GZIP_LEVEL });
    for (const [type, listener] of waiting) stream.on(type, listener);
    stream.on("data", (chunk) => {
      if (write.call(res, chunk) === false) stream?.pause();
    });
    stream.on("end", () => end.call(res));
    stream.on("error", () => res.destroy());
    on.call(res, "drain", () => stream?.resume());
  };

  res.writeHead = function (statusCode, ...rest) {
    // headers given to writeHead are set first, so that the decision sees them
    const headers = typeof rest[0] === "string" ? rest[1] : rest[0];
    const reason = typeof rest[0] === "string" ? rest[0] : undefined;
    res.statusCode = statusCode;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
    } else if (headers) {
      for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
    }
    decide();
    return reason === undefined ? writeHead.call(res, statusCode) : writeHead.call(res, statusCode, reason);
  };
  res.write = function (chunk, encoding, cb) {
    if (typeof encoding === "function") [encoding, cb] = [undefined, encoding];
    if (ended) return false;
    if (!res.headersSent) res.writeHead(res.statusCode);
    if (!stream) return write.call(res, chunk, encoding, cb);
    return stream.write(typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk, cb);
  };
  res.end = function (chunk, encoding, cb) {
    if (ended) return res;
    if (typeof chunk === "function") [chunk, encoding, cb] = [undefined, undefined, chunk];
    if (typeof encoding === "function") [encoding, cb] = [undefined, encoding];
    if (!res.headersSent) {
      // the whole body is here: its length decides as a Content-Length would
      if (res.getHeader("Content-Length") === undefined) endLength = byteLength(chunk, encoding);
      res.writeHead(res.statusCode);
    }
    ended = true;
    if (!stream) return end.call(res, chunk, encoding, cb);
    if (cb) res.once("finish", cb);
    if (chunk !== undefined && chunk !== null) stream.end(typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk);
    else stream.end();
    return res;
  };
  /** what has been compressed so far goes out now (Next.js calls this after each streamed chunk) */
  res.flush = function () {
    if (stream) stream.flush(coding === "br" ? constants.BROTLI_OPERATION_FLUSH : constants.Z_SYNC_FLUSH);
  };
  res.on = function (type, listener) {
    if (type !== "drain") return on.call(res, type, listener);
    if (stream) stream.on(type, listener);
    else if (!decided) waiting.push([type, listener]);
    else on.call(res, type, listener);
    return res;
  };
  // a client gone before the end: the compressor is let go
  on.call(res, "close", () => {
    if (stream && !res.writableFinished) stream.destroy();
  });
}
