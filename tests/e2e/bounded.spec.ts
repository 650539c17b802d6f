import { expect } from "@playwright/test";
import { expectShown, shown, test, scrollToCharts, scrollToViews } from "./support";
import { NETWORK_SNAPSHOT, parseRankingQuery, rigsJson } from "../../lib/server";

// Bounded work on the production build (README, "Bounded work"): the heavy work runs in the
// server's worker threads (the bundle next build is followed by), a request estimated too heavy is
// refused before it starts, and a link too long for the server gets the JSON 400.

const MONTHS = "0.25,0.25,0.25,0.25,0.15,0.15,0.15,0.15,0.15,0.15,0.25,0.25";
const TOO_HEAVY = `v=1&preset=s9-2018-replay&date=2022-01-03&days=3650&mode=compare&hkwh=0.5&disc=7&kwhm=${MONTHS}&hkwhm=${MONTHS}&peak=8-11,18-22&kwhp=0.4&hkwhp=0.6`;

test("a ranking heavy enough for a worker is computed in one, with the figures of the engine", async ({ request }) => {
  // 40 rigs × 2 sides × 3,650 days of a modelled run: estimated 234 ms, over the 10 ms kept on the request thread
  const query = "v=1&preset=s21&days=3650&mode=compare";
  const res = await request.get(`/api/rigs?${query}`);
  expect(res.status()).toBe(200);
  expect(res.headers()["server-timing"]).toMatch(/^work;desc="worker";dur=\d+$/);
  const parsed = parseRankingQuery(query, NETWORK_SNAPSHOT);
  if (!parsed.ok) throw new Error("the query parses");
  expect(await res.json()).toEqual(
    JSON.parse(JSON.stringify(rigsJson(parsed.scenario, parsed.warnings, { own: parsed.own, goal: parsed.goal }))),
  );
});

test("a ranking estimated too heavy is refused at once, naming the keys to reduce", async ({ request }) => {
  const start = Date.now();
  const res = await request.get(`/api/rigs?${TOO_HEAVY}`);
  expect(Date.now() - start).toBeLessThan(2000);
  expect(res.status()).toBe(400);
  const body = await res.json();
  expect(body.issues.map((i: { key: string }) => i.key)).toEqual(["days", "mode", "hist", "kwhm", "hkwhm", "peak"]);
});

test("/rigs of a link too heavy to rank says what to shorten instead of a table", async ({ page }) => {
  await page.goto(`/rigs?${TOO_HEAVY}`);
  await expect(page.getByTestId("rigs-too-heavy")).toHaveText(/too much work for one request: shorten the horizon/);
  await expect(page.getByTestId("back-to-calculator")).toBeVisible();
  // no empty table, no filters over nothing
  await expect(page.getByTestId("rigs-table")).toHaveCount(0);
  await expect(page.getByTestId("rig-count")).toBeHidden();
  await expect(page.getByText("No rig matches these filters.")).toHaveCount(0);
});

test("a link over 16 KB gets the JSON 400 naming the query, not a bare 431", async ({ request }) => {
  const res = await request.get(`/api/payback?v=1&preset=s21&x=${"a".repeat(17_000)}`);
  expect(res.status()).toBe(400);
  expect(await res.json()).toEqual({
    error: "The query is too long.",
    issues: [{ key: "query", message: "at most 4096 characters are read" }],
  });
});

test("a heavy link's headline is worked out in a worker after the first paint, and the answer is the engine's", async ({ page }) => {
  test.setTimeout(90_000);
  // a ten-year replay in compare mode with power terms: estimated 255 ms (lib/work-cost.ts), over the
  // 50 ms the page works out at once; typing into it took tasks of 0.5–1.7 s before. How long the
  // main thread is then blocked is measured, not tested: node scripts/measure-longtasks.mjs
  const POWER = `kwhm=${MONTHS}&hkwhm=${MONTHS}&peak=8-11,18-22&kwhp=0.4&hkwhp=0.6`;
  const base = `v=1&preset=s9-2018-replay&days=3650&mode=compare&hkwh=0.5&disc=7&${POWER}`;
  // the workers the page starts, by their script's address
  await page.addInitScript(() => {
    const w = window as unknown as { __workers: string[]; Worker: typeof Worker };
    w.__workers = [];
    const Original = w.Worker;
    w.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        w.__workers.push(String(url));
      }
    };
  });
  const workers = async () => (await page.evaluate(() => (window as unknown as { __workers: string[] }).__workers)).length;
  await page.goto(`/?${base}`);
  await expectShown(page, shown(base), { timeout: 30_000 });
  // the first paint's answer is the server's and the page's own: the headline's worker is not started
  // yet (the panels', the odds' and the views' workers are, when their parts mount; the heat maps of
  // this ten-year replay may still be computing, which can take a slow machine over half a minute)
  await scrollToCharts(page);
  await expect(page.locator("figure.chart .recharts-wrapper")).toHaveCount(2, { timeout: 30_000 });
  await scrollToViews(page);
  await expect(page.getByRole("tablist", { name: "Views" })).toBeVisible({ timeout: 30_000 });
  // every worker started by the mounted parts: the count stops growing
  await expect.poll(workers, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  const before = await workers();
  await page.getByLabel(/^Rig price/).fill("20000");
  await expect(page).toHaveURL(/price=20000/);
  await expectShown(page, shown(`${base}&price=20000`), { timeout: 30_000 });
  // the change started one worker more: the headline's
  expect(await workers()).toBe(before + 1);
  // a light scenario is worked out at once again, never sent to the worker
  await page.getByLabel(/^Horizon/).fill("365");
  await expect(page).toHaveURL(/days=365/);
  await expectShown(page, shown(`${base.replace("days=3650", "days=365")}&price=20000`), { timeout: 30_000 });
  expect(await workers()).toBe(before + 1);
});
