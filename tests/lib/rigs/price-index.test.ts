/**
 * A rig's price from the price index (lib/rigs/price-index.ts) and where the ranking takes a price
 * from: the buyer's own, a quoted deal, the index's estimate, in that order.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  Dec,
  findRig,
  indexPointFor,
  indexPriceOn,
  parseQuery,
  PRICE_INDEX,
  rankPrice,
  RIGS,
  type Rig,
  type Scenario,
} from "../../../lib/server";

function rig(id: string): Rig {
  const r = findRig(id);
  if (!r) throw new Error(id);
  return r;
}

function scenario(query: string): Scenario {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join("; "));
  return parsed.scenario;
}

describe("the index price of a rig", () => {
  it("takes its band's last figure at or before the date, × its TH/s", () => {
    // S19 Pro, 3250 W ÷ 110 TH/s = 29.5 J/TH, under 38: $80 on 2022-04-18 → 110 × 80 = $8,800.00
    const may = indexPriceOn({ rig: rig("s19-pro"), date: "2022-05-01", currency: "USD" });
    expect([may?.amount, may?.point.date, may?.ageDays, may?.stale]).toEqual(["8800.00", "2022-04-18", 13, false]);
    // on 2022-07-20 the narrower 25–38 band of 2022-07-16 (the middle of $20–23): 110 × 21.5 = $2,365.00
    expect(indexPriceOn({ rig: rig("s19-pro"), date: "2022-07-20", currency: "USD" })?.amount).toBe("2365.00");
    // S19 XP, 3010 ÷ 140 = 21.5 J/TH: under 25 at $20 on 2023-07-26 → 140 × 20 = $2,800.00
    expect(indexPriceOn({ rig: rig("s19-xp"), date: "2023-08-01", currency: "USD" })?.amount).toBe("2800.00");
  });

  it("never takes a figure from after the date: the day before a figure keeps the one before it", () => {
    // S9 (98 J/TH): 2021-05-06 is still the $4.72 of 2020-11-05; 2021-05-07 the $52.85 peak
    expect(indexPriceOn({ rig: rig("s9"), date: "2021-05-06", currency: "USD" })?.point.perTh).toBe("4.72");
    expect(indexPriceOn({ rig: rig("s9"), date: "2021-05-07", currency: "USD" })?.point.perTh).toBe("52.85");
    // before the first figure of a band there is none: the S9 on 2018-01-15, the S15 in 2019
    expect(indexPriceOn({ rig: rig("s9"), date: "2018-01-15", currency: "CNY" })).toBeNull();
    expect(indexPriceOn({ rig: rig("s15"), date: "2019-06-01", currency: "USD" })).toBeNull();
    fc.assert(
      fc.property(
        fc.constantFrom(...RIGS),
        fc.integer({ min: 0, max: 4000 }).map((d) => new Date(Date.UTC(2017, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
        (r, date) => {
          const p = indexPointFor(new Dec(r.powerWatts).div(r.hashrateThs), date);
          if (p === null) return;
          expect(p.date <= date).toBe(true);
          // and no figure of its band is later while still at or before the date
          const jth = new Dec(r.powerWatts).div(r.hashrateThs);
          const later = PRICE_INDEX.filter(
            (q) =>
              q.date > p.date &&
              q.date <= date &&
              (q.band.min === null || jth.gte(q.band.min)) &&
              (q.band.max === null || jth.lt(q.band.max)),
          );
          expect(later).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("says how old the figure is after the last one, stale past 90 days", () => {
    // the S21 (17.5 J/TH) on 2026-02-01: the $20 of 2023-07-26, 921 days before
    const s21 = indexPriceOn({ rig: rig("s21"), date: "2026-02-01", currency: "USD" });
    expect([s21?.amount, s21?.ageDays, s21?.stale]).toEqual(["4000.00", 921, true]);
    expect(indexPriceOn({ rig: rig("s21"), date: "2023-10-24", currency: "USD" })?.stale).toBe(false); // 90 days
    expect(indexPriceOn({ rig: rig("s21"), date: "2023-10-25", currency: "USD" })?.stale).toBe(true); // 91 days
  });

  it("converts at the rate of the figure's month", () => {
    // S9 in CNY from a USD figure: $4.72 (2020-11-05) × the tables' November 2020 rate
    const cny = indexPriceOn({ rig: rig("s9"), date: "2021-01-01", currency: "CNY" });
    expect(cny?.rate).not.toBeNull();
    expect(cny?.perTh).toBe(new Dec("4.72").times(cny?.rate ?? "0").toFixed(2, Dec.ROUND_HALF_UP));
    // the CNY figure of 2018 in US$: ¥1,074.07 ÷ the March 2018 rate
    const usd = indexPriceOn({ rig: rig("s9"), date: "2018-04-01", currency: "USD" });
    expect(usd?.perTh).toBe(new Dec("1074.07").div(usd?.rate ?? "1").toFixed(2, Dec.ROUND_HALF_UP));
    expect(new Dec(usd?.rate ?? "0").toNumber()).toBeCloseTo(6.3, 1);
  });
});

describe("the price a rig is ranked at", () => {
  const site = scenario("v=1&cur=USD&date=2024-01-01&diff=72089429039138.43&btc=43274.47&kwh=0.05&ths=1&w=1&price=0");

  it("is a quoted deal where the catalogue has one from on or before the date", () => {
    expect(rankPrice(site, rig("s21"), { id: null, priced: false })?.from).toBe("catalogue");
    // the S21's deal is of 2023-10-11: on 2023-10-01 the index prices it instead
    const before = { ...site, startDate: "2023-10-01" };
    expect(rankPrice(before, rig("s21"), { id: null, priced: false })?.from).toBe("index");
  });

  it("is the buyer's own for the link's own rig only", () => {
    const mine = { ...site, rigPrice: "1234" };
    expect(rankPrice(mine, rig("s21"), { id: "s21", priced: true })).toMatchObject({ amount: "1234", from: "scenario" });
    expect(rankPrice(mine, rig("t21"), { id: "s21", priced: true })?.from).toBe("catalogue");
    expect(rankPrice(mine, rig("s19-xp"), { id: "s21", priced: true })?.from).toBe("index");
  });
});
