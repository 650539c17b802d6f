/**
 * The money figures of spec §8 (coin policy, shutdown coin price, fair rig price, NPV, IRR) and the
 * financing view (loan, apr, term). Hand cases use the ROUND scenario of tests/support/scenarios.ts:
 * one rig mining exactly 1 BTC a day, 24 kWh a day at 1 per kWh, BTC at 100: profit 76 a day.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  Dec,
  FIELDS,
  parseQuery,
  serializeScenario,
  validateRaw,
  simulate,
  resultJson,
  type Scenario,
  type ScenarioField,
  type SideSummary,
} from "../../../lib/server";
import { round, scenarioOf } from "../../support/scenarios";
import { moneyRaw } from "../../support/arbitraries";

/** |actual − expected| ≤ tolerance × max(1, |expected|). */
function expectClose(actual: Dec | null | undefined, expected: Dec | string | number, tolerance = "1e-28"): void {
  expect(actual).toBeDefined();
  expect(actual).not.toBeNull();
  const a = actual as Dec;
  const e = new Dec(expected);
  const bound = new Dec(tolerance).times(Dec.max(1, e.abs()));
  if (a.minus(e).abs().gt(bound)) expect.fail(`expected ${a.toString()} to be within ${bound.toString()} of ${e.toString()}`);
}

function sides(s: Scenario): ("self" | "hosted")[] {
  return s.mode === "compare" ? ["self", "hosted"] : [s.mode];
}

function valid(raw: Parameters<typeof validateRaw>[0]): Scenario | null {
  const checked = validateRaw(raw);
  return checked.ok ? checked.scenario : null;
}

const someScenario = moneyRaw.map(valid).filter((s): s is Scenario => s !== null);

/** The money a side's figures move: what the rounding of 34 digits is relative to. */
function scaleOf(x: SideSummary, finalBtcPrice: Dec): Dec {
  return x.totalRevenue
    .abs()
    .plus(x.totalCost.abs())
    .plus(x.capex)
    .plus(x.btcHeld.times(finalBtcPrice))
    .plus(x.loan ? x.loan.interestPaid.abs() : 0)
    .plus("1e-30");
}

describe("the coin policies on hand cases", () => {
  it("keeps every coin under hold: 20 days × 1 BTC held, power paid in cash", () => {
    const sim = simulate(round({ horizonDays: "20", coinPolicy: "hold" }));
    const x = sim.self as SideSummary;
    expectClose(x.btcHeld, 20); // 1 BTC a day × 20 days
    expectClose(x.netProfit, 760); // −24 × 20 + 20 BTC × 100 − 760 = 760
    expect(x.breakEvenDay).toBe(10); // day N: −24N + 100N = 76N ≥ 760 ⇔ N ≥ 10
  });

  it("sells just enough under cover: 0.24 BTC a day pays the 24 of power", () => {
    const x = simulate(round({ horizonDays: "10", coinPolicy: "cover" })).self as SideSummary;
    expectClose(x.btcHeld, "7.6"); // (1 − 24/100) × 10 = 7.6 BTC
    expectClose(x.netProfit, 0); // 7.6 × 100 − 760 = 0
    expect(x.breakEvenDay).toBe(10);
  });

  it("gives the shutdown coin price V_0 / B_0", () => {
    const x = simulate(round()).self as SideSummary;
    expectClose(x.shutdownBtcPrice, 24); // 24 kWh × 1 per kWh / 1 BTC
  });

  it("matches ViaBTC's published S19 shutdown price", () => {
    // Source: ViaBTC mining calculator / shutdown price page, Antminer S19 95 TH/s, 3,250 W,
    // $0.077 per kWh, difficulty 17.62 T, fees 1.3 % of the 6.25 subsidy = 0.08125 BTC a block.
    // ViaBTC shows $8,744.27 (it rounds the BTC a day first); the exact figure is:
    // V_0 = 3.25 kW × 24 × 0.077 = 6.006; B_0 = 95e12 × 86400 × 6.33125 / (17.62e12 × 2^32) = 0.000686690509…
    // V_0 / B_0 = 8746.298… → $8,746.30
    const s = scenarioOf({
      rigPrice: "2000",
      hashrateThs: "95",
      powerWatts: "3250",
      startDate: "2021-09-01",
      startHeight: "700000",
      difficulty: "17.62e12",
      feesPerBlockBtc: "0.08125",
      btcPrice: "45000",
      electricityPrice: "0.077",
    });
    const json = resultJson(simulate(s));
    expect(json.self?.shutdownBtcPrice).toBe("8746.30");
    // with the day's BTC rounded to 0.00068685 (ViaBTC's intermediate): 6.006 / 0.00068685 = 8744.27
    expect(new Dec("6.006").div("0.00068685").toFixed(2)).toBe("8744.27");
  });

  it("prices the rig fairly: netProfit(p) = 76 × 100 − p, so p = 7,600; with 50 % resale p = 15,200", () => {
    expectClose((simulate(round({ horizonDays: "100" })).self as SideSummary).fairRigPrice, 7600);
    // 7600 − p + 0.5 p = 0 ⇔ p = 15200
    expectClose((simulate(round({ horizonDays: "100", resalePct: "50" })).self as SideSummary).fairRigPrice, 15200);
    expect((simulate(round({ resalePct: "100" })).self as SideSummary).fairRigPrice).toBeNull();
  });

  it("discounts a year's flows: one day of profit 76 on day 365 at 10 %/yr is worth 76 / 1.1", () => {
    // 366 days: day 0 … day 365; the npv at 10 % of a flow on day 365 is 76 / 1.1
    const x = simulate(round({ horizonDays: "366", discountPctPerYear: "10", rigPrice: "0" })).self as SideSummary;
    let expected = new Dec(0);
    for (let d = 0; d < 366; d++) expected = expected.plus(new Dec(76).div(new Dec("1.1").pow(new Dec(d).div(365))));
    expectClose(x.npv, expected, "1e-25");
  });

  it("discounts hold's cash and its coins: −24 a day, and 366 BTC × 100 valued on day 365", () => {
    // npv = Σ_{d ≤ 365} −24 / 1.1^(d/365) + 366 × 100 / 1.1^(365/365) (the held BTC on the last day)
    const x = simulate(round({ horizonDays: "366", discountPctPerYear: "10", rigPrice: "0", coinPolicy: "hold" })).self as SideSummary;
    let expected = new Dec(36600).div("1.1");
    for (let d = 0; d < 366; d++) expected = expected.minus(new Dec(24).div(new Dec("1.1").pow(new Dec(d).div(365))));
    expectClose(x.npv, expected, "1e-25");
  });

  it("finds the IRR of a rig that pays 76 a day for 100 days on 7,000, within 0.01 %", () => {
    // 7,600 back on 7,000 in 100 days, about 50 days on average: 1.0857^(365/50) − 1 ≈ 80 %/yr, between 0 and 100
    const x = simulate(round({ horizonDays: "100", rigPrice: "7000" })).self as SideSummary;
    const irr = x.irrPctPerYear as Dec;
    expect(irr).not.toBeNull();
    expect(irr.gt(50) && irr.lt(100)).toBe(true);
    // the exact npv (through the disc key) changes sign across irr ± 0.01
    const npvAt = (rate: Dec) =>
      (simulate(round({ horizonDays: "100", rigPrice: "7000", discountPctPerYear: rate.toString() })).self as SideSummary).npv;
    expect(npvAt(irr.minus("0.01")).isPositive()).toBe(true);
    expect(npvAt(irr.plus("0.01")).isNegative()).toBe(true);
  });

  it("has no IRR beyond 10,000 %/yr: 760 back within 10 days", () => {
    // npv at 10,000 %/yr: w = 101^(−1/365) ≈ 0.98744; −760 + 76 × Σ_{d<100} w^d ≈ −760 + 76 × 56.7 > 0, no root below
    expect((simulate(round({ horizonDays: "100" })).self as SideSummary).irrPctPerYear).toBeNull();
  });

  it("has no IRR when nothing comes back", () => {
    const x = simulate(round({ electricityPrice: "200" })).self as SideSummary;
    expect(x.irrPctPerYear).toBeNull();
  });
});

describe("financing", () => {
  // rig 2,330, half borrowed at 100 %/yr over 2 months: L = 1,165, r = 1/12, 1 + r = 13/12
  // payment = L·r / (1 − (1 + r)^−2) = 1165 × (1/12) × (169/144) / (25/144) = 196885 / 300 = 656.28333…
  // payment 1 on day round(30.4375) = 30: interest 1165 / 12 = 97.08333…, balance 1165 + 97.08333 − 656.28333 = 605.8
  // payment 2 on day round(60.875) = 61: interest 605.8 / 12 = 50.48333…, balance 0
  const loan = { rigPrice: "2330", loanPct: "50", loanAprPct: "100", loanTermMonths: "2" };

  it("repays an annuity: payment, interest, net profit and ROI on own money by hand", () => {
    const x = simulate(round({ ...loan, horizonDays: "100" })).self as SideSummary;
    expectClose(x.loan?.amount, 1165);
    expectClose(x.loan?.payment, new Dec(196885).div(300), "1e-25");
    expect(x.loan?.payments.map((p) => p.day)).toEqual([30, 61]);
    expectClose(x.loan?.interestPaid, new Dec(1165).div(12).plus(new Dec("605.8").div(12)), "1e-25"); // 147.5666…
    expectClose(x.loan?.balance, 0, "1e-25");
    // net profit = 76 × 100 − 2330 − 147.56667 = 5122.43333…
    expectClose(x.netProfit, new Dec(7600 - 2330).minus(new Dec(1165).div(12)).minus(new Dec("605.8").div(12)), "1e-25");
    // ROI on own money (2330 − 1165 = 1165): 5122.43333 / 1165 × 100 = 439.69…
    expect(x.roiPct?.toFixed(2)).toBe("439.69");
    // without the loan day 31 pays back (76 × 31 = 2356 ≥ 2330); the first interest (97.08, paid on day 31)
    // delays it: 2356 − 97.08 < 2330, 76 × 32 − 97.08 = 2334.92 ≥ 2330
    expect(x.breakEvenDay).toBe(32);
    const json = resultJson(simulate(round({ ...loan, horizonDays: "100" }))).self;
    expect(json?.financing).toEqual({
      borrowed: "1165.00",
      ownMoney: "1165.00",
      monthlyPayment: "656.28",
      paymentsMade: 2,
      interestPaid: "147.57",
      balanceAtEnd: "0.00",
    });
  });

  it("repays the balance after the last day when the term outlasts the horizon", () => {
    const x = simulate(round({ ...loan, horizonDays: "45" })).self as SideSummary;
    // one payment (day 30); 605.8 still owed, repaid after day 45
    expectClose(x.loan?.balance, "605.8", "1e-25");
    // 76 × 45 − 2330 − 97.08333 = 992.91666…
    expectClose(x.netProfit, new Dec(76 * 45 - 2330).minus(new Dec(1165).div(12)), "1e-25");
  });
});

describe("financing at rates too small for 1 + r", () => {
  // The exact payment to 60 digits: L·r / (1 − (1 + r)^−n), r = apr/1200, with the decimals wide
  // enough to hold 1 + r (at apr = 1e-30, r ≈ 8.3e-34 and 1 + r needs 34 digits; at 1e-60, 64).
  const Wide = Dec.clone({ precision: 120 });
  const exactPayment = (amount: string, apr: string, n: number): Dec => {
    const r = new Wide(apr).div(1200);
    return new Wide(amount).times(r).div(new Wide(1).minus(new Wide(1).plus(r).pow(-n)));
  };

  it("pays L ÷ n a month when the rate vanishes at the engine's precision, never a division by zero", () => {
    // rig 2,330, half borrowed over 36 months at 1e-60 % a year: 1,165 / 36 = 32.3611…
    const x = simulate(round({ rigPrice: "2330", loanPct: "50", loanAprPct: "1e-60", loanTermMonths: "36", horizonDays: "100" }))
      .self as SideSummary;
    expectClose(x.loan?.payment, new Dec(1165).div(36));
    const json = resultJson(simulate(round({ rigPrice: "2330", loanPct: "50", loanAprPct: "1e-60", horizonDays: "100" }))).self;
    expect(json?.netProfit).toBe("5270.00"); // 76 × 100 − 2,330: the interest rounds to nothing
    expect(json?.financing?.monthlyPayment).toBe("32.36");
    expect(json?.fairRigPrice).not.toBe("NaN");
  });

  it("keeps the annuity exact from the tiniest accepted rate up (1e-62 … 100 % a year)", () => {
    for (const apr of [
      "1e-62",
      "1e-60",
      "1e-40",
      "1e-34",
      "1e-30",
      "3e-25",
      "1e-20",
      "1e-12",
      "1.2e-7",
      "1.19e-7",
      "1e-6",
      "0.01",
      "12",
      "100",
    ]) {
      for (const n of [1, 2, 36, 360]) {
        const x = simulate(round({ rigPrice: "2330", loanPct: "50", loanAprPct: apr, loanTermMonths: String(n), horizonDays: "40" }))
          .self as SideSummary;
        expectClose(x.loan?.payment, exactPayment("1165", apr, n).toString(), "1e-25");
      }
    }
  });
});

describe("refusals by name", () => {
  const refused = (query: string) => {
    const parsed = parseQuery(query);
    expect(parsed.ok).toBe(false);
    return parsed.ok ? [] : parsed.issues.map((i) => i.key);
  };
  it("names sell, disc, term and loan and keeps the rest", () => {
    expect(refused("v=1&preset=s9-2018-huaqiangbei&sell=sometimes")).toEqual(["sell"]);
    expect(refused("v=1&preset=s9-2018-huaqiangbei&disc=-3")).toEqual(["disc"]);
    expect(refused("v=1&preset=s9-2018-huaqiangbei&term=0")).toEqual(["term"]);
    expect(refused("v=1&preset=s9-2018-huaqiangbei&loan=101&apr=12")).toEqual(["loan"]);
    const parsed = parseQuery("v=1&preset=s9-2018-huaqiangbei&sell=sometimes&disc=5");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues[0]?.message).toBe('sell = "sometimes" is not allowed: must be daily, hold or cover');
      expect(parsed.accepted.discountPctPerYear).toBe("5");
    }
  });
});

describe("properties", () => {
  it("round-trips the new keys: parseQuery(serializeScenario(s)) = s", () => {
    fc.assert(
      fc.property(moneyRaw, (raw) => {
        const params = new URLSearchParams({ v: "1" });
        for (const [field, value] of Object.entries(raw)) params.set(FIELDS[field as ScenarioField].key, String(value));
        const first = parseQuery(params.toString());
        fc.pre(first.ok);
        if (!first.ok) return;
        const link = serializeScenario(first.scenario);
        const again = parseQuery(link);
        expect(again.ok, link).toBe(true);
        if (again.ok) expect(again.scenario).toEqual(first.scenario);
        expect(link.includes("sell=") || first.scenario.coinPolicy === "daily").toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("at a constant price the three policies give the same net profit", () => {
    fc.assert(
      fc.property(someScenario, (raw) => {
        const s = { ...raw, btcPriceGrowthPctPerMonth: "0" };
        const runs = (["daily", "hold", "cover"] as const).map((coinPolicy) => simulate({ ...s, coinPolicy }));
        for (const side of sides(s)) {
          const [a, b, c] = runs.map((r) => r[side] as SideSummary);
          if (!a || !b || !c) throw new Error("a side is missing");
          const scale = scaleOf(b, runs[1]?.finalBtcPrice ?? new Dec(0));
          for (const x of [b, c]) {
            expect(x.netProfit.minus(a.netProfit).abs().lte(scale.times("1e-24")), `${x.netProfit} vs ${a.netProfit}`).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("with a price that only rises, hold ≥ cover ≥ daily", () => {
    fc.assert(
      fc.property(someScenario, fc.integer({ min: 1, max: 2000 }), (raw, bg) => {
        const s = { ...raw, btcPriceGrowthPctPerMonth: new Dec(bg).div(100).toString() };
        const runs = (["daily", "cover", "hold"] as const).map((coinPolicy) => simulate({ ...s, coinPolicy }));
        for (const side of sides(s)) {
          const [daily, cover, hold] = runs.map((r) => r[side] as SideSummary);
          if (!daily || !cover || !hold) throw new Error("a side is missing");
          const slack = scaleOf(hold, runs[2]?.finalBtcPrice ?? new Dec(0)).times("1e-24");
          expect(hold.netProfit.plus(slack).gte(cover.netProfit), `hold ${hold.netProfit} < cover ${cover.netProfit}`).toBe(true);
          expect(cover.netProfit.plus(slack).gte(daily.netProfit), `cover ${cover.netProfit} < daily ${daily.netProfit}`).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it("disc = 0 gives npv = netProfit exactly, and no figure is NaN or infinite", () => {
    fc.assert(
      fc.property(someScenario, (raw) => {
        const sim = simulate({ ...raw, discountPctPerYear: "0" });
        expect(JSON.stringify(resultJson(simulate(raw)))).not.toMatch(/NaN|Infinity/);
        for (const side of sides(raw)) {
          const x = sim[side] as SideSummary;
          expect(x.npv.eq(x.netProfit), `${x.npv} vs ${x.netProfit}`).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it("the fair rig price as the rig price gives net profit 0 (npv 0 with disc)", () => {
    fc.assert(
      fc.property(someScenario, (s) => {
        for (const side of sides(s)) {
          const x = simulate(s)[side] as SideSummary;
          const fair = x.fairRigPrice;
          if (fair === null) {
            expect(new Dec(s.resalePct).eq(100)).toBe(true);
            continue;
          }
          const text = fair.toSignificantDigits(30).toFixed();
          const again = valid({ ...s, rigPrice: text });
          fc.pre(again !== null);
          if (again === null) return;
          const sim = simulate(again);
          const y = sim[side] as SideSummary;
          const target = new Dec(s.discountPctPerYear).isZero() ? y.netProfit : y.npv;
          // the rig price is cut to 30 digits: the error is at most n × 1e-29 × fair
          // and 1e-20 of the currency beside it, for figures near 0 (34 digits of sums of terms near 1)
          const slack = scaleOf(y, sim.finalBtcPrice).plus(fair.abs().times(s.rigCount)).times("1e-22").plus("1e-20");
          expect(target.abs().lte(slack), `${target} at a fair price of ${text}`).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it("npv changes sign across irrPctPerYear ± 0.01 (rigs priced so that the IRR is a valid disc)", () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.record({
          horizonDays: fc.integer({ min: 200, max: 1500 }).map(String),
          difficultyGrowthPctPerMonth: fc.integer({ min: -200, max: 400 }).map((x) => new Dec(x).div(100).toString()),
          btcPriceGrowthPctPerMonth: fc.integer({ min: -300, max: 500 }).map((x) => new Dec(x).div(100).toString()),
          electricityPrice: fc.integer({ min: 0, max: 90 }).map(String),
          fixedCostPerRigPerMonth: fc.constantFrom("0", "30"),
          coinPolicy: fc.constantFrom("daily", "hold", "cover"),
          loanPct: fc.constantFrom("0", "0", "40"),
          loanAprPct: fc.constantFrom("0", "12"),
        }),
        fc.integer({ min: 40, max: 97 }),
        (raw, share) => {
          // the mining's own money at a free rig, then a price that takes `share` % of it: an IRR of a few % to a few 100 %
          const free = simulate(round({ ...raw, rigPrice: "0" })).self as SideSummary;
          fc.pre(free.netProfit.gt(100));
          const s = round({ ...raw, rigPrice: free.netProfit.times(share).div(100).toDecimalPlaces(2).toString() });
          const irr = (simulate(s).self as SideSummary).irrPctPerYear;
          fc.pre(irr !== null && irr !== undefined && irr.gte("0.02") && irr.lte("99.98"));
          if (irr === null || irr === undefined) return;
          checked++;
          const npvAt = (rate: Dec) => (simulate({ ...s, discountPctPerYear: rate.toString() }).self as SideSummary).npv;
          const below = npvAt(irr.minus("0.01"));
          const above = npvAt(irr.plus("0.01"));
          expect(below.isZero() || above.isZero() || below.isPositive() !== above.isPositive(), `${below} / ${above} around ${irr}`).toBe(
            true,
          );
        },
      ),
      { numRuns: 60 },
    );
    expect(checked).toBeGreaterThan(20);
  }, 60_000);
});
