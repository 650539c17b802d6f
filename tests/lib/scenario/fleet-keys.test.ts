/**
 * The ranking's keys of issue 25 (spec §11): `cap` (kW at the wall) and `budget` (the scenario's
 * currency), read, refused by name, and written back exactly.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Dec } from "../../../lib/core/decimal";
import { capKwOf, capacityFieldsOf } from "../../../lib/scenario/fleet";
import { FLEET_LIMITS, parseQuery, readFleetGoal, readFleetValue, serializeFleetGoal, type FleetGoal } from "../../../lib/server";

/** A canonical decimal text within the limits: 1 … max, up to 6 decimals, no trailing zeros. */
const value = (max: number) =>
  fc
    .tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 999_999 }))
    .map(([whole, frac]) => {
      const text = frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(6, "0").replace(/0+$/, "")}`;
      return text;
    })
    // compared as decimals: as a float, 1000000000000.000001 is 1e12 and would pass as within a budget of 1e12
    .filter((t) => t !== "0" && new Dec(t).lte(max));

describe("the fleet keys", () => {
  it("read a capacity and a budget, canonically", () => {
    expect(readFleetGoal("v=1&preset=s21&cap=1000.50&budget=200000")).toEqual({ goal: { capKw: "1000.5", budget: "200000" }, issues: [] });
    expect(readFleetGoal("v=1&preset=s21")).toEqual({ goal: {}, issues: [] });
  });

  it("refuse a bad value by name, saying what is allowed, and keep the other key", () => {
    for (const [query, key] of [
      ["cap=0&budget=5", "cap"],
      ["cap=-3&budget=5", "cap"],
      ["cap=1e3&budget=5", "cap"],
      ["cap=1,000&budget=5", "cap"],
      ["cap=20000000&budget=5", "cap"],
      ["cap=5&budget=abc", "budget"],
      ["cap=5&budget=10000000000000", "budget"],
    ] as const) {
      const { goal, issues } = readFleetGoal(query);
      expect(
        issues.map((i) => i.key),
        query,
      ).toEqual([key]);
      expect(issues[0]?.message, query).toMatch(key === "cap" ? /kW at the wall/ : /scenario's currency/);
      expect(Object.keys(goal), query).toEqual([key === "cap" ? "budget" : "capKw"]);
    }
    expect(readFleetGoal("cap=1&cap=2").issues).toEqual([{ key: "cap", message: "cap is given 2 times: give each key once" }]);
  });

  it("are not scenario keys: the calculator's codec neither warns of them nor reads them", () => {
    const parsed = parseQuery("v=1&preset=s21&cap=1000&budget=5");
    if (!parsed.ok) throw new Error("refused");
    expect(parsed.warnings.filter((w) => /cap|budget/.test(w))).toEqual([]);
  });

  it("round-trip exactly: read(write(goal)) = goal", () => {
    fc.assert(
      fc.property(fc.record({ capKw: value(Number(FLEET_LIMITS.capKw)), budget: value(1e12) }, { requiredKeys: [] }), (goal: FleetGoal) => {
        const read = readFleetGoal(serializeFleetGoal(goal));
        expect(read.issues).toEqual([]);
        expect(read.goal).toEqual(goal);
      }),
      { numRuns: 300 },
    );
  });

  it("take a capacity in MW from the form: 1 MW = 1000 kW, and show it back as 1 MW", () => {
    expect(capKwOf("1", "MW")).toBe("1000");
    expect(capKwOf("2.5", "MW")).toBe("2500");
    expect(capKwOf("850", "kW")).toBe("850");
    expect(capKwOf("x", "MW")).toBe("x"); // left for the codec to refuse by name
    expect(readFleetValue("capKw", capKwOf("0.0000000001", "MW"))).toBeNull(); // 0.0000001 kW: more than 6 decimals
    expect(capacityFieldsOf("1000")).toEqual({ value: "1", unit: "MW" });
    expect(capacityFieldsOf("1500")).toEqual({ value: "1500", unit: "kW" });
    expect(capacityFieldsOf(undefined)).toEqual({ value: "", unit: "MW" });
  });
});
