import { describe, expect, it } from "vitest";
import { impliedHashrateText, networkLineView } from "../../../lib/present/network-view";
import { NETWORK_SNAPSHOT } from "../../../data/network";

describe("networkLineView", () => {
  it("says the date and source, and the age only when over 30 days against the given today", () => {
    expect(networkLineView(NETWORK_SNAPSHOT, "2026-02-20")).toEqual({ date: "2026-02-01", source: { kind: "tables" }, staleDays: null });
    // 2026-02-01 → 2026-12-02: 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 1 = 304 days
    expect(networkLineView(NETWORK_SNAPSHOT, "2026-12-02").staleDays).toBe(304);
    expect(networkLineView(NETWORK_SNAPSHOT, null).staleDays).toBeNull();
    const api = { ...NETWORK_SNAPSHOT, source: { kind: "api" as const, host: "mempool.space", base: "https://mempool.space/api" } };
    expect(networkLineView(api, "2026-02-01").source).toEqual({ kind: "api", host: "mempool.space" });
  });
});

describe("impliedHashrateText", () => {
  it("gives the EH/s of the difficulty as typed, in miners' units too", () => {
    // 126 T × 2^32 / 600 / 1e18 = 901.943 EH/s
    expect(impliedHashrateText("126T")).toBe("901.9");
    expect(impliedHashrateText("126000000000000")).toBe("901.9");
    // 141,668,107,417,558.22 × 2^32 / 600 / 1e18 = 1,014.0998 EH/s
    expect(impliedHashrateText("141668107417558.22")).toBe("1,014.1");
    // 2,227,847,638,503.63 (January 2018): 15.95 EH/s
    expect(impliedHashrateText("2227847638503.63")).toBe("15.9");
    expect(impliedHashrateText("")).toBeNull();
    expect(impliedHashrateText("abc")).toBeNull();
    expect(impliedHashrateText("0")).toBeNull();
  });
});
