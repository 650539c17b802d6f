/**
 * The ranking as CSV (/rigs/csv): every price marked as the buyer's, a deal or an estimate, with
 * the estimate's date, band, source and age; the same figures as GET /api/rigs.
 */
import { describe, expect, it } from "vitest";
import { GET as csv } from "../../app/rigs/csv/route";
import { GET as rigs } from "../../app/api/rigs/route";

const SITE = "v=1&preset=s21&price=2500&kwh=0.05&cap=1000";

async function text(path: string) {
  const res = await csv(new Request(`http://localhost${path}`));
  return { status: res.status, type: res.headers.get("Content-Type"), body: await res.text() };
}

describe("GET /rigs/csv", () => {
  it("marks each price by where it comes from, with the API's figures", async () => {
    const { status, type, body } = await text(`/rigs/csv?${SITE}`);
    expect(status).toBe(200);
    expect(type).toBe("text/csv; charset=utf-8");
    const lines = body.trim().split("\n");
    expect(lines[0]).toBe("# Rig Payback rig ranking, currency USD");
    expect(lines[1]).toMatch(/^# scenario: \?v=1&preset=s21&price=2500&kwh=0\.05&cap=1000$/);
    expect(lines.find((l) => l.startsWith("rig,"))).toMatch(/,side,price,price_kind,price_date,price_source,/);
    const kind = (id: string) => lines.find((l) => l.startsWith(`${id},`))?.match(/,self,[\d.]+,(buyer|deal|estimate),/)?.[1];
    expect([kind("s21"), kind("t21"), kind("s21-xp")]).toEqual(["buyer", "deal", "estimate"]);
    const api = await (await rigs(new Request(`http://localhost/api/rigs?${SITE}`))).json();
    const s21 = api.rigs.find((r: { id: string }) => r.id === "s21");
    expect(body).toContain(`s21,Antminer S21 (200 TH/s),Bitmain,2023-09,17.5,200,3500,self,2500.00,buyer,`);
    expect(body).toContain(`,${s21.self.netProfit},`);
    expect(body).toContain(`,285,${s21.fleet.outlay},${s21.fleet.netProfit},${s21.fleet.profitPerMwYear}`);
    // an estimate says its band, its figure, its age and that it is over 90 days old
    expect(body).toMatch(/s21-xp,[^\n]*,estimate,2023-07-26,"?CoinDesk[^\n]*,under 25 J\/TH,20\.00,921,true,/);
  });

  it("gives the link's own rig the figures it was ranked at, as the page's row does", async () => {
    const { body } = await text("/rigs/csv?v=1&preset=s9-2018-huaqiangbei");
    // the January 2018 S9 at the preset's 1,400 W at the wall (1,400 ÷ 13.5 = 103.7 J/TH), not the nameplate 1,323 W
    expect(body).toContain("s9,Antminer S9 (13.5 TH/s),Bitmain,2016-06,103.7,13.5,1400,self,30000.00,buyer,");
  });

  it("refuses a bad key by name, as the API does", async () => {
    const res = await csv(new Request("http://localhost/rigs/csv?v=1&preset=s21&cap=-1"));
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].key).toBe("cap");
  });
});
