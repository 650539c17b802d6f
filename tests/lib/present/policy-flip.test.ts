/**
 * The headline card names another coin policy when its outcome has the other sign: selling the S9's
 * coins each day through the 2018 replay loses money, holding them would have paid back.
 */
import { describe, expect, it } from "vitest";
import { moneyView, policyFlip, type PolicyColumn } from "../../../lib/server";
import { scenarioFromQuery } from "../../support/scenarios";

const REPLAY = "v=1&preset=s9-2018-replay";

/** A column of the coins panel with only what the line reads. */
function column(id: PolicyColumn["id"], netProfit: string, breakEvenText: string, chosen = false): PolicyColumn {
  return {
    id,
    label: id,
    netProfit,
    netProfitText: "",
    loss: netProfit.startsWith("-"),
    breakEvenText,
    heldText: null,
    chosen,
    points: "",
  };
}

describe("the coin policy whose outcome flips", () => {
  it("names the policy furthest from the chosen one among those of the other sign", () => {
    const columns = [
      column("daily", "-100.00", "does not pay back", true),
      column("hold", "50.00", "pays back on day 300"),
      column("cover", "200.00", "pays back on day 200"),
    ];
    // hold is 50 − (−100) = 150 away, cover 200 − (−100) = 300 away: cover ($200: from 100 up, no cents)
    expect(policyFlip(columns, "USD")).toEqual({
      policy: "cover",
      text: "Selling only enough coins to cover the costs instead: net profit +$200 (pays back on day 200).",
    });
  });

  it("says a loss with its minus sign when the chosen policy pays back", () => {
    const columns = [
      column("daily", "-1500.00", "does not pay back"),
      column("hold", "2500.00", "pays back on day 400", true),
      column("cover", "10.00", "pays back on day 700"),
    ];
    // only daily has the other sign; ¥1,500 from 100 up is written without places
    expect(policyFlip(columns, "CNY")?.text).toBe("Selling the coins each day instead: net profit −¥1,500 (does not pay back).");
    // the columns of a Chinese page carry Chinese words
    const zh = columns.map((c) => (c.id === "daily" ? { ...c, breakEvenText: "无法回本" } : c));
    expect(policyFlip(zh, "CNY", "zh")?.text).toBe("改为每日卖出：净利润 −¥1,500（无法回本）。");
  });

  it("is silent when every policy has the chosen one's sign, when one is exactly 0, and never counts BTC bought on day 1", () => {
    const same = [
      column("daily", "-10.00", "", true),
      column("hold", "-5.00", ""),
      column("cover", "-7.00", ""),
      column("btc", "900.00", ""),
    ];
    expect(policyFlip(same, "USD")).toBeNull();
    const even = [column("daily", "0.00", "", true), column("hold", "5.00", ""), column("cover", "-7.00", "")];
    expect(policyFlip(even, "USD")).toBeNull();
    const toZero = [column("daily", "-10.00", "", true), column("hold", "0.00", ""), column("cover", "-7.00", "")];
    expect(policyFlip(toZero, "USD")).toBeNull();
  });
});

describe("the S9 replay of 2018, 3 years from 15 January 2018", () => {
  it("selling daily loses; the line says holding would have paid back", () => {
    const view = moneyView(scenarioFromQuery(REPLAY), "en");
    // net profits of the panel: daily −14,357.85, hold +94,445.97, cover +40,577.02; the gaps from daily:
    // hold 94,445.97 + 14,357.85 = 108,803.82, cover 40,577.02 + 14,357.85 = 54,934.87: hold
    expect(view.columns.map((c) => c.netProfit)).toEqual(["-14357.85", "94445.97", "40577.02", expect.any(String)]);
    expect(view.flip).toEqual({ policy: "hold", text: "Holding the coins instead: net profit +¥94,446 (pays back on day 1,023)." });
    expect(moneyView(scenarioFromQuery(REPLAY), "zh").flip?.text).toBe("改为全部囤币：净利润 +¥94,446（第 1,023 天回本）。");
    // the same money in BTC on day 1 is worth the outlay that day: no payback day ("day 1" always), only where it ends
    const btc = view.columns.find((c) => c.id === "btc");
    expect(Number(btc?.netProfit)).toBeGreaterThan(0);
    expect(btc?.breakEvenText).toBe("worth more than the outlay at the end");
    expect(moneyView(scenarioFromQuery(REPLAY), "zh").columns.find((c) => c.id === "btc")?.breakEvenText).toBe("期末价值高于投入");
  });

  it("holding pays back; the line says selling daily would not have", () => {
    // chosen hold +94,445.97; only daily (−14,357.85) has the other sign
    const view = moneyView(scenarioFromQuery(`${REPLAY}&sell=hold`), "en");
    expect(view.flip?.text).toBe("Selling the coins each day instead: net profit −¥14,358 (does not pay back).");
  });

  it("says nothing when every policy loses: the replay cut at 1,000 days", () => {
    // daily −17,767.77, hold −7,382.67, cover −13,438.48: one sign
    expect(moneyView(scenarioFromQuery(`${REPLAY}&days=1000&sell=hold`), "en").flip).toBeNull();
  });
});
