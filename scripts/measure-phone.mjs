// How fast each way into the app comes to life on a mid-range phone (a measurement, not a test):
//   npx next build && node scripts/build-worker.mjs && npm run phone-speed [baseURL]
// Opens each entry on the production build as a first visit (a new browser profile: its cache starts
// empty; what the page fetched its workers then find in it) on a phone profile: a 390×844
// screen, the CPU slowed 4× (Chromium's own throttling), 150 ms round trip, 1.6 Mbit/s down and
// 750 kbit/s up. Three runs per entry; prints for each the median and the spread (lowest–highest) of:
//   - answer: the first byte of the page's HTML;
//   - paint: the first contentful paint;
//   - alive: when the page marks itself alive (`<html data-ready>`, set once React has hydrated it);
//   - blocking: the main thread's total blocking time after the first paint, Σ (long task − 50 ms),
//     each long task cut at the first paint, until the page has been quiet for 3 s after it is alive;
//   - run: the main thread's time running script until the page is alive (Chromium's ScriptDuration,
//     slowed 4× like the rest: less moved by the machine's other work than the times above);
//   - script: the JavaScript transferred (bytes on the wire, compressed as sent: Brotli to Chromium).
// The goal: every entry alive within 2.0 s with under 200 ms of blocking time. The machine's load
// changes the figures: it is printed with them; compare before and after under the same load.
// PHONE_ENCODING=gzip asks for gzip only (a browser without Brotli): run it by turns with the default
// to see what Brotli saves under the same load.
import { loadavg } from "node:os";
import { openPage } from "./serve.mjs";

const ENTRIES = [
  ["opening page", "/"],
  ["shared compare link", "/?v=1&preset=s9-2018-huaqiangbei&mode=compare&dg=6&hfee=60"],
  ["replay link", "/?v=1&preset=s9-2018-replay&days=1825"],
  ["rigs ranking", "/rigs"],
];
const RUNS = Number(process.env.PHONE_RUNS ?? 3);
const ONLY = process.env.PHONE_ONLY;
// PHONE_ENCODING=gzip: the browser asks for gzip only (as a browser without Brotli), to compare the two
// under the same load
const ENCODING = process.env.PHONE_ENCODING;
const CPU_SLOWDOWN = 4;
const NETWORK = {
  offline: false,
  latency: 150, // ms, round trip
  downloadThroughput: (1.6 * 1000 * 1000) / 8, // bytes/s: 1.6 Mbit/s
  uploadThroughput: (750 * 1000) / 8, // bytes/s: 750 kbit/s
};
const QUIET_MS = 3000;
const GIVE_UP_MS = 60_000;

/** Records paints, long tasks and the moment `data-ready` appears, from the page's first script on. */
function observe() {
  const w = window;
  w.__phone = { long: [], ready: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__phone.long.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: "longtask", buffered: true });
  // the init script runs before the parser has made <html>: watch the whole document
  const mark = () => {
    if (w.__phone.ready === null && document.documentElement?.hasAttribute("data-ready")) {
      w.__phone.ready = performance.now();
    }
  };
  new MutationObserver(mark).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
  mark();
}

async function measureOnce(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    userAgent: "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Performance.enable");
  await cdp.send("Network.emulateNetworkConditions", NETWORK);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  if (ENCODING) await cdp.send("Network.setExtraHTTPHeaders", { headers: { "Accept-Encoding": ENCODING } });
  const types = new Map();
  let scriptBytes = 0;
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
  cdp.on("Network.loadingFinished", (e) => {
    if (types.get(e.requestId) === "Script") scriptBytes += e.encodedDataLength;
  });
  await page.addInitScript(observe);
  await page.goto(url, { waitUntil: "commit" });
  await page.locator("html[data-ready]").waitFor({ state: "attached", timeout: GIVE_UP_MS });
  const { metrics } = await cdp.send("Performance.getMetrics");
  const run = 1000 * (metrics.find((m) => m.name === "ScriptDuration")?.value ?? 0);
  // wait until no long task has begun for QUIET_MS (the first effects, workers' answers, late chunks)
  for (let waited = 0; waited < GIVE_UP_MS; waited += 250) {
    const quiet = await page.evaluate((q) => {
      const last = window.__phone.long.reduce((t, e) => Math.max(t, e.start + e.ms), window.__phone.ready);
      return performance.now() - last >= q;
    }, QUIET_MS);
    if (quiet) break;
    await page.waitForTimeout(250);
  }
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
    return { answer: nav.responseStart, fcp, ready: window.__phone.ready, long: window.__phone.long };
  });
  await context.close();
  const after = r.fcp ?? 0;
  const blocking = r.long.reduce((sum, t) => {
    const end = t.start + t.ms;
    const counted = end - Math.max(t.start, after);
    return sum + Math.max(0, counted - 50);
  }, 0);
  return { answer: r.answer, paint: r.fcp, alive: r.ready, blocking, run, script: scriptBytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (v) => `${Math.round(v)}`;
const kb = (v) => (v / 1024).toFixed(1);
const cell = (xs, f) => `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;

const before = loadavg()[0];
const { base, browser, close } = await openPage(Number(process.env.E2E_PORT ?? 3125));
const results = [];
try {
  // the server's first answer of each route is slower (its modules load): not a phone's concern
  for (const [, path] of ENTRIES) await fetch(`${base}${path}`).then((r) => r.text());
  for (const [name, path] of ENTRIES) {
    if (ONLY && !name.includes(ONLY)) continue;
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measureOnce(browser, `${base}${path}`));
    results.push({ name, path, runs });
    process.stderr.write(`measured ${name}\n`);
  }
} finally {
  await close();
}
const after = loadavg()[0];

console.log(
  `Phone profile: 390×844, CPU ${CPU_SLOWDOWN}× slower, ${NETWORK.latency} ms round trip, 1.6 Mbit/s down, ` +
    `750 kbit/s up, a first visit (empty cache)${ENCODING ? `, Accept-Encoding: ${ENCODING}` : ""}. Median of ${RUNS} (lowest–highest). ` +
    `Load average ${before.toFixed(1)} → ${after.toFixed(1)}.`,
);
const head = ["entry", "answer ms", "paint ms", "alive ms", "blocking ms", "run ms", "script KB"];
const rows = results.map(({ name, runs }) => [
  name,
  cell(
    runs.map((r) => r.answer),
    ms,
  ),
  cell(
    runs.map((r) => r.paint),
    ms,
  ),
  cell(
    runs.map((r) => r.alive),
    ms,
  ),
  cell(
    runs.map((r) => r.blocking),
    ms,
  ),
  cell(
    runs.map((r) => r.run),
    ms,
  ),
  cell(
    runs.map((r) => r.script),
    kb,
  ),
]);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log(line(head));
for (const r of rows) console.log(line(r));
console.log("Goal: alive within 2000 ms and under 200 ms of blocking time, each entry.");
for (const { name, path } of results) console.log(`  ${name}: ${path}`);
