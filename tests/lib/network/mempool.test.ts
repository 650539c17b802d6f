/**
 * The pure reading of a mempool-compatible API's answers: good answers with the arithmetic by hand,
 * and every kind of garbage refused with a reason (the callers then keep the stored snapshot).
 */
import { describe, expect, it } from "vitest";
import { readMempool, FEE_BLOCKS, sourceHost, type MempoolAnswers } from "../../../lib/network/mempool";
import { GOOD_ANSWERS } from "../../support/fake-mempool";

const AT = { date: "2026-07-10", base: "https://mempool.space/api", minHeight: 934553 };

function read(over: Partial<MempoolAnswers> = {}) {
  return readMempool({ ...GOOD_ANSWERS, ...over }, AT);
}

describe("readMempool", () => {
  it("reads height, difficulty, fees per block and the dollar price, with the date and the source", () => {
    expect(read()).toEqual({
      ok: true,
      network: {
        date: "2026-07-10",
        source: { kind: "api", host: "mempool.space", base: "https://mempool.space/api" },
        height: 940000,
        difficulty: "141668107417558.22",
        // 36,288,000,000 sats ÷ (940000 − 927041 + 1 = 12,960 blocks) = 2,800,000 sats = 0.028 BTC
        feesPerBlockBtc: "0.028",
        feesBlocks: 12960,
        // 97,123.456 to the cent
        btcUsd: "97123.46",
      },
    });
  });

  it("averages the fees over 90 days of blocks, to 0.0001 BTC, from a number or a text", () => {
    expect(FEE_BLOCKS).toBe(12960); // 90 × 144
    // 30,000,000,000 sats ÷ 12,960 = 2,314,814.8 sats = 0.023148… BTC → 0.0231
    const stats = (totalFee: number | string) => JSON.stringify({ startBlock: 927041, endBlock: 940000, totalFee });
    for (const fee of [30_000_000_000, "30000000000"]) {
      const r = read({ rewardStats: stats(fee) });
      expect(r.ok && r.network.feesPerBlockBtc).toBe("0.0231");
    }
  });

  it("takes the newest block as the tip, whatever the order", () => {
    const blocks = JSON.stringify([
      { height: 939999, difficulty: 1.2e14 },
      { height: 940000, difficulty: 1.3e14 },
    ]);
    const r = read({ blocks });
    expect(r.ok && [r.network.height, r.network.difficulty]).toEqual([940000, "130000000000000"]);
  });

  it("refuses garbage, naming the path", () => {
    const cases: [Partial<MempoolAnswers>, RegExp][] = [
      [{ blocks: "<html>502 Bad Gateway</html>" }, /\/v1\/blocks did not answer JSON/],
      [{ blocks: "[]" }, /\/v1\/blocks answered an unexpected shape: no blocks/],
      [{ blocks: JSON.stringify([{ height: 940000, difficulty: -1 }]) }, /\/v1\/blocks answered an unexpected shape/],
      [{ blocks: JSON.stringify([{ height: "940000", difficulty: 1e14 }]) }, /\/v1\/blocks answered an unexpected shape/],
      [{ blocks: JSON.stringify({ height: 940000 }) }, /unexpected shape/],
      [{ prices: JSON.stringify({ USD: 0 }) }, /\/v1\/prices answered an unexpected shape/],
      [{ prices: JSON.stringify({ EUR: 90000 }) }, /\/v1\/prices answered an unexpected shape/],
      [{ prices: "null" }, /\/v1\/prices answered an unexpected shape/],
      [
        { rewardStats: JSON.stringify({ startBlock: null, endBlock: null, totalFee: null }) },
        /reward-stats\/12960 answered an unexpected shape/,
      ],
      [{ rewardStats: JSON.stringify({ startBlock: 940000, endBlock: 940000, totalFee: "5" }) }, /cover 1 blocks; at least 144/],
      [{ rewardStats: JSON.stringify({ startBlock: 927041, endBlock: 941000, totalFee: "5" }) }, /after the tip 940000/],
      [{ rewardStats: JSON.stringify({ startBlock: 927041, endBlock: 940000, totalFee: "-5" }) }, /unexpected shape/],
      // 2e24 sats ÷ 12,960 blocks ÷ 1e8 = 1.5e12 BTC a block, above the schema's 1000
      [
        { rewardStats: JSON.stringify({ startBlock: 927041, endBlock: 940000, totalFee: "2000000000000000000000000" }) },
        /feesPerBlockBtc is refused: fees = /,
      ],
      [{ blocks: JSON.stringify([{ height: 940000, difficulty: 1e30 }]) }, /difficulty is refused: diff = /],
      [{ prices: JSON.stringify({ USD: 1e12 }) }, /btcPrice is refused: btc = /],
    ];
    for (const [over, reason] of cases) {
      const r = read(over);
      expect(r.ok, JSON.stringify(over)).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(reason);
    }
  });

  it("says in its own words which figure of an answer is wrong and what it must be", () => {
    const cases: [Partial<MempoolAnswers>, string][] = [
      [{ blocks: "null" }, "/v1/blocks answered an unexpected shape: a list of blocks was expected"],
      [{ blocks: "[1]" }, "/v1/blocks answered an unexpected shape: each block must be an object"],
      [
        { blocks: JSON.stringify([{ height: 940000.5, difficulty: 1e14 }]) },
        "/v1/blocks answered an unexpected shape: a block's height must be a whole number of 0 or more",
      ],
      [
        { blocks: JSON.stringify([{ height: 940000, difficulty: -1 }]) },
        "/v1/blocks answered an unexpected shape: a block's difficulty must be a positive number",
      ],
      [
        { rewardStats: JSON.stringify({ startBlock: 927041, endBlock: 940000, totalFee: "-5" }) },
        "/v1/mining/reward-stats/12960 answered an unexpected shape: totalFee must be a whole number of 0 or more, as a number or as digits",
      ],
      [
        { rewardStats: "[]" },
        "/v1/mining/reward-stats/12960 answered an unexpected shape: an object with startBlock, endBlock and totalFee was expected",
      ],
      [{ prices: JSON.stringify({ USD: "1" }) }, "/v1/prices answered an unexpected shape: USD must be a positive number"],
      [{ prices: "null" }, "/v1/prices answered an unexpected shape: an object with USD was expected"],
    ];
    for (const [over, reason] of cases) expect(read(over)).toEqual({ ok: false, reason });
  });

  it("refuses a tip below the stored snapshot's height (a test chain, a stale instance)", () => {
    const r = read({ blocks: JSON.stringify([{ height: 250000, difficulty: 1 }]) });
    expect(r).toEqual({ ok: false, reason: "the tip 250000 is below block 934553: not today's main chain" });
  });

  it("names the source by its host", () => {
    expect(sourceHost("https://mempool.space/api")).toBe("mempool.space");
    expect(sourceHost("http://10.0.0.5:8999/api")).toBe("10.0.0.5:8999");
    expect(sourceHost("not a url")).toBe("not a url");
  });
});
