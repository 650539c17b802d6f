// How long the page's main thread is blocked by a heavy legal link (a measurement, not a test):
//   npx next build && node scripts/measure-longtasks.mjs [baseURL]
// Opens each link on the production build and records the browser's long tasks (PerformanceObserver
// "longtask": any task over 50 ms) while it loads, then while a person types into the rig price
// (one key every 400 ms). Prints, for each link, the longest task and their sum on load and while
// typing. The goal for typing is no long task over 200 ms.
// On a machine shared with other work a task's length is mostly the time it waited for a core: with
// --cpu the browser's trace is recorded too, and the longest task is also given in the main thread's
// own CPU time (the trace's thread time of each task), which the machine's other work barely stretches.
import { loadavg } from "node:os";
import { openPage } from "./serve.mjs";

const POWER =
  "kwhm=0.3,0.3,0.3,0.3,0.25,0.2,0.2,0.2,0.25,0.3,0.3,0.3&hkwhm=0.55,0.55,0.55,0.5,0.45,0.45,0.45,0.45,0.5,0.55,0.55,0.55" +
  "&peak=8-11,18-22&kwhp=0.6&hkwhp=0.7&dr=0.2&drh=20&hdr=0.1&hdrh=10&hmin=12&hexit=100&hesc=3&hdep=2" +
  "&out=2019-06-01_2019-06-20_50,2020-07-01_2020-07-15,2021-06-20_2021-11-30_800";
const LINKS = [
  ["light: S9, 3 years", "v=1&preset=s9-2018-huaqiangbei"],
  ["heavy: replay, compare, 10 years", "v=1&preset=s9-2018-replay&days=3650&mode=compare&hkwh=0.5&disc=7"],
  ["heavy: the same with power terms", `v=1&preset=s9-2018-replay&days=3650&mode=compare&hkwh=0.5&disc=7&${POWER}`],
];
const KEYS = 10;

const CPU = process.argv.includes("--cpu");
process.argv = process.argv.filter((a) => a !== "--cpu");
const { base, browser, close } = await openPage(Number(process.env.E2E_PORT ?? 3125));

/**
 * The trace's tasks on the page's main thread (the thread that marked "typing"), as [start µs, CPU ms],
 * and when typing began.
 */
function cpuTasks(events) {
  const mark = events.find((e) => e.name === "typing");
  if (!mark) return { from: Infinity, tasks: [] };
  const tasks = events
    .filter((e) => e.ph === "X" && e.name === "ThreadControllerImpl::RunTask" && e.pid === mark.pid && e.tid === mark.tid)
    .map((e) => [e.ts, (e.tdur ?? 0) / 1000]);
  return { from: mark.ts, tasks };
}
const rows = [];
const loadBefore = loadavg()[0];
for (const [name, query] of LINKS) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    const w = window;
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  const trace = CPU ? await page.context().newCDPSession(page) : null;
  const events = [];
  if (trace) {
    trace.on("Tracing.dataCollected", (d) => events.push(...d.value));
    await trace.send("Tracing.start", { categories: "toplevel,blink.user_timing", transferMode: "ReportEvents" });
  }
  await page.goto(`${base}/?${query}`);
  await page.locator("html[data-ready]").waitFor({ state: "attached", timeout: 60_000 });
  await page.waitForTimeout(3000);
  const load = await page.evaluate(() => {
    performance.mark("typing");
    return window.__long.splice(0);
  });
  const field = page.getByLabel(/^Rig price/);
  await field.click();
  await page.keyboard.press("End");
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.press(i % 2 === 0 ? "7" : "Backspace");
    await page.waitForTimeout(400);
  }
  await page.waitForTimeout(2000);
  const typing = await page.evaluate(() => window.__long.splice(0));
  let cpu = null;
  if (trace) {
    const done = new Promise((r) => trace.once("Tracing.tracingComplete", r));
    await trace.send("Tracing.end");
    await done;
    const { from, tasks } = cpuTasks(events);
    const longest = (xs) => xs.reduce((a, [, ms]) => Math.max(a, ms), 0);
    cpu = { load: longest(tasks.filter(([ts]) => ts < from)), typing: longest(tasks.filter(([ts]) => ts >= from)) };
  }
  const sum = (xs) => xs.reduce((a, b) => a + b.ms, 0);
  const max = (xs) => xs.reduce((a, b) => Math.max(a, b.ms), 0);
  rows.push({
    name,
    load: { n: load.length, max: max(load), sum: sum(load) },
    typing: { n: typing.length, max: max(typing), sum: sum(typing) },
    cpu,
  });
  await page.close();
}
await close();
// the other work of the machine: wall-clock figures are comparable only under a similar load
console.log(`load average (1 min): ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
const ms = (v) => `${Math.round(v)} ms`.padStart(8);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(36)} load: longest ${ms(r.load.max)}, ${r.load.n} long tasks, ${ms(r.load.sum)} in all | ` +
      `typing ${KEYS} keys: longest ${ms(r.typing.max)}, ${r.typing.n} long tasks, ${ms(r.typing.sum)} in all` +
      (r.cpu ? ` | CPU time of the longest task: load ${ms(r.cpu.load)}, typing ${ms(r.cpu.typing)}` : ""),
  );
}
