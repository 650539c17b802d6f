import { describe, expect, it } from "vitest";
import { heatScaleView, HEAT_COLOURS, NEVER_COLOUR } from "../../../lib/present/heat-keys";

describe("the heat maps' legend in days", () => {
  it("gives each colour its span of break-even days, as the cells are coloured, then never", () => {
    // H = 1,095, N = 7: ⌈1,095/7⌉ = 157, ⌈2 × 1,095/7⌉ = 313, … ⌈6 × 1,095/7⌉ = 939
    const keys = heatScaleView(1095);
    expect(keys.map((k) => k.text)).toEqual(["1–157", "158–313", "314–470", "471–626", "627–783", "784–939", "940–1,095", "never (—)"]);
    expect(keys[0]?.colour).toBe(HEAT_COLOURS[0]);
    expect(keys.at(-1)?.colour).toBe(NEVER_COLOUR);
    // a day at a span's edge falls in the colour the cells use: ⌊(d − 1) × 7 / 1,095⌋
    for (const [i, k] of keys.slice(0, -1).entries()) {
      const [from, to] = k.text.replace(/,/g, "").split("–").map(Number);
      expect(Math.floor((((from ?? 0) - 1) * 7) / 1095)).toBe(i);
      expect(Math.floor((((to ?? 0) - 1) * 7) / 1095)).toBe(i);
    }
    expect(heatScaleView(1095, "zh")[0]?.text).toBe("第 1–157 天");
  });
});
