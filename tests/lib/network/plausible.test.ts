/**
 * The bands a network reading must fall in: checked against every move the history tables record
 * (the bands must hold the real network's past, or a true reading would be refused), and by hand.
 */
import { describe, expect, it } from "vitest";
import { BTC_USD_PACKED, DIFFICULTY_PACKED } from "../../../data/history-table";
import { unpackDays } from "../../../lib/history/packed";
import { daysBetween } from "../../../lib/core/dates";
import { NETWORK_SNAPSHOT } from "../../../data/network";
import { difficultyHistoryFactor, heightTolerance, plausibleReading, priceFactor } from "../../../lib/network/plausible";
import type { NetworkFigures } from "../../../lib/network/figures";

/**
 * Every move between two recorded points at most two years apart, as (move ÷ band): the largest, and
 * where. Above 1 means the band would have refused a true reading.
 */
function worstMove(points: ReadonlyArray<readonly [string, string]>, from: string, band: (days: number) => number) {
  const pts = points.filter(([d, v]) => d >= from && Number(v) > 0).map(([d, v]) => [d, daysBetween(from, d), Number(v)] as const);
  let worst = { share: 0, at: "" };
  for (let i = 0; i < pts.length; i++)
    for (let j = i + 1; j < pts.length; j++) {
      const days = pts[j]![1] - pts[i]![1];
      if (days > 730) break;
      const r = pts[j]![2] / pts[i]![2];
      const share = Math.max(r, 1 / r) / band(days);
      if (share > worst.share) worst = { share, at: `${pts[i]![0]} → ${pts[j]![0]}` };
    }
  return worst;
}

describe("the bands hold the recorded history", () => {
  it("every recorded difficulty move since 2016 (up to two years apart) lies within ×/÷ (1.5 + days/20)", () => {
    const worst = worstMove(unpackDays(DIFFICULTY_PACKED), "2016-01-01", difficultyHistoryFactor);
    expect(worst.share, worst.at).toBeLessThanOrEqual(1);
    expect(worst.share, worst.at).toBeGreaterThan(0.5); // and not vastly wider than history needs
  });

  it("every recorded price move since 2013 (up to two years apart) lies within ×/÷ (2 + days/4)", () => {
    const worst = worstMove(unpackDays(BTC_USD_PACKED), "2013-01-01", priceFactor);
    expect(worst.share, worst.at).toBeLessThanOrEqual(1);
    expect(worst.share, worst.at).toBeGreaterThan(0.5);
  });
});

describe("the bands by hand", () => {
  it("gives the factors and tolerances of the README", () => {
    expect(difficultyHistoryFactor(0)).toBe(1.55); // 1.5 + 1/20 (at least a day)
    expect(difficultyHistoryFactor(90)).toBe(6); // 1.5 + 4.5
    expect(priceFactor(30)).toBe(9.5); // 2 + 7.5
    expect(heightTolerance(0)).toBe(432);
    expect(heightTolerance(100)).toBe(4032); // 432 + 0.25 × 14,400
  });

  const reading = (over: Partial<NetworkFigures>): NetworkFigures => ({
    ...NETWORK_SNAPSHOT,
    source: { kind: "api", host: "x", base: "x" },
    ...over,
  });

  it("believes a reading 100 days on: 14,400 blocks later, difficulty +20 %, price −40 %", () => {
    // 2026-02-01 + 100 days = 2026-05-12
    const r = reading({
      date: "2026-05-12",
      height: 934553 + 14400,
      difficulty: "170001728901069.86",
      btcUsd: "48316.24",
      feesPerBlockBtc: "0.05",
    });
    expect(plausibleReading(r, [NETWORK_SNAPSHOT])).toEqual({ ok: true });
  });

  it("allows one adjustment's ×4 at most within an epoch, whatever the history band", () => {
    // same day, same epoch (934,553 and 934,600 are both in epoch 463): ×4 at most, and the history band ×1.55 is tighter
    const r = reading({ height: 934600, difficulty: String(141668107417558.22 * 1.6) });
    const out = plausibleReading(r, [NETWORK_SNAPSHOT]);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toMatch(/×\/÷ 1\.55 from 141668107417558\.22 of the figures of 2026-02-01 \(0 days earlier\)/);
  });

  it("refuses fees above the subsidy, naming the subsidy at the reading's height", () => {
    const out = plausibleReading(reading({ feesPerBlockBtc: "3.1251" }), [NETWORK_SNAPSHOT]);
    expect(out).toEqual({
      ok: false,
      reason: "fees of 3.1251 BTC a block are outside the band 0 … 3.125 BTC (at most 100 % of the subsidy of 3.125 BTC at block 934553)",
    });
    expect(plausibleReading(reading({ feesPerBlockBtc: "3.125" }), [NETWORK_SNAPSHOT])).toEqual({ ok: true });
  });
});
