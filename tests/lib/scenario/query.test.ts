/**
 * The share-URL codec (spec §1, §4): presets and overrides, warnings and errors per key, the
 * notations a person writes, and the page's lenient door. The round trip on random scenarios is in
 * tests/lib/properties.test.ts.
 */
import { describe, expect, it } from "vitest";
import {
  estimateStartHeight,
  FIELDS,
  parseQuery,
  parseQueryLenient,
  serializeScenario,
  sharePath,
  type KeyIssue,
  type ParseResult,
  type Scenario,
} from "../../../lib/server";

function ok(result: ParseResult): Scenario {
  if (!result.ok) throw new Error(`refused: ${result.issues.map((i) => i.message).join("; ")}`);
  return result.scenario;
}

function issues(result: ParseResult) {
  if (result.ok) throw new Error("expected the query to be refused");
  return result.issues;
}

/** The first refused key, which the test expects to be there. */
function firstIssue(found: KeyIssue[]): KeyIssue {
  const first = found[0];
  if (first === undefined) throw new Error("expected at least one refused key");
  return first;
}

const S9 = "v=1&preset=s9-2018-huaqiangbei";

describe("parseQuery: presets and overrides", () => {
  it("fills every field the preset knows and the spec's defaults for the rest", () => {
    const s = ok(parseQuery(S9));
    expect(s).toMatchObject({
      preset: "s9-2018-huaqiangbei",
      currency: "CNY",
      rigCount: 1,
      rigPrice: "30000",
      hashrateThs: "13.5",
      // the era's figures (sources: data/README.md): power at the wall, not the nameplate 1,323 W
      powerWatts: "1400",
      startDate: "2018-01-15",
      startHeight: 504_400,
      difficulty: "2227847638503.63",
      // recorded fees of the 90 days before: 40,374.7750 BTC / 13,687 blocks = 2.9499 → 2.95
      feesPerBlockBtc: "2.95",
      btcPrice: "87800",
      electricityPrice: "0.35",
      hostingPricePerKwh: "1.2",
      // recorded difficulty ×6.371 in the 365 days before: 6.371^(30.4375 / 365) = e^(1.85176 × 0.083390) = 1.16698 → +16.7 % a month
      difficultyGrowthPctPerMonth: "16.7",
      // the pool fee of the time (2–4 % in 2018)
      poolFeePct: "4",
      // §1 defaults
      uptimePct: "100",
      btcPriceGrowthPctPerMonth: "0",
      horizonDays: 1095,
      resalePct: "0",
      shutdownWhenUnprofitable: true,
      mode: "self",
      overheadFactor: "1",
      fixedCostPerRigPerMonth: "0",
      setupCostPerRig: "0",
      hostingFeePerRigPerMonth: "0",
      hostingSetupFeePerRig: "0",
      revenueSharePct: "0",
    });
  });

  it("lets any key beside the preset override its field, in any order", () => {
    const s = ok(parseQuery("kwh=0.25&n=3&v=1&preset=s9-2018-huaqiangbei&price=28000&stop=0&mode=compare"));
    expect(s.electricityPrice).toBe("0.25");
    expect(s.rigCount).toBe(3);
    expect(s.rigPrice).toBe("28000");
    expect(s.shutdownWhenUnprofitable).toBe(false);
    expect(s.mode).toBe("compare");
    expect(s.hashrateThs).toBe("13.5"); // still the preset's
  });

  it("keeps the preset's start height when only the date is overridden, and estimates it without a preset", () => {
    expect(ok(parseQuery(`${S9}&date=2018-03-01`)).startHeight).toBe(504_400);
    const bare = "v=1&price=1&ths=1&w=1&date=2024-04-21&diff=1e12&btc=1&kwh=0";
    expect(ok(parseQuery(bare)).startHeight).toBe(840_144); // 840000 + 144 × 1
    expect(ok(parseQuery(`${bare}&h=12`)).startHeight).toBe(12);
  });
});

describe("parseQuery: the doors a link comes through", () => {
  it("reads a full share URL, a path, a query with '?' and a bare query string alike", () => {
    const bare = ok(parseQuery("v=1&preset=s21&kwh=0.05"));
    for (const input of [
      "https://rigpayback.example/?v=1&preset=s21&kwh=0.05",
      "https://rigpayback.example/?v=1&preset=s21&kwh=0.05#results",
      "/?v=1&preset=s21&kwh=0.05",
      "?v=1&preset=s21&kwh=0.05",
      "  v=1&preset=s21&kwh=0.05  ",
    ]) {
      expect(ok(parseQuery(input)), input).toEqual(bare);
    }
  });

  it("reads percent-encoded values", () => {
    expect(ok(parseQuery(`${S9}&date=2018%2D02%2D01`)).startDate).toBe("2018-02-01");
  });

  it("accepts 2.6e12 and 2603077300218 for the difficulty, and writes them out in full", () => {
    expect(ok(parseQuery(`${S9}&diff=2.6e12`)).difficulty).toBe("2600000000000");
    expect(ok(parseQuery(`${S9}&diff=2603077300218`)).difficulty).toBe("2603077300218");
    expect(ok(parseQuery(`${S9}&diff=2.603077300218E12`)).difficulty).toBe("2603077300218");
  });

  it("normalizes the notations of a number: sign, leading dot, trailing zeros", () => {
    const s = ok(parseQuery(`${S9}&kwh=.50&price=%2B30000.00&pool=2.500&dg=-0`));
    expect(s.electricityPrice).toBe("0.5");
    expect(s.rigPrice).toBe("30000");
    expect(s.poolFeePct).toBe("2.5");
    expect(s.difficultyGrowthPctPerMonth).toBe("0");
  });

  it("accepts whole numbers written as decimals or exponents for whole-number keys", () => {
    expect(ok(parseQuery(`${S9}&n=1e2&days=365.0`))).toMatchObject({ rigCount: 100, horizonDays: 365 });
  });
});

describe("parseQuery: warnings and errors", () => {
  it("ignores an unknown key with a warning that names it", () => {
    const result = parseQuery(`${S9}&colour=red`);
    expect(result.ok).toBe(true);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain("colour");
  });

  it("refuses a bad value with an error naming the key, the value and what is allowed", () => {
    const cases: [string, string, string][] = [
      ["n", "0", FIELDS.rigCount.allowed],
      ["n", "1.5", FIELDS.rigCount.allowed],
      ["price", "abc", FIELDS.rigPrice.allowed],
      ["ths", "0", FIELDS.hashrateThs.allowed],
      ["date", "2018-02-30", FIELDS.startDate.allowed],
      ["diff", "-2.6e12", FIELDS.difficulty.allowed],
      ["dg", "101", FIELDS.difficultyGrowthPctPerMonth.allowed],
      ["bg", "-100.5", FIELDS.btcPriceGrowthPctPerMonth.allowed],
      ["days", "3651", FIELDS.horizonDays.allowed],
      ["stop", "yes", FIELDS.shutdownWhenUnprofitable.allowed],
      ["mode", "solo", FIELDS.mode.allowed],
      ["cur", "EUR", FIELDS.currency.allowed],
      ["pue", "0.9", FIELDS.overheadFactor.allowed],
      ["kwh", "NaN", FIELDS.electricityPrice.allowed],
      ["hshare", "Infinity", FIELDS.revenueSharePct.allowed],
      ["preset", "s99", FIELDS.preset.allowed],
    ];
    for (const [key, value, allowed] of cases) {
      const base = key === "preset" ? "v=1" : S9;
      const found = issues(parseQuery(`${base}&${key}=${value}`));
      // without a preset the fields it would have given are named too, after the bad one
      if (key !== "preset") expect(found, `${key}=${value}`).toHaveLength(1);
      expect(firstIssue(found).key).toBe(key);
      expect(firstIssue(found).message).toContain(key);
      expect(firstIssue(found).message).toContain(value);
      expect(firstIssue(found).message).toContain(allowed);
    }
  });

  it("reports every refused key at once", () => {
    const found = issues(parseQuery(`${S9}&n=0&price=x&up=101`));
    expect(found.map((i) => i.key).sort()).toEqual(["n", "price", "up"]);
  });

  it("names the missing price a mode needs", () => {
    const found = issues(parseQuery("v=1&price=1&ths=1&w=1&date=2024-01-01&diff=1e12&btc=1&mode=hosted"));
    expect(found.map((i) => i.key)).toEqual(["hkwh"]);
    expect(firstIssue(found).message).toContain("hkwh");
    const missing = issues(parseQuery("v=1&ths=1&w=1&date=2024-01-01&diff=1e12&btc=1&kwh=0.1"));
    expect(missing.map((i) => i.key)).toEqual(["price"]);
  });

  it("refuses a key given twice, even with the same value", () => {
    for (const query of [`${S9}&kwh=0.3&kwh=0.4`, `${S9}&n=2&n=2`]) {
      const found = issues(parseQuery(query));
      expect(found).toHaveLength(1);
      expect(firstIssue(found).message).toMatch(/given 2 times/);
    }
    expect(firstIssue(issues(parseQuery(`${S9}&kwh=0.3&kwh=0.4`))).key).toBe("kwh");
  });

  it("refuses any format version but v=1", () => {
    for (const v of ["2", "0", "1.0", ""]) {
      const found = issues(parseQuery(`v=${v}&preset=s9-2018-huaqiangbei`));
      expect(
        found.map((i) => i.key),
        `v=${v}`,
      ).toEqual(["v"]);
      expect(firstIssue(found).message).toContain("v=1");
    }
    expect(parseQuery(S9).ok).toBe(true);
  });

  it("refuses a value too long to be a number anyone typed", () => {
    expect(firstIssue(issues(parseQuery(`${S9}&price=${"1".repeat(65)}`))).key).toBe("price");
  });
});

describe("parseQueryLenient: the page's door", () => {
  it("keeps every good key, falls back for the refused ones and reports them", () => {
    const {
      scenario,
      issues: refused,
      warnings,
    } = parseQueryLenient("v=1&preset=s21&price=abc&n=5&kwh=0.05&days=0&colour=red", "s9-2018-huaqiangbei");
    expect(scenario.preset).toBe("s21");
    expect(scenario.rigCount).toBe(5);
    expect(scenario.electricityPrice).toBe("0.05");
    expect(scenario.rigPrice).toBe("2900"); // the link's preset, not the fallback's ¥30,000
    expect(scenario.horizonDays).toBe(1095); // the default
    expect(refused.map((i) => i.key).sort()).toEqual(["days", "price"]);
    expect(warnings.some((w) => w.includes("colour"))).toBe(true);
  });

  it("falls back to the fallback preset when the link has none, refusing only what the link said", () => {
    const { scenario, issues: refused, warnings } = parseQueryLenient("v=1&n=0&dg=8", "s9-2018-huaqiangbei");
    expect(scenario.rigPrice).toBe("30000");
    expect(scenario.difficultyGrowthPctPerMonth).toBe("8");
    expect(scenario.rigCount).toBe(1);
    expect(scenario.preset).toBe("s9-2018-huaqiangbei");
    // the link's own bad value is refused; a key it kept is never reported
    expect(refused.map((i) => i.key)).toEqual(["n"]);
    // what it left out is said once, as a warning, naming the keys and the preset that filled them
    // and what stands in for the refused n: no preset gives a rig count, so the field's default, 1
    expect(warnings).toEqual([
      "n: using 1 (the default) instead",
      "the link names no preset and leaves out price, ths, w, date, diff, btc: those come from the preset s9-2018-huaqiangbei",
    ]);
  });

  it("keeps the link's own preset when a cross-field rule refuses a value: the S21 replay on its own date", () => {
    // hist=1 with a date after the tables (to 2026-02-07) is refused; the S21 preset's own date stands in,
    // never the fallback S9 of 2018
    const { scenario, issues: refused, warnings } = parseQueryLenient("v=1&preset=s21&hist=1&date=2030-01-01", "s9-2018-huaqiangbei");
    expect(scenario.preset).toBe("s21");
    expect(scenario.hashrateThs).toBe("200");
    expect(scenario.rigPrice).toBe("2900");
    expect(scenario.startDate).toBe("2026-02-01");
    expect(scenario.useHistory).toBe(true);
    expect(refused.map((i) => i.key)).toEqual(["date"]);
    expect(warnings).toContain("date: using 2026-02-01 (the preset s21's value) instead");
    // the record of 2026-02-01 agrees with the preset's network: the replay starts where the preset does
    expect([scenario.difficulty, scenario.btcPrice, scenario.startHeight]).toEqual(["141668107417558.22", "80527.06", 934_553]);
  });

  it("says which preset's value stands in for a refused one, or the field's default", () => {
    const { scenario, warnings } = parseQueryLenient("v=1&preset=s21&price=abc&up=abc", "s9-2018-huaqiangbei");
    expect(scenario.rigPrice).toBe("2900");
    expect(scenario.uptimePct).toBe("100");
    expect(warnings).toEqual(["price: using 2900 (the preset s21's value) instead", "up: using 100 (the default) instead"]);
  });

  it("opens an empty link on the fallback preset with nothing to report", () => {
    const opened = parseQueryLenient("", "s9-2018-huaqiangbei");
    expect(opened.issues).toEqual([]);
    expect(opened.warnings).toEqual([]);
    expect(opened.scenario).toEqual(ok(parseQuery("v=1&preset=s9-2018-huaqiangbei")));
  });

  it("reports a repeated key and keeps the others", () => {
    const { scenario, issues: refused } = parseQueryLenient("v=1&preset=s21&kwh=0.1&kwh=0.2&n=7", "s9-2018-huaqiangbei");
    expect(scenario.rigCount).toBe(7);
    expect(scenario.electricityPrice).toBe("0.06"); // the preset's: both of the link's were refused
    expect(refused.map((i) => i.key)).toEqual(["kwh"]);
  });

  it("opens a valid link exactly as parseQuery does, with no issues", () => {
    const lenient = parseQueryLenient(`${S9}&dg=8`, "s21");
    expect(lenient.issues).toEqual([]);
    expect(lenient.scenario).toEqual(ok(parseQuery(`${S9}&dg=8`)));
  });
});

describe("serializeScenario", () => {
  it("writes v=1, the preset and only the keys that differ from it, in the order of spec §1", () => {
    const s = ok(parseQuery("kwh=0.25&v=1&dg=8&preset=s9-2018-huaqiangbei&n=3&price=30000"));
    expect(serializeScenario(s)).toBe("v=1&preset=s9-2018-huaqiangbei&n=3&dg=8&kwh=0.25");
    expect(sharePath(s)).toBe("/?v=1&preset=s9-2018-huaqiangbei&n=3&dg=8&kwh=0.25");
  });

  it("writes every field a scenario without a preset needs, and no default", () => {
    const s = ok(parseQuery("v=1&price=1000&ths=100&w=3000&date=2024-04-21&diff=1e14&btc=60000&kwh=0.05&up=100&days=1095"));
    expect(serializeScenario(s)).toBe("v=1&price=1000&ths=100&w=3000&date=2024-04-21&diff=100000000000000&btc=60000&kwh=0.05");
  });

  it("round-trips a few hand-picked scenarios exactly", () => {
    for (const query of [
      S9,
      `${S9}&mode=compare&hkwh=0.9&hshare=2.5&stop=0&h=504000`,
      "v=1&preset=s21&cur=CNY&dg=-3.25&bg=1e-15&days=3650&resale=12.5",
      "v=1&price=0&ths=0.001&w=0.5&date=2009-01-03&diff=1&btc=0.01&kwh=-1000&mode=self&h=0",
    ]) {
      const s = ok(parseQuery(query));
      expect(ok(parseQuery(serializeScenario(s))), query).toEqual(s);
    }
  });

  it("refuses a value whose full form is too long for a link, so that every accepted link opens again", () => {
    // 1e-70 written out in full is 72 characters, beyond the 64 a value may have
    const found = issues(parseQuery(`${S9}&kwh=1e-70`));
    expect(found.map((i) => i.key)).toEqual(["kwh"]);
    expect(firstIssue(found).message).toContain("1e-70");
    // a 64-character ".123…" is 65 characters as "0.123…"
    expect(issues(parseQuery(`${S9}&kwh=.${"1".repeat(63)}`)).map((i) => i.key)).toEqual(["kwh"]);
    const fits = ok(parseQuery(`${S9}&kwh=1e-40`)); // 42 characters in full
    expect(fits.electricityPrice).toBe(`0.${"0".repeat(39)}1`);
    expect(ok(parseQuery(serializeScenario(fits)))).toEqual(fits);
  });
});

describe("estimateStartHeight (spec §2.1)", () => {
  it("counts 144 blocks a day from block 840,000 on 2024-04-20", () => {
    expect(estimateStartHeight("2024-04-20")).toBe(840_000);
    expect(estimateStartHeight("2024-04-21")).toBe(840_144);
    expect(estimateStartHeight("2018-01-15")).toBe(510_672); // 840000 − 144 × 2287
  });

  it("never goes below 0", () => {
    expect(estimateStartHeight("2009-01-03")).toBe(35_616); // 840000 − 144 × 5586: the first accepted date
    expect(estimateStartHeight("2008-01-01")).toBe(0); // 840000 − 144 × 5954 < 0
  });
});
