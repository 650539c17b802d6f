/**
 * No reader sees "$∞" or "$NaN": the engine's figures are finite (figure() refuses any other), and
 * the display formatters of both languages show a dash for anything that is not a finite number.
 */
import { describe, expect, it } from "vitest";
import { Dec, FORMATTERS, figure } from "../../../lib/server";

const NOT_FINITE = [Infinity, -Infinity, NaN, "Infinity", "-Infinity", "NaN", "abc"] as const;

describe("figures that are not finite numbers", () => {
  it("are refused where the engine's decimals become text, so no door answers one", () => {
    expect(() => figure(new Dec(Infinity), "money")).toThrow(/internal error/);
    expect(() => figure(new Dec(-Infinity), "btc")).toThrow(/internal error/);
    expect(() => figure(new Dec(NaN), "pct")).toThrow(/internal error/);
    expect(figure(new Dec("40.275"), "money")).toBe("40.28");
  });

  it("show a dash in every display format of both languages, never ∞ or NaN", () => {
    for (const locale of ["en", "zh"] as const) {
      const f = FORMATTERS[locale];
      for (const value of NOT_FINITE) {
        const shown = [
          f.money(value, "USD"),
          f.money(value, "CNY", 2),
          f.number(value),
          f.fixed(value, 2),
          f.btc(value),
          f.btcShort(value),
          ...(typeof value === "number" ? [f.moneyCompact(value, "USD"), f.moneyCompact(value, "CNY")] : []),
        ];
        for (const text of shown) {
          expect(text, `${locale} ${String(value)}`).toBe("—");
        }
      }
      // finite figures are untouched
      expect(f.money(40.28, "USD")).toBe("$40.28");
    }
  });
});
