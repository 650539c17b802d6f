/**
 * The price index of data/rig-price-index.ts: every figure dated, sourced and saying what it says;
 * nothing from before the record (2018) or after the stored network's day.
 */
import { describe, expect, it } from "vitest";
import { Dec, dayNumber, PRICE_INDEX } from "../../lib/server";

describe("the rig price index", () => {
  it("holds 13 public figures from 2018-03-12 to 2023-07-26", () => {
    expect(PRICE_INDEX).toHaveLength(13);
    const dates = PRICE_INDEX.map((p) => p.date).sort();
    expect([dates[0], dates.at(-1)]).toEqual(["2018-03-12", "2023-07-26"]);
  });

  it.each(PRICE_INDEX.map((p, i) => [`${p.date} ${p.band.label}`, i] as const))("%s is dated, sourced and positive", (_name, i) => {
    const p = PRICE_INDEX[i];
    if (!p) throw new Error("no point");
    expect(dayNumber(p.date)).not.toBeNull();
    expect(new Dec(p.perTh).gt(0)).toBe(true);
    expect(["USD", "CNY"]).toContain(p.currency);
    expect(p.source.url).toMatch(/^https?:\/\/\S+$/);
    expect(p.source.publisher.length).toBeGreaterThan(5);
    expect(p.source.title.length).toBeGreaterThan(5);
    expect(p.source.published).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    // a figure is never dated after the report that gives it
    expect(p.date.slice(0, p.source.published.length) <= p.source.published).toBe(true);
    expect(p.says.length).toBeGreaterThan(20);
    // a band is a real interval of J/TH
    if (p.band.min !== null && p.band.max !== null) expect(new Dec(p.band.min).lt(p.band.max)).toBe(true);
  });

  it("keeps its one derived figure to its arithmetic: ¥14,500 ÷ 13.5 TH/s = ¥1,074.07 per TH", () => {
    const s9 = PRICE_INDEX.find((p) => p.currency === "CNY");
    expect(s9?.perTh).toBe(new Dec(14500).div("13.5").toFixed(2, Dec.ROUND_HALF_UP));
  });
});
