/**
 * Links and a refreshed network: a bare modern preset opens on the network it is given, and a link
 * written for figures that came from a refresh carries all five, so it opens on the same numbers on
 * any server, on any later day.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseQuery, parseQueryLenient, presetScenario, serializeScenario, type NetworkFigures, type Scenario } from "../../../lib/server";

const REFRESHED: NetworkFigures = {
  date: "2026-07-10",
  source: { kind: "api", host: "mempool.space", base: "https://mempool.space/api" },
  height: 940000,
  difficulty: "150123456789012.5",
  feesPerBlockBtc: "0.028",
  feesBlocks: 12960,
  btcUsd: "97123.46",
};

function ok(q: string, network?: NetworkFigures): Scenario {
  const r = parseQuery(q, network);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.scenario;
}

describe("a modern preset on a refreshed network", () => {
  it("opens a bare preset on the network it is given, the snapshot by default", () => {
    expect(ok("v=1&preset=s21", REFRESHED)).toMatchObject({
      startDate: "2026-07-10",
      startHeight: 940000,
      difficulty: "150123456789012.5",
      feesPerBlockBtc: "0.028",
      btcPrice: "97123.46",
      // the rest of the preset is unchanged
      hashrateThs: "200",
      rigPrice: "2900",
      difficultyGrowthPctPerMonth: "2.28",
    });
    expect(ok("v=1&preset=s21")).toMatchObject({ startDate: "2026-02-01", startHeight: 934553, difficulty: "141668107417558.22" });
    expect(presetScenario("s21", REFRESHED)?.difficulty).toBe("150123456789012.5");
    expect(parseQueryLenient("v=1&preset=s21&price=abc", "s9-2018-huaqiangbei", REFRESHED).scenario.btcPrice).toBe("97123.46");
  });

  it("writes all five network figures into the link, which then opens the same anywhere", () => {
    const s = ok("v=1&preset=s21&kwh=0.05", REFRESHED);
    const link = serializeScenario(s);
    expect(link).toBe("v=1&preset=s21&date=2026-07-10&h=940000&diff=150123456789012.5&fees=0.028&btc=97123.46&kwh=0.05");
    expect(ok(link)).toEqual(s);
    expect(ok(link, REFRESHED)).toEqual(s);
    expect(ok(link, { ...REFRESHED, date: "2026-09-01", difficulty: "1" })).toEqual(s);
  });

  it("leaves the stored snapshot's links as they were, and writes the five together when one is edited", () => {
    expect(serializeScenario(ok("v=1&preset=s21&kwh=0.05"))).toBe("v=1&preset=s21&kwh=0.05");
    expect(serializeScenario(ok("v=1&preset=s21&diff=126T"))).toBe(
      "v=1&preset=s21&date=2026-02-01&h=934553&diff=126000000000000&fees=0.043&btc=80527.06",
    );
  });

  it("leaves the 2018 presets alone: their network is their own", () => {
    const s = ok("v=1&preset=s9-2018-huaqiangbei", REFRESHED);
    expect(s).toEqual(ok("v=1&preset=s9-2018-huaqiangbei"));
    expect(serializeScenario(s)).toBe("v=1&preset=s9-2018-huaqiangbei");
  });

  it("any refreshed network: the page's link opens the same scenario under any other network", () => {
    const network = fc.record({
      date: fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2026, 1, 2) + d * 86_400_000).toISOString().slice(0, 10)),
      height: fc.integer({ min: 934553, max: 2_000_000 }),
      difficulty: fc.integer({ min: 1, max: 10 ** 15 }).map(String),
      feesPerBlockBtc: fc.integer({ min: 0, max: 100_000 }).map((n) => String(n / 10_000)),
      btcUsd: fc.integer({ min: 1, max: 100_000_000 }).map((n) => String(n / 100)),
    });
    fc.assert(
      fc.property(
        network,
        network,
        fc.constantFrom("s19-pro", "s21", "m60s"),
        fc.constantFrom("", "&mode=compare", "&n=3&kwh=0.04"),
        (a, b, preset, extra) => {
          const na: NetworkFigures = { ...REFRESHED, ...a };
          const nb: NetworkFigures = { ...REFRESHED, ...b };
          const s = ok(`v=1&preset=${preset}${extra}`, na);
          const link = serializeScenario(s);
          expect(ok(link, nb)).toEqual(s);
          expect(ok(link)).toEqual(s);
        },
      ),
      { numRuns: 150 },
    );
  });
});
