import { describe, expect, it } from "vitest";
import { GET as rigs } from "../../app/api/rigs/route";
import { GET as payback } from "../../app/api/payback/route";
import { Dec, RIGS } from "../../lib/server";

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

describe("GET /api/rigs on the site's keys alone (issue 25)", () => {
  it("ranks with no rig fields and no network: the start date's recorded network, said in warnings", async () => {
    const { status, body } = await get(rigs, "/api/rigs?v=1&cur=USD&date=2024-01-01&kwh=0.05&pool=2&days=1095");
    expect(status).toBe(200);
    expect(body.warnings[0]).toMatch(/recorded network of 2024-01-01 is used \(diff = [\d.]+, btc = [\d.]+, h = \d+/);
    // every rig released by January 2024 has a price: the buyer's, a deal or the index's estimate
    for (const r of body.rigs) expect(["catalogue", "index"], r.id).toContain(r.price?.from);
    const xp = body.rigs.find((r: { id: string }) => r.id === "s19-xp");
    // 21.5 J/TH, under 25: $20 per TH on 2023-07-26 × 140 TH/s = $2,800, 159 days before the start
    expect(xp.price).toMatchObject({
      amount: "2800.00",
      from: "index",
      index: { perTh: "20.00", date: "2023-07-26", ageDays: 159, stale: true },
    });
    expect(body.warnings.join(" ")).toMatch(/over 90 days old at 2024-01-01/);
  });

  it("takes today's network (the stored snapshot) when the link names no date", async () => {
    const { status, body } = await get(rigs, "/api/rigs?v=1&cur=USD&kwh=0.05");
    expect(status).toBe(200);
    expect(body.warnings[0]).toMatch(/the network of 2026-02-01 \(the stored snapshot\) is used/);
    expect(body.rigs).toHaveLength(RIGS.length);
  });

  it("gives the link's price to the link's own rig only", async () => {
    const { body } = await get(rigs, "/api/rigs?v=1&preset=s21&price=2500&kwh=0.05");
    const price = (id: string) => body.rigs.find((r: { id: string }) => r.id === id).price;
    expect(price("s21")).toMatchObject({ amount: "2500.00", from: "scenario" });
    expect(price("t21").from).toBe("catalogue");
    expect(price("s21-xp").from).toBe("index");
  });

  it("never ranks a rig released after the start date", async () => {
    for (const date of ["2018-01-15", "2019-06-01", "2020-06-01", "2021-11-01", "2023-01-01", "2024-06-01"]) {
      const { status, body } = await get(rigs, `/api/rigs?v=1&cur=USD&date=${date}&kwh=0.05`);
      expect(status, date).toBe(200);
      const released = RIGS.filter((r) => r.released <= date.slice(0, 7)).map((r) => r.id);
      expect(
        body.rigs.map((r: { id: string }) => r.id),
        date,
      ).toEqual(released);
      for (const r of body.rigs) expect(r.released <= date.slice(0, 7), `${date} ${r.id}`).toBe(true);
    }
  });

  it("answers January 2018 with the S9 alone, at the link's ¥30,000, and its replay", async () => {
    const { body } = await get(rigs, "/api/rigs?v=1&preset=s9-2018-huaqiangbei&hist=1");
    expect(body.rigs.map((r: { id: string }) => r.id)).toEqual(["s9"]);
    expect(body.rigs[0].price).toMatchObject({ amount: "30000.00", from: "scenario" });
    expect(body.rigs[0].self.breakEvenDay).toBeNull();
    // the row says the figures it was ranked at: the preset's 1,400 W at the wall, not the catalogue's
    // nameplate 1,323 W; 1,400 ÷ 13.5 = 103.70 J/TH
    expect(body.rigs[0]).toMatchObject({ hashrateThs: "13.5", powerWatts: "1400", jPerTh: "103.7", ownFigures: true });
  });

  it("gives every other rig the catalogue's figures, unmarked", async () => {
    const { body } = await get(rigs, "/api/rigs?v=1&preset=s21&kwh=0.05");
    const s21 = body.rigs.find((r: { id: string }) => r.id === "s21");
    const t21 = body.rigs.find((r: { id: string }) => r.id === "t21");
    // the link's own S21 runs at the catalogue's own figures: nothing to mark
    expect(s21).toMatchObject({ hashrateThs: "200", powerWatts: "3500", jPerTh: "17.5" });
    expect(s21.ownFigures).toBeUndefined();
    expect(t21).toMatchObject({ hashrateThs: "190", powerWatts: "3610", jPerTh: "19.0" });
    expect(t21.ownFigures).toBeUndefined();
  });

  it("sizes a fleet for a capacity: floor(cap ÷ kW at the wall with PUE)", async () => {
    const { status, body } = await get(rigs, "/api/rigs?v=1&preset=s21&kwh=0.04&cap=1000&pue=1.1");
    expect(status).toBe(200);
    const s21 = body.rigs.find((r: { id: string }) => r.id === "s21");
    // 3,500 W × 1.1 = 3.85 kW; 1,000 ÷ 3.85 = 259.74 → 259 rigs; outlay 259 × $2,800 = $725,200
    expect(s21.fleet.count).toBe(259);
    expect(s21.fleet.outlay).toBe("725200.00");
    // net profit 259 × the rig's own; per MW a year: the rig's ÷ 0.00385 MW ÷ (1095 ÷ 365.25) years
    // (the row's net profit is rounded to the cent, so 259 of them may differ by up to 259 × ½ cent)
    const own = new Dec(s21.self.netProfit);
    expect(new Dec(s21.fleet.netProfit).minus(own.times(259)).abs().lte("1.295")).toBe(true);
    const perMwYear = own.div("0.00385").div(new Dec(1095).div("365.25"));
    // ½ cent ÷ 0.00385 MW ÷ 2.998 years = 0.43 at most
    expect(new Dec(s21.fleet.profitPerMwYear).minus(perMwYear).abs().lte("0.44")).toBe(true);
    expect(s21.fleet.breakEvenDay).toBe(s21.self.breakEvenDay);
    expect(s21.self.fleet).toEqual(s21.fleet);
  });

  it("sizes a fleet for a budget: floor(budget ÷ (price + setup)), each side its own", async () => {
    const { body } = await get(rigs, "/api/rigs?v=1&preset=s21&kwh=0.04&budget=200000&infra=100&mode=compare&hkwh=0.07&hsetup=50");
    const s21 = body.rigs.find((r: { id: string }) => r.id === "s21");
    // self: 200,000 ÷ (2,800 + 100) = 68.97 → 68; hosted: 200,000 ÷ (2,800 + 50) = 70.18 → 70
    expect([s21.self.fleet.count, s21.hosted.fleet.count, s21.fleet.count]).toEqual([68, 70, 68]);
    expect(s21.self.fleet.outlay).toBe("197200.00"); // 68 × 2,900
  });

  it("refuses a bad capacity or budget by name, like any other key", async () => {
    for (const [query, key] of [
      ["v=1&preset=s21&cap=0", "cap"],
      ["v=1&preset=s21&budget=-5", "budget"],
      ["v=1&preset=s21&cap=1MW", "cap"],
    ]) {
      const { status, body } = await get(rigs, `/api/rigs?${query}`);
      expect(status, query).toBe(400);
      expect(body.issues[0].key, query).toBe(key);
    }
  });
});
