// `npm run load [-- base-url]`: how the production server holds up under the heaviest legal requests.
// Loopback only, bounded: a light /api/payback is timed alone (idle), then while four of the
// heaviest legal requests are kept in flight (each finished one replaced by the next, for a fixed
// time). Prints the light request's p50/p99/max in both phases, and each heavy request's status and
// time. Goal (README, "Bounded work"): light p99 under 300 ms with the heavy ones in flight, and no
// request over 5 s. Without a base URL it serves the production build on E2E_PORT (default 3204).
// --check: exit 1 when the goal is missed. --with-page: the page of a heavy replay (/) among the heavy
// requests too (its server render computes the scenario on the request thread).
import { serve } from "./serve.mjs";

const args = process.argv.slice(2);
const check = args.includes("--check");
const withPage = args.includes("--with-page");
const given = args.find((a) => a.startsWith("http"));
if (given && !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/?$/.test(given)) {
  console.error("load: only a loopback address (http://127.0.0.1:PORT) is measured");
  process.exit(2);
}

const LIGHT = "/api/payback?v=1&preset=s21";
const LIGHT_COUNT = 200;
const LIGHT_GAP_MS = 50;
const LOADED_MS = 30_000;
const HEAVY_IN_FLIGHT = 4;
const MONTHS = "0.25,0.25,0.25,0.25,0.15,0.15,0.15,0.15,0.15,0.15,0.25,0.25";
// from January 2022, when some thirty rigs had been released (a ranking holds the rigs released by its start date)
const REPLAY = "v=1&preset=s9-2018-replay&date=2022-01-03&days=3650&mode=compare&hkwh=0.5";
// the heaviest legal links; each request varies the discount rate so no two share a computation
const HEAVY = [
  (i) => `/api/rigs?${REPLAY}&disc=${7 + i / 1000}`,
  (i) => `/api/rigs?${REPLAY}&disc=${7 + i / 1000}&kwhm=${MONTHS}&hkwhm=${MONTHS}&peak=8-11,18-22&kwhp=0.4&hkwhp=0.6`,
  (i) => `/rigs?${REPLAY}&disc=${7 + i / 1000}`,
  (i) => `/api/payback?${REPLAY}&disc=${7 + i / 1000}&futures=history&runs=5000&fwin=all`,
  (i) => `/og?${REPLAY}&disc=${7 + i / 1000}&kwhm=${MONTHS}&peak=8-11,18-22&kwhp=0.4`,
  ...(withPage ? [(i) => `/?${REPLAY}&disc=${7 + i / 1000}`] : []),
];

process.env.NETWORK_REFRESH ??= "off"; // the stored network: never the internet
const server = given ? null : await serve(Number(process.env.E2E_PORT ?? 3204));
const base = (given ?? server.base).replace(/\/$/, "");

async function timed(path) {
  const start = performance.now();
  try {
    const res = await fetch(base + path, { signal: AbortSignal.timeout(60_000) });
    await res.arrayBuffer();
    return { path, status: res.status, ms: performance.now() - start };
  } catch (e) {
    return { path, status: `error ${e.name}`, ms: performance.now() - start };
  }
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};
const summary = (xs) => ({ n: xs.length, p50: Math.round(pct(xs, 50)), p99: Math.round(pct(xs, 99)), max: Math.round(Math.max(...xs)) });

async function lightSeries() {
  const out = [];
  for (let i = 0; i < LIGHT_COUNT; i++) {
    const r = await timed(`${LIGHT}&disc=${i % 7}`);
    if (r.status !== 200) console.warn(`light request answered ${r.status}`);
    out.push(r.ms);
    await new Promise((res) => setTimeout(res, LIGHT_GAP_MS));
  }
  return out;
}

// warm the routes (first compilation of each page and route in the server)
for (const make of HEAVY) await timed(make(-1).replace(/days=3650/, "days=30"));
await timed(LIGHT);

const idle = summary(await lightSeries());
console.log(`idle: light ${LIGHT} p50 ${idle.p50} ms, p99 ${idle.p99} ms, max ${idle.max} ms (${idle.n} requests)`);

const heavy = [];
let stop = false;
let n = 0;
async function keepHeavy() {
  while (!stop) {
    const i = n++;
    heavy.push(await timed(HEAVY[i % HEAVY.length](i)));
  }
}
const runners = Array.from({ length: HEAVY_IN_FLIGHT }, keepHeavy);
const stopAt = setTimeout(() => (stop = true), LOADED_MS);
const loadedLight = await lightSeries();
stop = true;
clearTimeout(stopAt);
await Promise.all(runners);
const loaded = summary(loadedLight);
console.log(
  `with ${HEAVY_IN_FLIGHT} heavy in flight: light p50 ${loaded.p50} ms, p99 ${loaded.p99} ms, max ${loaded.max} ms (${loaded.n} requests)`,
);

const byKind = new Map();
for (const h of heavy) {
  const kind = h.path.replace(/disc=[\d.-]+/, "disc=…").slice(0, 60);
  const k = byKind.get(kind) ?? { n: 0, statuses: {}, max: 0 };
  k.n++;
  k.statuses[h.status] = (k.statuses[h.status] ?? 0) + 1;
  k.max = Math.max(k.max, h.ms);
  byKind.set(kind, k);
}
for (const [kind, k] of byKind)
  console.log(`heavy ${kind}…: ${k.n} requests, statuses ${JSON.stringify(k.statuses)}, longest ${Math.round(k.max)} ms`);
const longest = Math.max(...heavy.map((h) => h.ms), ...loadedLight);
console.log(`longest request: ${Math.round(longest)} ms`);

server?.stop();
const met = loaded.p99 < 300 && longest <= 5000;
console.log(met ? "goal met: light p99 < 300 ms and no request over 5 s" : "goal missed");
if (check && !met) process.exitCode = 1;
