/**
 * Properties of the model that hold for every scenario (fast-check): dearer power never pays back
 * sooner, n rigs are n times one rig, nothing valid yields NaN, Infinity or a throw, and a share link
 * opens exactly the scenario it was made from.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Dec, resultJson, scheduleCsv, simulate, validateRaw, type RawScenario, type Scenario, type SideSummary } from "../../lib/server";
import { anyRaw, crossCheckRaw } from "../support/arbitraries";
import { scenarioOf } from "../support/scenarios";
import { expectLinksRoundTrip } from "../support/round-trip";

/** A raw scenario the schema accepts, or null. */
function valid(raw: RawScenario): Scenario | null {
  const checked = validateRaw(raw);
  return checked.ok ? checked.scenario : null;
}

/** Realistic scenarios, and scenarios from the whole allowed range of every field. */
const someScenario: fc.Arbitrary<Scenario> = fc
  .oneof(crossCheckRaw, anyRaw)
  .map(valid)
  .filter((s): s is Scenario => s !== null);

/** null (never pays back) is later than any day. */
const dayRank = (day: number | null): number => day ?? Number.POSITIVE_INFINITY;

function sides(s: Scenario): ("self" | "hosted")[] {
  return s.mode === "compare" ? ["self", "hosted"] : [s.mode];
}

describe("dearer power", () => {
  it("never pays back sooner and never earns more", () => {
    fc.assert(
      fc.property(someScenario, fc.integer({ min: 1, max: 20_000 }), fc.boolean(), (s, step, relative) => {
        const priceKey = (side: "self" | "hosted") => (side === "self" ? "electricityPrice" : "hostingPricePerKwh");
        for (const side of sides(s)) {
          const cheap = new Dec(s[priceKey(side)] ?? "0");
          // a step of 0.0001 … 2 per kWh, or of 0.005 % … 100 % of the price
          const delta = relative && !cheap.isZero() ? cheap.abs().times(step).div(20_000) : new Dec(step).div(10_000);
          const dear = Dec.min(1000, cheap.plus(delta));
          fc.pre(dear.gt(cheap));
          const before = simulate(s)[side] as SideSummary;
          const after = simulate(scenarioOf({ ...s, [priceKey(side)]: dear.toString() }))[side] as SideSummary;
          expect(dayRank(after.breakEvenDay)).toBeGreaterThanOrEqual(dayRank(before.breakEvenDay));
          expect(after.netProfit.lte(before.netProfit), `${side}: ${after.netProfit} > ${before.netProfit}`).toBe(true);
        }
      }),
      { numRuns: 120 },
    );
  }, 30_000);
});

describe("the size of the fleet", () => {
  it("gives n rigs n times one rig's profit and BTC, and the same break-even and shutdown days", () => {
    fc.assert(
      fc.property(someScenario, fc.integer({ min: 2, max: 100_000 }), (s, n) => {
        const one = simulate({ ...s, rigCount: 1 });
        const many = simulate({ ...s, rigCount: n });
        for (const side of sides(s)) {
          const a = one[side] as SideSummary;
          const b = many[side] as SideSummary;
          expect(b.breakEvenDay).toBe(a.breakEvenDay);
          expect(b.shutdownDay).toBe(a.shutdownDay);
          expect(b.daysOff).toBe(a.daysOff);
          // equal up to the 34-digit rounding, relative to the horizon's money
          const scale = a.totalRevenue.abs().plus(a.totalCost.abs()).plus(a.capex).times(n).plus("1e-30");
          const close = (x: Dec, y: Dec) => x.minus(y).abs().lte(scale.times("1e-25"));
          expect(close(b.netProfit, a.netProfit.times(n)), `netProfit ${b.netProfit} vs ${n} × ${a.netProfit}`).toBe(true);
          expect(close(b.capex, a.capex.times(n))).toBe(true);
          expect(b.totalBtc.minus(a.totalBtc.times(n)).abs().lte(b.totalBtc.times("1e-25"))).toBe(true);
          if (a.roiPct !== null && b.roiPct !== null) {
            expect(b.roiPct.minus(a.roiPct).abs().lte(scale.div(b.capex).times("1e-23"))).toBe(true);
          } else {
            expect(b.roiPct).toBe(a.roiPct);
          }
        }
      }),
      { numRuns: 120 },
    );
  }, 30_000);
});

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

function finiteEverywhere(value: unknown, path: string): void {
  if (value instanceof Dec) {
    expect(value.isFinite(), `${path} = ${value.toString()}`).toBe(true);
  } else if (typeof value === "number") {
    expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) finiteEverywhere(v, `${path}.${k}`);
  }
}

describe("any valid scenario", () => {
  it("runs without a throw, a NaN or an Infinity, from every field's smallest to its largest value", () => {
    fc.assert(
      fc.property(anyRaw, (raw) => {
        const s = valid(raw);
        fc.pre(s !== null);
        if (s === null) return;
        const sim = simulate(s);
        finiteEverywhere(sim.self, "self");
        finiteEverywhere(sim.hosted, "hosted");
        finiteEverywhere(sim.crossoverElectricityPrice, "crossover");
        finiteEverywhere(sim.finalBtcPrice, "finalBtcPrice");
        const json = resultJson(sim);
        const text = JSON.stringify(json);
        expect(text).not.toMatch(/NaN|Infinity/);
        for (const side of [json.self, json.hosted]) {
          if (!side) continue;
          for (const key of [
            "capex",
            "totalBtc",
            "totalRevenue",
            "totalCost",
            "resaleValue",
            "netProfit",
            "hashpricePerPhDay",
            "btcIfBoughtInstead",
          ] as const) {
            expect(side[key], key).toMatch(DECIMAL_TEXT);
          }
          for (const key of ["roiPct", "costPerBtc", "breakEvenElectricityPrice"] as const) {
            const v = side[key];
            if (v !== null) expect(v, key).toMatch(DECIMAL_TEXT);
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("draws its daily schedule and CSV without a NaN, to the last day", () => {
    fc.assert(
      fc.property(anyRaw, (raw) => {
        const s = valid(raw);
        fc.pre(s !== null);
        if (s === null) return;
        const sim = simulate(s, { schedule: true });
        expect(sim.schedule).toHaveLength(s.horizonDays);
        const csv = scheduleCsv(sim);
        expect(csv).not.toMatch(/NaN|Infinity/);
        expect(csv.trimEnd().split("\n")).toHaveLength(3 + s.horizonDays);
      }),
      { numRuns: 25 },
    );
  }, 30_000);
});

describe("the share link", () => {
  it("opens exactly the scenario it was made from: parseQuery(serializeScenario(s)) = s", () => {
    expectLinksRoundTrip(anyRaw, 400, 200);
  }, 30_000);
});
