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
    const { body } = await get(rigs, `/api/rigs?${SITE}`);
    const row = body.rigs.find((r: { id: string }) => r.id === "a16");
    expect(row.price).toBeNull();
    expect([row.self.breakEvenDay, row.self.netProfit, row.self.roiPct, row.self.capex]).toEqual([null, null, null, null]);
    // the fair price, the shutdown price and the break-even power price do not depend on the price paid
    const calc = await get(payback, `/api/payback?${SITE}&rig=a16&price=1`);
    for (const key of ["fairRigPrice", "shutdownBtcPrice", "breakEvenElectricityPrice", "totalBtc"])
      expect(row.self[key], key).toBe(calc.body.self[key]);
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
