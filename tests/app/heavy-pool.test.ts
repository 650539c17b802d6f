/**
 * The server's heavy work off the request thread: the worker bundle (built here as the production
 * build makes it) gives the same answers as the engine on the request thread; a task over its time
 * budget is stopped (its worker replaced) and answered 503 naming what to reduce; a full queue is
 * turned away; a request estimated too heavy is refused with 400 before it starts; and the request
 * thread stays free while a worker computes.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createPool, poolConfig, resetHeavyPool, type HeavyPool } from "../../app/server/heavy/pool";
import { runTask } from "../../app/server/heavy/tasks";
import { COST_LIMIT_MS, workCost } from "../../app/server/heavy/cost";
import { NETWORK_SNAPSHOT, RIGS, parseQuery } from "@/lib/server";

let dir: string;
let file: string;
beforeAll(() => {
  // inside the project, as .next/ is: the bundle loads next and react from node_modules
  mkdirSync(join("node_modules", ".cache"), { recursive: true });
  dir = mkdtempSync(join(process.cwd(), "node_modules", ".cache", "heavy-"));
  file = join(dir, "heavy-worker.mjs");
  const built = spawnSync("node", ["scripts/build-worker.mjs", file], { encoding: "utf8" });
  expect(built.status, built.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const network = NETWORK_SNAPSHOT;
/** A light ranking: a modern preset, a year, no replay (40 rigs in well under a second). */
const LIGHT = "v=1&preset=s21&days=365";
/**
 * A heaviest legal ranking: a 10-year replay, both sides, for every rig released by its start date. The
 * issue's link started in January 2018, when the ranking now holds the S9 alone (rigs released later
 * are left out); the same keys from January 2022 rank some thirty rigs.
 */
const HEAVY = "v=1&preset=s9-2018-replay&date=2022-01-03&days=3650&mode=compare&hkwh=0.5&disc=7";
const MONTHS = "0.25,0.25,0.25,0.25,0.15,0.15,0.15,0.15,0.15,0.15,0.25,0.25";
/** The same with power terms (the issue's 39-second link, in kind). */
const HEAVIER = `${HEAVY}&kwhm=${MONTHS}&hkwhm=${MONTHS}&peak=8-11,18-22&kwhp=0.4&hkwhp=0.6`;

describe("the worker pool", () => {
  let pool: HeavyPool;
  afterEach(async () => pool?.close());

  it("answers in a worker exactly what the request thread computes", async () => {
    pool = createPool({ size: 1, budgetMs: 20_000, file });
    expect(pool.stats()).toMatchObject({ workers: 1, inline: false });
    const out = await pool.run("rigs", { query: LIGHT, network });
    expect(out).toEqual({ ok: true, value: runTask("rigs", { query: LIGHT, network }) });
    const preview = await pool.run("preview", { query: LIGHT, network, locale: "zh" });
    expect(preview).toEqual({ ok: true, value: runTask("preview", { query: LIGHT, network, locale: "zh" }) });
    // the link's image, drawn in the worker: a PNG of 1200 × 630, as the request thread draws it
    const image = await pool.run("ogImage", { query: LIGHT, network, locale: "en" });
    if (!image.ok) throw new Error(image.detail);
    const bytes = Buffer.from(image.value);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(bytes).toEqual(Buffer.from(await runTask("ogImage", { query: LIGHT, network, locale: "en" })));
  }, 60_000);

  it("stops a task over its budget, replaces the worker, and keeps the request thread free meanwhile", async () => {
    pool = createPool({ size: 1, budgetMs: 600, file });
    await pool.run("rigs", { query: LIGHT, network }, 20_000); // once the new worker has warmed itself
    // the request thread's event loop while the worker computes: a 20 ms timer is never held up long
    let worstLag = 0;
    let last = Date.now();
    const tick = setInterval(() => {
      worstLag = Math.max(worstLag, Date.now() - last - 20);
      last = Date.now();
    }, 20);
    const start = Date.now();
    const out = await pool.run("rigs", { query: HEAVY, network });
    clearInterval(tick);
    expect(out).toMatchObject({ ok: false, reason: "budget", detail: "still computing when the time budget ran out" });
    expect(Date.now() - start).toBeGreaterThanOrEqual(590);
    expect(Date.now() - start).toBeLessThan(1500);
    expect(worstLag).toBeLessThan(250);
    // a new worker took its place: the next task is answered
    expect((await pool.run("rigs", { query: LIGHT, network }, 20_000)).ok).toBe(true);
  }, 60_000);

  it("lets a queued task's budget run out while it waits, and turns tasks away when the queue is full", async () => {
    pool = createPool({ size: 1, budgetMs: 800, file });
    await pool.run("rigs", { query: LIGHT, network }, 20_000);
    const heavy = pool.run("rigs", { query: HEAVY, network });
    const waiting = pool.run("rigs", { query: LIGHT, network }, 300);
    // four waiting per worker: with three more queued, a fifth distinct task is turned away at once
    const more = [1, 2, 3].map((i) => pool.run("rigs", { query: `${LIGHT}&n=${i}`, network }));
    expect(pool.stats()).toMatchObject({ busy: 1, queued: 4 });
    expect(await pool.run("rigs", { query: `${LIGHT}&n=9`, network })).toMatchObject({ ok: false, reason: "busy" });
    expect(await waiting).toMatchObject({
      ok: false,
      reason: "budget",
      detail: "still waiting for a free worker when the time budget ran out",
    });
    expect((await heavy).ok).toBe(false);
    await Promise.all(more);
  }, 60_000);

  it("shares one computation between identical tasks in flight", async () => {
    pool = createPool({ size: 1, budgetMs: 20_000, file });
    const a = pool.run("rigs", { query: LIGHT, network });
    const b = pool.run("rigs", { query: LIGHT, network });
    expect(a).toBe(b);
    expect(pool.stats().queued + pool.stats().busy).toBe(1);
    await a;
  }, 60_000);

  it("runs on the request thread when no bundle exists, and says so once", async () => {
    const logs: string[] = [];
    pool = createPool({ size: 2, budgetMs: 1000, file: join(dir, "missing.mjs") }, (m) => logs.push(m));
    expect(pool.stats()).toMatchObject({ workers: 0, inline: true });
    expect((await pool.run("rigs", { query: LIGHT, network })).ok).toBe(true);
    expect(logs).toEqual([
      `heavy work: no worker bundle at ${join(dir, "missing.mjs")} (run npm run build); computing on the request thread`,
    ]);
  });

  it("is sized to the machine, one core left to the requests", () => {
    expect(poolConfig({ HEAVY_WORKERS: "3" }).size).toBe(3);
    expect(poolConfig({ HEAVY_WORKERS: "0" }).size).toBeGreaterThanOrEqual(1);
    expect(poolConfig({ HEAVY_BUDGET_MS: "2000" }).budgetMs).toBe(2000);
    expect(poolConfig({}).budgetMs).toBe(4000);
    expect(poolConfig({ NODE_ENV: "production" }, "/srv/app").file).toBe("/srv/app/.next/heavy-worker.mjs");
    expect(poolConfig({ NODE_ENV: "test" }).file).toBeNull();
  });
});

describe("the cost estimate", () => {
  const cost = (q: string, opts?: Parameters<typeof workCost>[1]) => {
    const p = parseQuery(q);
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    return workCost(p.scenario, opts);
  };

  it("allows the heaviest ranking without power terms and refuses it with them", () => {
    // 40 rigs × 2 sides × 3,650 days × 0.01 ms = 2,920 ms
    expect(cost(HEAVY, { rigs: RIGS.length }).ms).toBeCloseTo(RIGS.length * 2 * 3650 * 0.01, 6);
    expect(cost(HEAVY, { rigs: RIGS.length }).ms).toBeLessThanOrEqual(COST_LIMIT_MS);
    // × 3.5 for the power terms: 10,220 ms
    const heavier = cost(HEAVIER, { rigs: RIGS.length });
    expect(heavier.ms).toBeGreaterThan(COST_LIMIT_MS);
    expect(heavier.reduce).toEqual(["days", "mode", "hist", "kwhm", "hkwhm", "peak"]);
  });

  it("counts futures: runs × days", () => {
    // 5,000 runs (the most allowed) × 3,650 days × 0.0001 ms = 1,825 ms (plus the run itself, 3,650 × 0.0008)
    expect(cost("v=1&preset=s21&days=3650", { futuresRuns: 5000 }).ms).toBeCloseTo(1825 + 2.92, 6);
  });
});

describe("the routes", () => {
  afterEach(async () => {
    vi.unstubAllEnvs();
    vi.resetModules();
    await resetHeavyPool();
  });
  async function rigsRoute(env: Record<string, string>) {
    vi.resetModules();
    await resetHeavyPool();
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
    return (await import("../../app/api/rigs/route")).GET;
  }
  const get = (path: string) => new Request(`http://localhost${path}`);

  it("refuse a ranking estimated too heavy with 400, naming each key to reduce, before it starts", async () => {
    const GET = await rigsRoute({ HEAVY_WORKER_FILE: file, HEAVY_WORKERS: "1" });
    const start = Date.now();
    const res = await GET(get(`/api/rigs?${HEAVIER}`));
    expect(Date.now() - start).toBeLessThan(500);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe("The request is too heavy to compute: the ranking of every rig. Reduce days, mode, hist, kwhm, hkwhm, peak.");
    expect(body.issues.map((i: { key: string }) => i.key)).toEqual(["days", "mode", "hist", "kwhm", "hkwhm", "peak"]);
    // 22 rigs released by January 2022 × 2 sides × 3,650 days × 0.01 ms (a replayed side-day) × 3.5
    // (power terms) = 5,621 ms; 5,621 ÷ 4,000 = 1.4 times
    expect(body.issues[0].message).toBe(
      "the ranking of every rig is estimated at 1.4 times the work one request may take; reduce days (fewer days)",
    );
  });

  it("answer 503 naming what to reduce when the ranking runs past the budget", async () => {
    const GET = await rigsRoute({ HEAVY_WORKER_FILE: file, HEAVY_WORKERS: "1", HEAVY_BUDGET_MS: "300" });
    // the process's pool (shared through globalThis with the route's copy of the module), once warm
    const { heavyPool } = await import("../../app/server/heavy/pool");
    await heavyPool().run("rigs", { query: LIGHT, network }, 20_000);
    const start = Date.now();
    const res = await GET(get(`/api/rigs?${HEAVY}`));
    expect(Date.now() - start).toBeLessThan(1500);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    const body = await res.json();
    expect(body.error).toBe("Too heavy for now: the ranking of every rig was stopped. Reduce days, mode, hist.");
    expect(body.issues[0]).toEqual({
      key: "days",
      message:
        "the ranking of every rig did not finish within the time one request may take (still computing when the time budget ran out); reduce days",
    });
  }, 30_000);
});
