import { describe, expect, it } from "vitest";
import { GET } from "../../app/api/payback/route";
import { runPayback } from "../../scripts/cli";
import { salespersonS9 } from "../support/scenarios";

async function get(query: string) {
  const res = await GET(new Request(`http://localhost/api/payback?${query}`));
  return { status: res.status, body: await res.json() };
}

describe("the money figures through the API and the command line (spec §8)", () => {
  it("gives the same coin-policy figures through both doors", async () => {
    // the salesperson's flat S9 (1,323 W, no pool fee, fees 3.39, no growth), so the figures are the hand case's
    const query = salespersonS9("sell=cover");
    const { status, body } = await get(query);
    expect(status).toBe(200);
    const cli = runPayback([query, "--json"]);
    expect(cli.code).toBe(0);
    expect(body).toEqual(JSON.parse(cli.stdout));
    expect(body.scenario.coinPolicy).toBe("cover");
    // the preset's day 0: power ¥11.1132 (31.752 kWh × ¥0.35) over 0.00193698 BTC ≈ ¥5,737.37 per BTC
    expect(body.self.shutdownBtcPrice).toBe("5737.37");
    // flat figures: the policy moves no money, only when it is held; the fair price is the net profit plus the price paid
    expect(body.self.netProfit).toBe("129152.50");
    expect(body.self.fairRigPrice).toBe("159152.50"); // 129,152.50 + 30,000
    expect(body.self.npv).toBe("129152.50"); // disc = 0
    expect(Number(body.self.btcHeld)).toBeGreaterThan(0);
    expect(body.self.financing).toBeNull();
  });

  it("refuses a bad coin policy and a negative discount by name, with 400 and exit code 2", async () => {
    const { status, body } = await get("v=1&preset=s9-2018-huaqiangbei&sell=sometimes&disc=-3");
    expect(status).toBe(400);
    expect(body.issues.map((i: { key: string }) => i.key).sort()).toEqual(["disc", "sell"]);
    const cli = runPayback(["v=1&preset=s9-2018-huaqiangbei&term=0"]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('term = "0" is not allowed');
  });

  it("prints the money lines in the readable summary", () => {
    const out = runPayback([salespersonS9("sell=hold&loan=50&apr=12&term=24")]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("Mined coins:           held, costs paid in cash; 1.95126940 BTC held at the end");
    expect(out.stdout).toContain("Shutdown coin price:   ¥5,737.37 per BTC");
    expect(out.stdout).toMatch(/Fair rig price: {8}¥[\d,.]+ per rig \(net profit 0\); you pay ¥[\d,.]+ less/);
    // ¥15,000 borrowed at 1 % a month over 24 months: 15000 × 0.01 / (1 − 1.01^−24) ≈ ¥706.10
    expect(out.stdout).toContain("Loan:                  ¥15,000.00 borrowed (own money ¥15,000.00), ¥706.10 a month, 24 payments made");
  });
});
