/**
 * The page's own keys beside the scenario: the open view (`sens`) and the futures settings (`vol`,
 * `seed`, `runs`). Lenient on the way in, shortest on the way out, and `parse(serialize(x))` is x.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  FUTURES_LIMITS,
  futuresInput,
  localizeMessage,
  PAGE_FIELDS,
  PAGE_KEYS,
  pageDefaults,
  pagePath,
  parsePageState,
  parseFuturesQuery,
  parseQuery,
  PageStateSchema,
  readFuturesSettings,
  readImageQuery,
  readSensitivityTab,
  SENSITIVITY_TABS,
  serializePageState,
  sharePath,
  type PageState,
  type Scenario,
} from "../../../lib/server";

/** Fixed defaults, so that the expected texts do not follow the history tables. */
const DEFAULTS: PageState = { tab: "grids", volatilityPct: 55, seed: 1, count: 1000, model: "margin", window: "before" };

const validState: fc.Arbitrary<PageState> = fc.record({
  tab: fc.constantFrom(...SENSITIVITY_TABS),
  volatilityPct: fc.oneof(
    fc.constant(DEFAULTS.volatilityPct),
    fc.integer({ min: 0, max: 300 }),
    // -0 is the same setting as 0 and is written "0"
    fc.double({ min: 0, max: 300, noNaN: true, noDefaultInfinity: true }).filter((v) => !Object.is(v, -0)),
  ),
  seed: fc.oneof(fc.constant(DEFAULTS.seed), fc.integer({ min: FUTURES_LIMITS.seed.min, max: FUTURES_LIMITS.seed.max })),
  count: fc.oneof(fc.constant(DEFAULTS.count), fc.integer({ min: FUTURES_LIMITS.count.min, max: FUTURES_LIMITS.count.max })),
  model: fc.constantFrom("margin" as const, "walk" as const, "history" as const),
  window: fc.constantFrom("before", "all", "2014-01-01..2017-12-31", "2016-02-29..2016-03-30"),
});

/** Texts each key refuses: a sign, an exponent, a space, out of range, not whole, not a view. */
const BAD_TEXTS: Record<keyof PageState, string[]> = {
  tab: ["grid", "Tornado", "", "futures ", "1"],
  volatilityPct: ["-5", "301", "1e2", "abc", "", " 5", "+5", "5.", "Infinity", "9".repeat(400)],
  seed: ["1.5", "-1", "2147483648", "x", "1e3"],
  count: ["9", "5001", "100.5", "-100", "0x10"],
  model: ["History", "", "random", "walk "],
  window: ["4y", "2017-01-01..2016-01-01", "2014-02-30..2015-01-01", "2001-01-01..2014-01-01", "2014-01-01-2015-01-01", "ALL"],
};
const FIELD_NAMES = Object.keys(PAGE_FIELDS) as (keyof PageState)[];

describe("parsePageState", () => {
  it("opens the defaults when the link has no page keys, and ignores the scenario's keys", () => {
    expect(parsePageState("v=1&preset=s21&price=5000", DEFAULTS)).toEqual({ state: DEFAULTS, issues: [] });
    expect(parsePageState("", DEFAULTS)).toEqual({ state: DEFAULTS, issues: [] });
  });

  it("reads every key, with or without the leading ?", () => {
    const want: PageState = { ...DEFAULTS, tab: "futures", volatilityPct: 80.5, seed: 5, count: 3000 };
    expect(parsePageState("?v=1&sens=futures&vol=80.5&seed=5&runs=3000", DEFAULTS)).toEqual({ state: want, issues: [] });
    expect(parsePageState(new URLSearchParams("runs=3000&seed=5&vol=80.5&sens=futures"), DEFAULTS).state).toEqual(want);
  });

  it("accepts the limits themselves", () => {
    // FUTURES_LIMITS: vol 0…300, seed 0…2³¹−1 = 2147483647, runs 10…5000
    expect(parsePageState("vol=0&seed=0&runs=10", DEFAULTS).state).toEqual({ ...DEFAULTS, volatilityPct: 0, seed: 0, count: 10 });
    expect(parsePageState("vol=300&seed=2147483647&runs=5000", DEFAULTS).state).toEqual({
      ...DEFAULTS,
      volatilityPct: 300,
      seed: 2147483647,
      count: 5000,
    });
  });

  it("refuses a bad value by its key with what is allowed, and keeps the other keys", () => {
    const { state, issues } = parsePageState("sens=tornado&vol=abc&seed=7&runs=9", DEFAULTS);
    expect(state).toEqual({ ...DEFAULTS, tab: "tornado", volatilityPct: 55, seed: 7, count: 1000 });
    expect(issues).toEqual([
      { key: "vol", message: 'vol = "abc" is not allowed: must be a number from 0 to 300' },
      { key: "runs", message: 'runs = "9" is not allowed: must be a whole number from 10 to 5000' },
    ]);
    expect(parsePageState("sens=grid", DEFAULTS).issues).toEqual([
      { key: "sens", message: 'sens = "grid" is not allowed: must be grids, tornado or futures' },
    ]);
    expect(parsePageState("seed=1.5", DEFAULTS).issues).toEqual([
      { key: "seed", message: 'seed = "1.5" is not allowed: must be a whole number from 0 to 2147483647' },
    ]);
  });

  it("reads a key given twice from its first value", () => {
    expect(parsePageState("sens=tornado&sens=futures&vol=abc&vol=70", DEFAULTS)).toMatchObject({
      state: { tab: "tornado", volatilityPct: 55 },
      issues: [{ key: "vol" }],
    });
  });

  it("falls back to the volatility of the recorded history by default", () => {
    expect(parsePageState("").state).toEqual(pageDefaults());
    expect(PageStateSchema.safeParse(pageDefaults()).success).toBe(true);
  });
});

describe("the page's keys in its notice, in both languages", () => {
  it("names each refused page key with what is allowed, in English and in Chinese", () => {
    const { state, issues } = parsePageState("runs=abc&seed=-1&fwin=yesterday&futures=magic", DEFAULTS);
    expect(state).toEqual(DEFAULTS);
    expect(issues.map((i) => i.key)).toEqual(["seed", "runs", "futures", "fwin"]);
    expect(issues[1]?.message).toBe('runs = "abc" is not allowed: must be a whole number from 10 to 5000');
    const zh = issues.map((i) => localizeMessage(i.message, "zh"));
    // the reader's words: each key by what it sets, numbers grouped (2147483647 → 2,147,483,647), the
    // page's own names (models, history windows) not listed to a reader
    expect(zh[0]).toBe("链接中的随机种子“-1”无法使用：应为 0 到 2,147,483,647 的整数。");
    expect(zh[1]).toBe("链接中的情景数“abc”无法使用：应为 10 到 5000 的整数。");
    expect(zh[2]).toBe("链接中的未来情景的模型“magic”不是本页已有的选项。");
    expect(zh[3]).toBe("链接中的取样的历史时段“yesterday”不是本页已有的选项。");
    const en = issues.map((i) => localizeMessage(i.message, "en"));
    expect(en).toEqual([
      "Random seed in the link, “-1”, cannot be used: it must be a whole number from 0 to 2,147,483,647.",
      "Number of futures in the link, “abc”, cannot be used: it must be a whole number from 10 to 5000.",
      "Model of the futures in the link, “magic”, is not one this page knows.",
      "History the futures are drawn from in the link, “yesterday”, is not one this page knows.",
    ]);
    for (const text of zh) expect(text).not.toMatch(/must be|allowed/);
  });
});

describe("serializePageState", () => {
  it("writes only what differs from the defaults, in a stable order", () => {
    expect(serializePageState(DEFAULTS, DEFAULTS)).toBe("");
    expect(serializePageState({ ...DEFAULTS, count: 3000, seed: 5, volatilityPct: 80, tab: "tornado" }, DEFAULTS)).toBe(
      "sens=tornado&vol=80&seed=5&runs=3000",
    );
    expect(serializePageState({ ...DEFAULTS, seed: 5 }, DEFAULTS)).toBe("seed=5");
  });

  it("writes a tiny volatility without an exponent, so the link reads it back", () => {
    // String(1e-7) is "1e-7", which a link refuses (digits only): written in full instead
    expect(serializePageState({ ...DEFAULTS, volatilityPct: 1e-7 }, DEFAULTS)).toBe("vol=0.0000001");
    expect(parsePageState("vol=0.0000001", DEFAULTS).state.volatilityPct).toBe(1e-7);
  });

  it("gives back every valid state exactly: parsePageState(serializePageState(x)) = x", () => {
    fc.assert(
      fc.property(validState, (x) => {
        expect(PageStateSchema.safeParse(x).success).toBe(true);
        expect(parsePageState(serializePageState(x, DEFAULTS), DEFAULTS)).toEqual({ state: x, issues: [] });
      }),
    );
  });

  it("refuses a bad value of any one key by its name and keeps the rest", () => {
    const oneBad = fc.constantFrom(...FIELD_NAMES).chain((name) => fc.tuple(fc.constant(name), fc.constantFrom(...BAD_TEXTS[name])));
    fc.assert(
      fc.property(validState, oneBad, (x, [name, bad]) => {
        const params = new URLSearchParams(serializePageState(x, DEFAULTS));
        params.set(PAGE_FIELDS[name].key, bad);
        const { state, issues } = parsePageState(params, DEFAULTS);
        expect(issues.map((i) => i.key)).toEqual([PAGE_FIELDS[name].key]);
        expect(issues[0]?.message).toContain(PAGE_FIELDS[name].allowed);
        expect(state).toEqual({ ...x, [name]: DEFAULTS[name] });
      }),
    );
  });
});

describe("the page's keys beside the scenario's", () => {
  const scenario = (query: string): Scenario => {
    const parsed = parseQuery(query);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    return parsed.scenario;
  };

  it("are known keys for the scenario codec: no warning, no effect on the scenario", () => {
    expect([...PAGE_KEYS]).toEqual(["sens", "vol", "seed", "runs", "futures", "fwin"]);
    const parsed = parseQuery("v=1&preset=s21&sens=futures&vol=80&seed=5&runs=3000");
    expect(parsed).toMatchObject({ ok: true, warnings: [] });
    expect(parsed.ok && parsed.scenario).toEqual(scenario("v=1&preset=s21"));
  });

  it("follow the share path in the page's address, only when they differ from the defaults", () => {
    const s = scenario("v=1&preset=s21&n=3");
    expect(pagePath(s, DEFAULTS, DEFAULTS)).toBe(sharePath(s));
    expect(pagePath(s, { ...DEFAULTS, tab: "futures", count: 3000 }, DEFAULTS)).toBe("/?v=1&preset=s21&n=3&sens=futures&runs=3000");
  });

  it("are read by the older readers through the same parser", () => {
    const q = new URLSearchParams("sens=futures&vol=abc&seed=9&runs=200");
    expect(readSensitivityTab(q)).toBe("futures");
    // a refused vol falls back to the volatility given, the lag and follow to the engine's defaults
    expect(readFuturesSettings(q, 42)).toEqual({ count: 200, volatilityPct: 42, seed: 9, lagPeriods: 6, follow: 1 });
  });

  it("leave the language out: only the preview image's address carries it", () => {
    expect(PAGE_KEYS.has("lang")).toBe(false);
    expect(readImageQuery("?v=1&preset=s21&lang=zh")).toEqual({ query: "v=1&preset=s21", locale: "zh" });
    expect(readImageQuery("v=1&lang=fr&preset=s21")).toEqual({ query: "v=1&preset=s21", locale: "en" });
    expect(readImageQuery("")).toEqual({ query: "", locale: "en" });
  });
});

describe("futuresInput: a futures field as typed", () => {
  it("takes any number within the limits, rounding the seed and the count", () => {
    expect(futuresInput("volatilityPct", "62.5")).toBe(62.5);
    expect(futuresInput("count", "250.4")).toBe(250); // Math.round(250.4) = 250
    expect(futuresInput("seed", "1e3")).toBe(1000); // a field may take an exponent, unlike a link
  });

  it("keeps the setting while the text is not one", () => {
    for (const text of ["", " ", "abc", "301", "-1"]) expect(futuresInput("volatilityPct", text), text).toBeNull();
    expect(futuresInput("count", "9")).toBeNull();
    expect(futuresInput("count", "5001")).toBeNull();
  });
});

describe("parseFuturesQuery (spec §10: the API and the command line)", () => {
  it("asks for nothing without a futures key", () => {
    expect(parseFuturesQuery("v=1&preset=s21&runs=50")).toEqual({ ok: true, request: null });
  });

  it("reads the model, the count, the seed and the window, with their defaults", () => {
    expect(parseFuturesQuery("futures=history")).toEqual({
      ok: true,
      request: { model: "history", runs: 1000, seed: 1, window: { kind: "before" }, windowText: "before" },
    });
    expect(parseFuturesQuery("futures=history&runs=500&seed=9&fwin=2014-01-01..2017-12-31")).toEqual({
      ok: true,
      request: {
        model: "history",
        runs: 500,
        seed: 9,
        window: { kind: "span", from: "2014-01-01", to: "2017-12-31" },
        windowText: "2014-01-01..2017-12-31",
      },
    });
  });

  it("refuses bad values and repeated keys by name", () => {
    const r = parseFuturesQuery("futures=walk&runs=9&seed=1.5&fwin=4y");
    expect(r.ok ? [] : r.issues.map((i) => i.key)).toEqual(["futures", "runs", "seed", "fwin"]);
    expect(r.ok ? "" : r.issues[1]?.message).toBe('runs = "9" is not allowed: must be a whole number from 10 to 5000');
    const twice = parseFuturesQuery("futures=history&seed=1&seed=2");
    expect(twice.ok ? [] : twice.issues).toEqual([{ key: "seed", message: "seed is given 2 times: give it once" }]);
  });
});
