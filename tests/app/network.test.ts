/**
 * The server's refresh of today's network, against a local fake of the API (never the internet):
 * good answers, a hung server, garbage, HTTP 500, a closed port; at most one attempt an hour.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createNetworkSource, fetchNetwork, networkConfig, type NetworkConfig } from "../../app/server/network";
import { NETWORK_SNAPSHOT } from "../../data/network";
import { startFakeMempool, type FakeMempool } from "../support/fake-mempool";

let fake: FakeMempool;
beforeAll(async () => {
  fake = await startFakeMempool();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reply({});
  fake.hits.length = 0;
});

const HOUR = 3_600_000;
/** 2026-07-10 12:00 UTC */
const NOON = Date.UTC(2026, 6, 10, 12);

function source(over: Partial<NetworkConfig> = {}, clock = { t: NOON }) {
  const logs: string[] = [];
  const config: NetworkConfig = { refresh: true, base: fake.base, timeoutMs: 1000, ttlMs: HOUR, ...over };
  return { src: createNetworkSource({ config, now: () => clock.t, log: (m) => logs.push(m) }), logs, clock };
}

describe("the server's network refresh", () => {
  it("reads the fake's figures, stamped with the day read and the source", async () => {
    const { src } = source();
    const n = await src.current();
    expect(n).toMatchObject({ date: "2026-07-10", height: 940000, feesPerBlockBtc: "0.028", btcUsd: "97123.46" });
    expect(n.source).toEqual({ kind: "api", host: new URL(fake.base).host, base: fake.base });
  });

  it("asks at most once an hour, and requests arriving meanwhile share the attempt", async () => {
    const { src, clock } = source();
    await Promise.all([src.current(), src.current(), src.current()]);
    expect(fake.hits).toHaveLength(3); // one attempt: three paths
    clock.t += HOUR - 1;
    await src.current();
    expect(fake.hits).toHaveLength(3);
    clock.t += 2;
    fake.reply({ prices: JSON.stringify({ USD: 100000 }) });
    expect((await src.current()).btcUsd).toBe("100000");
    expect(fake.hits).toHaveLength(6);
  });

  it("falls back to the stored snapshot when the API hangs, within the timeout", async () => {
    fake.reply({ prices: "hang" });
    const { src, logs } = source({ timeoutMs: 300 });
    const start = Date.now();
    expect(await src.current()).toBe(NETWORK_SNAPSHOT);
    expect(Date.now() - start).toBeLessThan(1500);
    expect(logs[0]).toMatch(/no answer from .* within 300 ms\); using the figures of 2026-02-01/);
  });

  it("falls back to the snapshot on garbage, on HTTP 500 and on a closed port", async () => {
    for (const reply of [
      { blocks: "<html>oops</html>" },
      { rewardStats: { status: 500, body: "Internal Server Error" } },
      { prices: "{}" },
    ]) {
      fake.reply(reply);
      const { src, logs } = source();
      expect(await src.current(), JSON.stringify(reply)).toBe(NETWORK_SNAPSHOT);
      expect(logs).toHaveLength(1);
    }
    fake.reply({ rewardStats: { status: 500, body: "" } });
    expect((await fetchNetwork({ base: fake.base, timeoutMs: 1000, date: "2026-07-10" })).ok).toBe(false);
    const closed = await fetchNetwork({ base: "http://127.0.0.1:1/api", timeoutMs: 1000, date: "2026-07-10" });
    expect(closed.ok).toBe(false);
  });

  it("names a failed status by its path", async () => {
    fake.reply({ rewardStats: { status: 500, body: "" } });
    expect(await fetchNetwork({ base: fake.base, timeoutMs: 1000, date: "2026-07-10" })).toEqual({
      ok: false,
      reason: "/v1/mining/reward-stats/12960 answered HTTP 500",
    });
  });

  it("keeps the last good reading when a later attempt fails, and tries again an hour later", async () => {
    const { src, clock } = source();
    const good = await src.current();
    clock.t += HOUR;
    fake.reply({ blocks: { status: 500, body: "" } });
    expect(await src.current()).toBe(good);
    clock.t += HOUR;
    fake.reply({});
    expect((await src.current()).date).toBe("2026-07-10");
    expect(fake.hits.length).toBe(9);
  });

  it("asks nothing when the refresh is off", async () => {
    const { src } = source({ refresh: false });
    expect(await src.current()).toBe(NETWORK_SNAPSHOT);
    expect(fake.hits).toHaveLength(0);
  });
});

describe("networkConfig", () => {
  it("reads NETWORK_REFRESH, NETWORK_API_BASE and NETWORK_TIMEOUT_MS, with defaults", () => {
    expect(networkConfig({})).toEqual({ refresh: true, base: "https://mempool.space/api", timeoutMs: 3000, ttlMs: HOUR });
    expect(networkConfig({ NETWORK_REFRESH: "off" }).refresh).toBe(false);
    expect(networkConfig({ NETWORK_REFRESH: " OFF " }).refresh).toBe(false);
    expect(networkConfig({ NETWORK_REFRESH: "0" }).refresh).toBe(false);
    expect(networkConfig({ NETWORK_REFRESH: "on" }).refresh).toBe(true);
    expect(networkConfig({ NETWORK_API_BASE: "http://10.0.0.5:8999/api/" }).base).toBe("http://10.0.0.5:8999/api");
    expect(networkConfig({ NETWORK_TIMEOUT_MS: "500" }).timeoutMs).toBe(500);
    expect(networkConfig({ NETWORK_TIMEOUT_MS: "soon" }).timeoutMs).toBe(3000);
  });
});

describe("GET /api/payback with the refresh on (against the fake)", () => {
  /** The route with a fresh server module, configured by the environment as in production. */
  async function routeWith(env: Record<string, string>) {
    vi.resetModules();
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
    return (await import("../../app/api/payback/route")).GET;
  }
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("answers a bare modern preset on the refreshed figures", async () => {
    const GET = await routeWith({ NETWORK_REFRESH: "on", NETWORK_API_BASE: fake.base });
    const body = await (await GET(new Request("http://localhost/api/payback?v=1&preset=s21"))).json();
    expect(body.scenario).toMatchObject({
      startHeight: "940000",
      difficulty: "141668107417558.22",
      feesPerBlockBtc: "0.028",
      btcPrice: "97123.46",
    });
    expect(body.scenario.startDate).toBe(new Date().toISOString().slice(0, 10));
  });

  it("answers on the stored snapshot, with 200, when the API answers 500", async () => {
    fake.reply({ blocks: { status: 500, body: "" } });
    const GET = await routeWith({ NETWORK_REFRESH: "on", NETWORK_API_BASE: fake.base });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const res = await GET(new Request("http://localhost/api/payback?v=1&preset=s21"));
    expect(res.status).toBe(200);
    expect((await res.json()).scenario).toMatchObject({ startDate: "2026-02-01", startHeight: "934553", btcPrice: "80527.06" });
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^network refresh from .* failed \(\/v1\/blocks answered HTTP 500\); using the figures of 2026-02-01$/),
    );
    warn.mockRestore();
  });
});
