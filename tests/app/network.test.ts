/**
 * The server's refresh of today's network, against a local fake of the API (never the internet):
 * good answers, a hung server, garbage, HTTP 500, a closed port; at most one attempt an hour.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createNetworkSource, fetchNetwork, networkConfig, resetSharedNetwork, type NetworkConfig } from "../../app/server/network";
import { NETWORK_SNAPSHOT } from "../../data/network";
import { answersOn, startFakeMempool, type FakeMempool } from "../support/fake-mempool";

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
/** 2026-03-10 12:00 UTC: the fake's good answers are that day's (tip 940,000; the snapshot + 37 days × 144 = 939,881) */
const NOON = Date.UTC(2026, 2, 10, 12);

function source(over: Partial<NetworkConfig> = {}, clock = { t: NOON }) {
  const logs: string[] = [];
  const config: NetworkConfig = { refresh: true, base: fake.base, timeoutMs: 1000, ttlMs: HOUR, ...over };
  return { src: createNetworkSource({ config, now: () => clock.t, log: (m) => logs.push(m) }), logs, clock };
}

describe("the server's network refresh", () => {
  it("reads the fake's figures, stamped with the day read and the source", async () => {
    const { src } = source();
    const n = await src.current();
    expect(n).toMatchObject({ date: "2026-03-10", height: 940000, feesPerBlockBtc: "0.028", btcUsd: "97123.46" });
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
    expect((await fetchNetwork({ base: fake.base, timeoutMs: 1000, date: "2026-03-10" })).ok).toBe(false);
    const closed = await fetchNetwork({ base: "http://127.0.0.1:1/api", timeoutMs: 1000, date: "2026-03-10" });
    expect(closed.ok).toBe(false);
  });

  it("names a failed status by its path", async () => {
    fake.reply({ rewardStats: { status: 500, body: "" } });
    expect(await fetchNetwork({ base: fake.base, timeoutMs: 1000, date: "2026-03-10" })).toEqual({
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
    expect((await src.current()).date).toBe("2026-03-10");
    expect(fake.hits.length).toBe(9);
  });

  it("asks nothing when the refresh is off", async () => {
    const { src } = source({ refresh: false });
    expect(await src.current()).toBe(NETWORK_SNAPSHOT);
    expect(fake.hits).toHaveLength(0);
  });
});

describe("the refresh believes only plausible figures (the lies of a flaky or hostile API)", () => {
  const blocks = (height: number, difficulty: number) => JSON.stringify([{ height, difficulty }]);
  // 1,000 BTC a block over 12,960 blocks: 1,000 × 10^8 × 12,960 sats
  const feesOf = (btc: number) => JSON.stringify({ startBlock: 927041, endBlock: 940000, totalFee: String(btc * 1e8 * 12960) });
  const LIES: [string, Parameters<FakeMempool["reply"]>[0], RegExp][] = [
    // 2026-03-10 is 37 days after the snapshot's 2026-02-01: difficulty ×/÷ (1.5 + 37/20 = 3.35), price ×/÷ (2 + 37/4 = 11.25)
    [
      "difficulty 1",
      { blocks: blocks(940000, 1) },
      /the difficulty 1 is outside the band 4\.229e\+13 … 4\.746e\+14 \(×\/÷ 3\.35 from 141668107417558\.22 of the figures of 2026-02-01/,
    ],
    ["difficulty 1.5e-7", { blocks: blocks(940000, 1.5e-7) }, /difficulty/],
    ["difficulty 1e21", { blocks: blocks(940000, 1e21) }, /the difficulty 1\.000e\+21 is outside the band/],
    [
      "BTC $0.01",
      { prices: JSON.stringify({ USD: 0.01 }) },
      /the BTC price US\$0\.01 is outside the band US\$7157\.96 … US\$905929\.43 \(×\/÷ 11\.25 from US\$80527\.06/,
    ],
    ["BTC $999,999,999", { prices: JSON.stringify({ USD: 999999999 }) }, /the BTC price US\$999999999\.00 is outside the band/],
    // 939,881 ± (432 + ⌈0.25 × 144 × 37⌉ = 1,764)
    [
      "height 99,999,999",
      { blocks: blocks(99999999, 141668107417558.22) },
      /the height 99999999 is outside the band 938117 … 941645 \(144 blocks a day from block 934553/,
    ],
    [
      "1,000 BTC of fees a block",
      { rewardStats: feesOf(1000) },
      /fees of 1000 BTC a block are outside the band 0 … 3\.125 BTC \(at most 100 % of the subsidy of 3\.125 BTC at block 940000\)/,
    ],
    ["garbage", { blocks: "<html>oops</html>" }, /\/v1\/blocks did not answer JSON/],
    ["a hang", { rewardStats: "hang" }, /no answer from .* within 500 ms/],
    ["a stalled body", { prices: "stall" }, /no answer from .* within 500 ms/],
  ];

  for (const [name, reply, reason] of LIES) {
    it(`refuses ${name}, logs why, and keeps the snapshot`, async () => {
      fake.reply(reply);
      // 500 ms for a hang; the other answers get time enough on a busy machine to be judged by their content
      const waits = Object.values(reply).some((r) => r === "hang" || r === "stall");
      const { src, logs } = source({ timeoutMs: waits ? 500 : 5000 });
      expect(await src.current()).toBe(NETWORK_SNAPSHOT);
      expect(logs).toHaveLength(1);
      expect(logs[0]).toMatch(reason);
      expect(logs[0]).toMatch(/; using the figures of 2026-02-01$/);
    });
  }

  it("cuts a 300 MB answer off at 64 KB: the memory stays bounded and the snapshot is kept", async () => {
    fake.reply({ blocks: { flood: 300 * 1024 * 1024 } });
    fake.sent.bytes = 0;
    const before = process.memoryUsage().rss;
    const { src, logs } = source({ timeoutMs: 5000 });
    const start = Date.now();
    expect(await src.current()).toBe(NETWORK_SNAPSHOT);
    expect(Date.now() - start).toBeLessThan(3000);
    expect(logs[0]).toMatch(/\/v1\/blocks answered more than 65536 bytes; the rest was not read/);
    await new Promise((r) => setTimeout(r, 100));
    // the fake stops once the reader has gone: far less than 300 MB was ever sent, and little is held
    expect(fake.sent.bytes).toBeLessThan(32 * 1024 * 1024);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it("keeps the last good reading when a later one lies, and checks the next against it too", async () => {
    const { src, clock, logs } = source();
    const good = await src.current();
    expect(good.date).toBe("2026-03-10");
    clock.t += HOUR;
    fake.reply({ prices: JSON.stringify({ USD: 999999999 }) });
    expect(await src.current()).toBe(good);
    expect(logs[0]).toMatch(/the BTC price .* outside the band .* from US\$80527\.06 of the figures of 2026-02-01/);
    // a price within the snapshot's 37-day band (×11.25) but 4 times the last reading's (×/÷ 2 + 1/4 in a day) is refused
    clock.t += HOUR;
    fake.reply({ prices: JSON.stringify({ USD: 4 * 97123.46 }) });
    expect(await src.current()).toBe(good);
    expect(logs[1]).toMatch(
      /the BTC price US\$388493\.84 is outside the band US\$43165\.98 … US\$218527\.79 \(×\/÷ 2\.25 from US\$97123\.46 of the figures of 2026-03-10/,
    );
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
    resetSharedNetwork();
  });

  it("answers a bare modern preset on the refreshed figures", async () => {
    // the fake's tip as it would be today (the route reads on the real date)
    fake.reply(answersOn(new Date().toISOString().slice(0, 10)));
    const today = JSON.parse(answersOn(new Date().toISOString().slice(0, 10)).blocks)[0].height;
    const GET = await routeWith({ NETWORK_REFRESH: "on", NETWORK_API_BASE: fake.base });
    const body = await (await GET(new Request("http://localhost/api/payback?v=1&preset=s21"))).json();
    expect(body.scenario).toMatchObject({
      startHeight: String(today),
      difficulty: "141668107417558.22",
      feesPerBlockBtc: "0.028",
      btcPrice: "97123.46",
    });
    expect(body.scenario.startDate).toBe(new Date().toISOString().slice(0, 10));
  });

  it("one cache per server process: two separately bundled copies of the module share one reading", async () => {
    fake.reply(answersOn(new Date().toISOString().slice(0, 10)));
    vi.stubEnv("NETWORK_REFRESH", "on");
    vi.stubEnv("NETWORK_API_BASE", fake.base);
    vi.resetModules();
    const a = await import("../../app/server/network");
    vi.resetModules();
    const b = await import("../../app/server/network");
    expect(a.currentNetwork).not.toBe(b.currentNetwork); // two module instances, as Next's route bundles have
    const [x, y] = await Promise.all([a.currentNetwork(), b.currentNetwork()]);
    expect(x).toBe(y);
    expect(fake.hits).toHaveLength(3); // one attempt: three paths
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
