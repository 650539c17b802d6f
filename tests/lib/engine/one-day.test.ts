/**
 * The fast machinery held to the day on one screen (lib/engine/one-day.ts): for random scenarios
 * (power tiers, curtailment, outages, hosting terms, coin policies, growth both ways, halvings), the
 * summary the engine computes in closed form over runs of days equals the sum of `oneDay` taken day
 * by day over the same market (the schedule's subsidy, difficulty and price of each day): the coins,
 * the net profit, the break-even and shutdown days, and the coin policy's BTC held and net profit.
 * Then the rules by hand.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../../lib/core/decimal";
import { validateRaw, type RawScenario, type Scenario } from "../../../lib/server";
import { sideSpecsOf as sideSpecs, simulateDays as simulate } from "../../../lib/prepare";
import { fleetBtcFactor, listSides, type SideSpec } from "../../../lib/engine/day";
import { TermsCursor } from "../../../lib/engine/power";
import { oneDay, policyDay, runsAt, runsFrom } from "../../../lib/engine/one-day";
import { crossCheckRaw, moneyRaw, powerRaw } from "../../support/arbitraries";

/** |a − b| ≤ 1e-18 × max(1, |b|, scale): the machinery and the day sum the same days in another order. */
function close(a: Dec, b: Dec, scale: Dec = new Dec(1)): boolean {
  return a
    .minus(b)
    .abs()
    .lte(Dec.max(1, b.abs(), scale).times("1e-18"));
}

interface DaySums {
  btc: Dec;
  profit: Dec;
  /** Σ |profit|: the scale of the sums' rounding. */
  scale: Dec;
  breakEvenDay: number | null;
  shutdownDay: number | null;
  cash: Dec;
  held: Dec;
}

/** The side's days one by one through oneDay, on the schedule's market. */
function dayByDay(s: Scenario, spec: SideSpec, market: { subsidyBtc: Dec; difficulty: Dec; btcPrice: Dec }[]): DaySums {
  const k = fleetBtcFactor(s);
  const fees = new Dec(s.feesPerBlockBtc);
  const cursor = new TermsCursor(spec.terms);
  const sums: DaySums = {
    btc: new Dec(0),
    profit: new Dec(0),
    scale: new Dec(0),
    breakEvenDay: null,
    shutdownDay: null,
    cash: new Dec(0),
    held: new Dec(0),
  };
  let position = spec.capex.neg();
  market.forEach((m, d) => {
    const btc = m.subsidyBtc.plus(fees).times(k.div(m.difficulty));
    const terms = cursor.at(d);
    const day = oneDay({
      side: spec,
      terms,
      fleet: { btc, revenue: btc.times(m.btcPrice), btcPrice: m.btcPrice },
      oneOff: spec.oneOffs.byDay.get(d),
      policy: s.coinPolicy,
    });
    sums.btc = sums.btc.plus(day.btc);
    sums.profit = sums.profit.plus(day.profit);
    sums.scale = sums.scale.plus(day.profit.abs());
    position = position.plus(day.profit);
    if (sums.breakEvenDay === null && position.gte(0)) sums.breakEvenDay = d + 1;
    if (sums.shutdownDay === null && !day.running && !terms.off && terms.hasRunning) sums.shutdownDay = d + 1;
    sums.cash = sums.cash.plus(day.received).minus(day.paid);
    sums.held = sums.held.plus(day.btcIn).minus(day.btcSold);
  });
  return sums;
}

/** A scenario of the generators, projected (no replay), at most 400 days, without a loan. */
function usable(raw: RawScenario): Scenario | null {
  const checked = validateRaw({ ...raw, loanPct: "0" });
  if (!checked.ok || checked.scenario.useHistory) return null;
  const s = checked.scenario;
  return s.horizonDays > 400 ? { ...s, horizonDays: 1 + (s.horizonDays % 400) } : s;
}

describe("the machinery against the day on one screen, day by day", () => {
  it("the closed-form summary is the sum of oneDay over the days, for random scenarios", () => {
    fc.assert(
      fc.property(fc.oneof(powerRaw, moneyRaw, crossCheckRaw), (raw) => {
        const s = usable(raw);
        if (s === null) return;
        const fast = simulate(s);
        const market = (simulate(s, { schedule: true }).schedule ?? []).map((r) => ({
          subsidyBtc: r.subsidyBtc,
          difficulty: r.difficulty,
          btcPrice: r.btcPrice,
        }));
        expect(market).toHaveLength(s.horizonDays);
        for (const spec of listSides(sideSpecs(s))) {
          const summary = fast[spec.name];
          expect(summary).toBeDefined();
          if (!summary) return;
          const days = dayByDay(s, spec, market);
          expect(close(summary.totalBtc, days.btc), `${spec.name} BTC ${summary.totalBtc} vs ${days.btc}`).toBe(true);
          expect(summary.shutdownDay).toBe(days.shutdownDay);
          const finalPrice = market[market.length - 1]?.btcPrice ?? new Dec(0);
          if (s.coinPolicy === "daily") {
            const net = days.profit.minus(spec.capex).plus(spec.resale);
            expect(close(summary.netProfit, net, days.scale), `${spec.name} net ${summary.netProfit} vs ${net}`).toBe(true);
            expect(summary.breakEvenDay).toBe(days.breakEvenDay);
          } else {
            // §8: the position after the last day is cash + held × the last price; net = that − capex + resale
            const net = days.cash.plus(days.held.times(finalPrice)).minus(spec.capex).plus(spec.resale);
            expect(
              close(summary.netProfit, net, days.scale.plus(days.held.abs().times(finalPrice))),
              `${spec.name} net ${summary.netProfit} vs ${net}`,
            ).toBe(true);
            expect(close(summary.btcHeld, days.held, days.btc), `${spec.name} held ${summary.btcHeld} vs ${days.held}`).toBe(true);
          }
        }
      }),
      { numRuns: 120 },
    );
  }, 60_000);
});

describe("the rules of the day, by hand", () => {
  it("runs a stretch of hours from the revenue that covers its power: equality runs, stop=0 always, nothing kept only while power is free", () => {
    // V = 24, keep 1: runs from R = 24; keep 0.8: from 24 / 0.8 = 30
    expect(runsAt(runsFrom({ stop: true, keep: new Dec(1), fullDayPowerCost: new Dec(24) }), new Dec("23.99"))).toBe(false);
    expect(runsAt(runsFrom({ stop: true, keep: new Dec(1), fullDayPowerCost: new Dec(24) }), new Dec(24))).toBe(true);
    expect(runsFrom({ stop: true, keep: new Dec("0.8"), fullDayPowerCost: new Dec(24) })).toEqual(new Dec(30));
    expect(runsFrom({ stop: false, keep: new Dec(1), fullDayPowerCost: new Dec(24) })).toBe("always");
    expect(runsFrom({ stop: true, keep: new Dec(0), fullDayPowerCost: new Dec(24) })).toBe("never");
    expect(runsFrom({ stop: true, keep: new Dec(0), fullDayPowerCost: new Dec(0) })).toBe("always");
  });

  it("sells, holds or covers the day's coins by the policy", () => {
    // R = 100 for 1 BTC at 100, C = 24
    const day = { running: true, revenue: new Dec(100), btc: new Dec(1), cost: new Dec(24), btcPrice: new Dec(100) };
    const daily = policyDay({ ...day, policy: "daily" });
    expect([daily.received.toString(), daily.paid.toString(), daily.btcIn.toString()]).toEqual(["100", "24", "0"]);
    const hold = policyDay({ ...day, policy: "hold" });
    expect([hold.received.toString(), hold.paid.toString(), hold.btcIn.toString()]).toEqual(["0", "24", "1"]);
    // cover sells 24 / 100 = 0.24 BTC and keeps the rest; no cash changes hands
    const cover = policyDay({ ...day, policy: "cover" });
    expect([cover.received.toString(), cover.paid.toString(), cover.btcIn.toString(), cover.btcSold.toString()]).toEqual([
      "0",
      "0",
      "1",
      "0.24",
    ]);
    // not enough: R = 20 < C = 24, all sold, 4 paid in cash (received 20, paid 24)
    const short = policyDay({ ...day, revenue: new Dec(20), btcPrice: new Dec(20), policy: "cover" });
    expect([short.received.toString(), short.paid.toString(), short.btcIn.toString()]).toEqual(["20", "24", "0"]);
    // a day switched off pays its costs in cash under every policy
    const off = policyDay({ ...day, running: false, policy: "hold" });
    expect([off.received.toString(), off.paid.toString(), off.btcIn.toString()]).toEqual(["0", "24", "0"]);
  });
});
