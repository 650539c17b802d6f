import { describe, expect, it } from "vitest";
import { formatBtcShort, formatFixed, formatHuge, formatMoney, formatMoneyCompact, formatMoneyZh } from "../../../lib/server";

describe("figures that fit a card", () => {
  it("writes BTC to four significant digits", () => {
    expect(formatBtcShort("0.81377963")).toBe("0.8138 BTC");
    expect(formatBtcShort("30")).toBe("30.00 BTC");
    expect(formatBtcShort("0.000012345")).toBe("0.00001235 BTC");
    expect(formatBtcShort("-0.09415790")).toBe("−0.09416 BTC");
    expect(formatBtcShort("0")).toBe("0 BTC");
  });

  it("writes a figure of 10^15 and more as a power of ten, in every width-bound format", () => {
    // 1.234 × 10^40 rounds to three significant digits; 5 × 10^15 drops its zeros
    expect(formatHuge(1.234e40)).toBe("1.23×10^40");
    expect(formatHuge(-5e15)).toBe("−5×10^15");
    expect(formatHuge(9.99e14)).toBeNull();
    expect(formatMoney(1.234e40, "USD")).toBe("$1.23×10^40");
    expect(formatMoney(-1.234e40, "CNY")).toBe("−¥1.23×10^40");
    expect(formatMoneyZh(1.234e40, "CNY")).toBe("¥1.23×10^40");
    expect(formatMoneyCompact(2e20, "USD")).toBe("$2×10^20");
    expect(formatFixed(3.5e300, 0)).toBe("3.5×10^300");
    expect(formatBtcShort(1e16)).toBe("1×10^16 BTC");
  });

  it("keeps every digit where the caller asks for places (tables), and below 10^15", () => {
    expect(formatMoney(999_999_999_999_999, "USD")).toBe("$999,999,999,999,999");
    expect(formatMoney(1e15, "USD", 2)).toBe("$1,000,000,000,000,000.00");
  });
});
