import { describe, expect, it } from "vitest";
import { impliedHashrateEhs, isNetworkStale, networkAgeDays, NetworkFiguresSchema, networkValues } from "../../../lib/network/figures";
import { NETWORK_SNAPSHOT } from "../../../data/network";

describe("impliedHashrateEhs", () => {
  it("is D × 2^32 / 600 s / 10^18, by hand", () => {
    // 126 T: 1.26e14 × 4,294,967,296 = 5.41165879296e23 hashes a block; ÷ 600 s = 9.0194313216e20 H/s = 901.94313216 EH/s
    expect(impliedHashrateEhs("126000000000000")).toBeCloseTo(901.94313216, 8);
    // the 2018 S9's 2,227,847,638,503.63: × 2^32 = 9.568533e21 hashes; ÷ 600 = 1.594755e19 H/s = 15.94755 EH/s
    expect(impliedHashrateEhs("2227847638503.63")).toBeCloseTo(15.94755, 4);
    // difficulty 1 (the genesis block's): 2^32 / 600 = 7,158,278.8 H/s = 7.1582788e-12 EH/s
    expect(impliedHashrateEhs("1")).toBeCloseTo(7.158278826666667e-12, 20);
  });

  it("is null for what is not a positive number", () => {
    for (const t of ["", "0", "-5", "abc", "Infinity"]) expect(impliedHashrateEhs(t), t).toBeNull();
  });
});

describe("the network's age", () => {
  it("counts whole days from the figures' date to today, and warns after 30", () => {
    expect(networkAgeDays(NETWORK_SNAPSHOT, "2026-02-01")).toBe(0);
    // February 2026 has 28 days: 2026-03-03 is 30 days after 2026-02-01, 2026-03-04 is 31
    expect(networkAgeDays(NETWORK_SNAPSHOT, "2026-03-03")).toBe(30);
    expect(isNetworkStale(NETWORK_SNAPSHOT, "2026-03-03")).toBe(false);
    expect(isNetworkStale(NETWORK_SNAPSHOT, "2026-03-04")).toBe(true);
    expect(isNetworkStale(NETWORK_SNAPSHOT, "2026-01-15")).toBe(false);
  });
});

describe("the stored snapshot (data/network.ts)", () => {
  it("is well formed and gives the modern presets' figures", () => {
    expect(NetworkFiguresSchema.parse(NETWORK_SNAPSHOT)).toEqual(NETWORK_SNAPSHOT);
    expect(networkValues(NETWORK_SNAPSHOT)).toEqual({
      startDate: "2026-02-01",
      startHeight: "934553",
      difficulty: "141668107417558.22",
      feesPerBlockBtc: "0.043",
      btcPrice: "80527.06",
    });
  });
});

describe("NetworkFiguresSchema's refusals", () => {
  it("name the figure and what it must be", () => {
    const refusal = (over: Record<string, unknown>) => {
      const r = NetworkFiguresSchema.safeParse({ ...NETWORK_SNAPSHOT, ...over });
      return r.success ? null : r.error.issues[0]?.message;
    };
    expect(refusal({ height: -1 })).toBe("height must be a whole number from 0 to 100000000");
    expect(refusal({ feesBlocks: 0 })).toBe("feesBlocks must be a whole number of 1 or more");
    expect(refusal({ difficulty: "1e14" })).toBe("difficulty must be a plain decimal text of 0 or more");
    expect(refusal({ btcUsd: 80527 })).toBe("btcUsd must be a plain decimal text of 0 or more");
    expect(refusal({ date: "2026-02-30" })).toBe("a real date YYYY-MM-DD");
    expect(refusal({ source: { kind: "api", host: "", base: "b" } })).toBe("source.host must be a text of 1 to 200 characters");
    expect(refusal({ source: { kind: "file" } })).toBe('source must be { kind: "tables" } or { kind: "api", host, base }');
    expect(NetworkFiguresSchema.safeParse(null).error?.issues[0]?.message).toBe("the network's figures must be an object");
  });
});
