import { describe, expect, it } from "vitest";
import { GET as rigs } from "../../app/api/rigs/route";
import { GET as payback } from "../../app/api/payback/route";
import { RIGS } from "../../lib/index";

async function get(route: (r: Request) => Promise<Response>, path: string) {
  const res = await route(new Request(`http://localhost${path}`));
  return { status: res.status, body: await res.json() };
}

const SITE = "v=1&preset=s21&cur=CNY&kwh=0.2843&pool=2&up=95&mode=compare&hkwh=0.5";

describe("GET /api/rigs", () => {
  it("answers every rig of the catalogue with both sides in compare mode", async () => {
    const { status, body } = await get(rigs, `/api/rigs?${SITE}`);
    expect(status).toBe(200);
    expect(body.rigs).toHaveLength(RIGS.length);
    const first = body.rigs[0];
    for (const key of ["id", "name", "maker", "hashrateThs", "powerWatts", "jPerTh", "released", "price", "source", "self", "hosted"]) {
      expect(first, key).toHaveProperty(key);
    }
    expect(JSON.stringify(body)).not.toMatch(/NaN|Infinity/);
  });

  it("gives a rig the calculator's figures for rig=<id> with the same keys and price", async () => {
    const { body } = await get(rigs, `/api/rigs?${SITE}`);
    for (const id of ["s21", "t21", "m56s-plus-plus"]) {
      const row = body.rigs.find((r: { id: string }) => r.id === id);
      const calc = await get(payback, `/api/payback?${SITE}&rig=${id}&price=${row.price.amount}`);
      expect(calc.status).toBe(200);
      expect(row.self, id).toEqual(calc.body.self);
      expect(row.hosted, id).toEqual(calc.body.hosted);
    }
  });

  it("shows a rig without a price only the figures that need none", async () => {
    // the S15 (57 J/TH, November 2018) in mid-2019: the index's first 38–68 J/TH figure is of May 2021, the catalogue has no deal
    const site = "v=1&cur=USD&date=2019-06-01&diff=7459680720542&btc=8000&kwh=0.05&pool=2";
    const { body } = await get(rigs, `/api/rigs?${site}`);
    const row = body.rigs.find((r: { id: string }) => r.id === "s15");
    expect(row.price).toBeNull();
    expect([row.self.breakEvenDay, row.self.netProfit, row.self.roiPct, row.self.capex]).toEqual([null, null, null, null]);
    // the fair price, the shutdown price and the break-even power price do not depend on the price paid
    const calc = await get(payback, `/api/payback?${site}&rig=s15&price=1`);
    for (const key of ["fairRigPrice", "shutdownBtcPrice", "breakEvenElectricityPrice", "totalBtc"])
      expect(row.self[key], key).toBe(calc.body.self[key]);
    expect(body.warnings.join(" ")).toMatch(/no price on or before 2019-06-01 for .*s15/);
  });

  it("gives each rig its source, and a catalogue price its quote and where it was found", async () => {
    const { body } = await get(rigs, "/api/rigs?v=1&preset=s21");
    const row = body.rigs.find((r: { id: string }) => r.id === "s21");
    expect(row.source).toEqual({
      title: "ViaBTC blog, 'WDMS 2023' recap: Antminer S21 series launch (Hong Kong, 22-23 Sep 2023)",
      url: "https://viabtc.com/blog/en/268?category=0",
      read: "2026-12-01",
    });
    // the preset's own price (no rig= in the link) is not the S21 row's: the catalogue's US$2,800 of 2023-10-11 is used
    expect(row.price).toEqual({
      amount: "2800.00",
      currency: "USD",
      from: "catalogue",
      quoted: {
        amount: "2800",
        currency: "USD",
        date: "2023-10-11",
        url: "https://theminermag.com/news/2023-10-11/bitcoin-miner-cleanspark-s21/",
        source:
          "TheMinerMag, CleanSpark pre-order of S21 at $14/TH (implied 200 TH/s x $14); Bitfarms paid $17.50/TH in March 2024 (blockoala.com/news/6854)",
      },
      index: null,
      cnyPerUsd: null,
    });
    for (const r of body.rigs) expect(r.source.title.length, r.id).toBeGreaterThan(10);
  });

  it("answers a bad key like /api/payback: 400 naming it", async () => {
    for (const [query, key] of [
      ["v=1&preset=s21&rig=nope", "rig"],
      ["v=1&preset=s21&kwh=abc", "kwh"],
    ]) {
      const a = await get(rigs, `/api/rigs?${query}`);
      const b = await get(payback, `/api/payback?${query}`);
      expect(a.status).toBe(400);
      expect(a.body.issues).toEqual(b.body.issues);
      expect(a.body.issues[0].key).toBe(key);
    }
  });
});
