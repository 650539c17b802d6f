/**
 * A link that sets its preset's currency without the preset's amounts: the contract reads the preset's
 * figures in the link's currency as they stand (spec §1: the preset fills every field it knows, `cur`
 * overrides the currency). The codec says so, naming the keys taken unconverted, and the page reads it
 * back to offer the conversion.
 */
import { describe, expect, it } from "vitest";
import { localizeMessage, NETWORK_SNAPSHOT, parseQuery, readUnconverted } from "../../../lib/server";

function warnings(query: string): string[] {
  const r = parseQuery(query, NETWORK_SNAPSHOT);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.warnings;
}

describe("a preset's amounts taken unconverted into the link's currency", () => {
  it("are named, key by key, in the API's warnings; the scenario is the contract's", () => {
    const w = warnings("v=1&preset=s21&cur=CNY");
    expect(w).toContain(
      "cur = CNY is not the preset s21's currency (USD): its price, btc, kwh, hkwh are taken as CNY as they stand, unconverted",
    );
    const r = parseQuery("v=1&preset=s21&cur=CNY", NETWORK_SNAPSHOT);
    // the contract's reading: the S21's 2,900 in yuan
    expect(r.ok && [r.scenario.currency, r.scenario.rigPrice]).toEqual(["CNY", "2900"]);
  });

  it("leave out what the link gives itself, and say nothing when the currency is the preset's", () => {
    expect(warnings("v=1&preset=s21&cur=CNY&price=20000&btc=600000")).toContain(
      "cur = CNY is not the preset s21's currency (USD): its kwh, hkwh are taken as CNY as they stand, unconverted",
    );
    expect(warnings("v=1&preset=s21&cur=USD").filter((m) => m.startsWith("cur ="))).toEqual([]);
    expect(warnings("v=1&preset=s21&cur=CNY&price=1&btc=1&kwh=1&hkwh=1").filter((m) => m.startsWith("cur ="))).toEqual([]);
  });

  it("are read back for the page's conversion, and said in the reader's words", () => {
    const [w] = warnings("v=1&preset=s9-2018-huaqiangbei&cur=USD").filter((m) => m.startsWith("cur ="));
    expect(readUnconverted(w ?? "")).toEqual({ to: "USD", from: "CNY", keys: ["price", "btc", "kwh", "hkwh"] });
    expect(localizeMessage(w ?? "", "en")).toBe(
      "The link sets the currency to US dollars, but the example's rig price, BTC price, electricity price and hosting price are in yuan: they are read as US dollars as they stand, unconverted.",
    );
    expect(localizeMessage(w ?? "", "zh")).toBe(
      "链接把币种设为美元，但示例的矿机价格、BTC 价格、电价、托管电价是人民币金额：按原数字当作美元读取，没有换算。",
    );
    expect(readUnconverted('unknown key "x" ignored')).toBeNull();
  });
});
