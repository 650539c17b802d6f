import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  chartView,
  compareView,
  DEFAULT_PRESET_ID,
  FIELD_NAMES,
  FIELD_TEXT_ZH,
  flatView,
  FORMATTERS,
  formatMoneyCompactZh,
  formatMoneyZh,
  historyLine,
  localeFromAcceptLanguage,
  localizeMessage,
  MESSAGES,
  parseQuery,
  parseQueryLenient,
  pickLocale,
  PRESET_TEXT_ZH,
  PRESETS,
  presetName,
  scenarioLine,
  sensitivityGrids,
  serializeScenario,
  sideView,
  simulate,
  tornadoView,
  validateRaw,
  type Scenario,
} from "../../lib/server";
import { anyRaw } from "../support/arbitraries";
import { SALESPERSON_S9, scenarioFromQuery } from "../support/scenarios";

const HAN = /[\u4e00-\u9fff]/;

const preset = (id: string): Scenario => scenarioFromQuery(`v=1&preset=${id}`);

describe("the reader's language", () => {
  it("comes from the browser's Accept-Language: Chinese or English, whichever is preferred first", () => {
    expect(localeFromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(localeFromAcceptLanguage("en-US,en;q=0.9,zh-CN;q=0.8")).toBe("en");
    // a Russian buyer whose browser also accepts English reads English
    expect(localeFromAcceptLanguage("ru-RU,ru;q=0.9,en-US;q=0.8")).toBe("en");
    // weights, not order, decide: zh-TW at q=1 beats en at q=0.5
    expect(localeFromAcceptLanguage("en;q=0.5, zh-TW")).toBe("zh");
    expect(localeFromAcceptLanguage("sr-RS, hi-IN")).toBe("en");
    expect(localeFromAcceptLanguage("zh;q=0")).toBe("en");
    expect(localeFromAcceptLanguage("")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
    expect(localeFromAcceptLanguage(";;;,,q=abc")).toBe("en");
  });

  it("a saved choice wins over the browser; a bad cookie is ignored", () => {
    expect(pickLocale("en", "zh-CN")).toBe("en");
    expect(pickLocale("zh", "en-US")).toBe("zh");
    expect(pickLocale("fr", "zh-CN")).toBe("zh");
    expect(pickLocale(undefined, undefined)).toBe("en");
  });
});

describe("Chinese amounts and dates", () => {
  it("writes large sums in 万 and 亿, smaller ones in full", () => {
    // 129,153.24 / 10,000 = 12.915324 → 12.92万
    expect(formatMoneyZh("129153.24", "CNY")).toBe("¥12.92万");
    // 3,000,000 / 10,000 = 300万; 250,000,000 / 100,000,000 = 2.5亿
    expect(formatMoneyZh(3000000, "CNY")).toBe("¥300万");
    expect(formatMoneyZh(250000000, "CNY")).toBe("¥2.5亿");
    expect(formatMoneyZh(-26551.4, "CNY")).toBe("−¥26,551");
    expect(formatMoneyZh(30000, "CNY")).toBe("¥30,000");
    expect(formatMoneyZh(99999.4, "USD")).toBe("$99,999");
    // with places asked for, the full figure
    expect(formatMoneyZh(129153.24, "CNY", 2)).toBe("¥129,153.24");
    expect(formatMoneyCompactZh(135000, "CNY")).toBe("¥13.5万");
    expect(formatMoneyCompactZh(-40000, "CNY")).toBe("−¥4万");
    expect(formatMoneyCompactZh(5000, "CNY")).toBe("¥5,000");
    expect(formatMoneyCompactZh(0.35, "USD")).toBe("$0.35");
    expect(formatMoneyCompactZh(120000000, "CNY")).toBe("¥1.2亿");
    expect(FORMATTERS.zh.longDate("2018-07-22")).toBe("2018年7月22日");
    expect(FORMATTERS.zh.month("2018-07-01")).toBe("2018年7月");
  });
});

describe("every word in both languages", () => {
  it("has a Chinese label, unit, allowed text and help for every field, and a name and story for every preset", () => {
    for (const f of FIELD_NAMES) {
      expect(FIELD_TEXT_ZH[f].label, f).toMatch(HAN);
      expect(FIELD_TEXT_ZH[f].help, f).toMatch(HAN);
      expect(FIELD_TEXT_ZH[f].allowed, f).toMatch(/[\u4e00-\u9fff]|^CNY 或 USD$/);
    }
    for (const p of PRESETS) {
      expect(PRESET_TEXT_ZH[p.id], p.id).toBeDefined();
      expect(PRESET_TEXT_ZH[p.id]?.story, p.id).toMatch(HAN);
    }
    expect(
      presetName(
        PRESETS.find((p) => p.id === "s9-2018-huaqiangbei")!,
        "zh",
      ),
    ).toBe("S9 · 华强北，2018年1月");
    expect(
      presetName(
        PRESETS.find((p) => p.id === "s9-2018-factory")!,
        "zh",
      ),
    ).toBe("S9 · 出厂价");
    expect(
      presetName(
        PRESETS.find((p) => p.id === "s9-2018-used")!,
        "zh",
      ),
    ).toBe("S9 · 二手");
  });

  it("has no English sentence left in the Chinese messages", () => {
    // plain strings must hold Chinese; functions are called with sample figures
    // the brand, full stops and a unit are the same in both
    const latinOnly = new Set(["brand", "brandEnd", "footerEnd", "figures.perKwh", "rigs.perKwh"]);
    const walk = (zh: unknown, path: string) => {
      if (typeof zh === "string") {
        if (!latinOnly.has(path) && zh !== "" && !/^[\s,.:;·，。：]*$/.test(zh)) expect(zh, path).toMatch(HAN);
      } else if (typeof zh === "function" && !latinOnly.has(path)) {
        const out =
          path === "withList"
            ? (zh as (a: string[]) => string)(["1", "2"])
            : (zh as (...a: unknown[]) => unknown)("1", "2", "3", "4", false);
        const texts = Array.isArray(out) ? out.join("") : String(out);
        expect(texts, path).toMatch(HAN);
        expect(texts, path).not.toMatch(/\b(the|and|of|day|days|pays|never)\b/);
      } else if (zh && typeof zh === "object") {
        for (const [k, v] of Object.entries(zh)) walk(v, path ? `${path}.${k}` : k);
      }
    };
    walk(MESSAGES.zh, "");
    expect(Object.keys(MESSAGES.zh).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });
});

describe("the views in Chinese", () => {
  it("the salesperson's ¥30,000 S9 of January 2018 pays back on day 189 in both languages, with the same §5 figures", () => {
    const s = scenarioFromQuery(SALESPERSON_S9);
    const sim = simulate(s);
    const en = sideView("self", sim.self!, s, sim.finalBtcPrice, "en");
    const zh = sideView("self", sim.self!, s, sim.finalBtcPrice, "zh");
    // day 189 from 2018-01-15 is 2018-07-22 (spec §3 example)
    expect(en.headline).toBe("Pays back on day 189, 22 July 2018");
    expect(zh.headline).toBe("第 189 天回本，2018年7月22日");
    expect(zh.label).toBe("自营");
    expect([zh.breakEvenDay, zh.roiPct, zh.netProfit]).toEqual([en.breakEvenDay, en.roiPct, en.netProfit]);
    // net profit over 10万 yuan reads in 万 with two places
    expect(zh.netProfitText).toMatch(/^¥\d+\.\d{2}万$/);
    expect(scenarioLine(s, "zh")).toBe("13.5 TH/s · 1,323 W · 98.0 J/TH · 自2018年1月15日 · 3 年");
  });

  it("a replay that never pays back says so with the horizon first", () => {
    const s = preset("s9-2018-replay");
    const sim = simulate(s);
    const zh = sideView("self", sim.self!, s, sim.finalBtcPrice, "zh");
    // the replay preset's horizon is 1447 days (to 31 December 2021), not whole years: said in days
    expect(zh.headline).toBe("1,447 天内无法回本");
    expect(historyLine(sim.history!, s, [], "zh")).toMatch(/^2018年1月15日至\d{4}年\d+月\d+日使用记录的难度/);
  });

  it("compare, flat calculator, charts and sensitivity views speak Chinese", () => {
    const s = { ...preset("s9-2018-hosted"), difficultyGrowthPctPerMonth: "6" };
    const sim = simulate(s, { schedule: true });
    const cmp = compareView(sim, "zh")!;
    expect(cmp.crossover).toMatch(/^只要你的电价低于每 kWh ¥\d/);
    expect(cmp.monthly.hosted.map((r) => r.label)).toEqual(["电费", "托管费", "托管方分走的 BTC", "矿池费"]);
    expect(flatView(sim, "zh").sentence).toMatch(/^不计增长的计算器算出第 \d+ 天（[\d.]+ 个月）；计入每月 6% 的难度增长后，/);
    const chart = chartView(sim, null, "zh");
    expect(chart.table.columns.slice(0, 3)).toEqual(["天", "日期", "BTC 价格"]);
    expect(chart.markers.find((m) => m.kind === "break-even")?.label).toBe("自营回本");
    expect(chart.ticks[0]?.label).toBe("2018年1月");
    const grids = sensitivityGrids(s, 3, "zh");
    expect(grids.prices.title).toBe("回本日，按电价和 BTC 价格");
    // the price map: electricity price across, BTC price up (as in English)
    expect(sensitivityGrids(s, 3, "en").prices.xLabel).toBe("Electricity price →");
    expect(grids.prices.xLabel).toBe("电价 →");
    expect(grids.prices.yLabel).toBe("BTC 价格 ↑");
    expect(tornadoView(s, "zh").bars[0]?.label).toMatch(HAN);
  });

  // 150 random scenarios, each run and viewed twice: about 1 s on an idle core
  it("the language never changes the figures or the link (property)", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(anyRaw, (raw) => {
        const checked = validateRaw(raw);
        if (!checked.ok) return;
        const s = checked.scenario;
        const sim = simulate(s);
        for (const side of ["self", "hosted"] as const) {
          const x = sim[side];
          if (!x) continue;
          const en = sideView(side, x, s, sim.finalBtcPrice, "en");
          const zh = sideView(side, x, s, sim.finalBtcPrice, "zh");
          expect([zh.breakEvenDay, zh.roiPct, zh.netProfit]).toEqual([en.breakEvenDay, en.roiPct, en.netProfit]);
          const all = [zh.headline, zh.netProfitText, zh.roiText, ...zh.figures.flatMap((f) => [f.value, f.hint ?? ""])].join(" ");
          expect(all).not.toMatch(/NaN|Infinity|undefined/);
        }
        // the share link is the scenario's alone
        expect(parseQuery(serializeScenario(s))).toMatchObject({ ok: true });
      }),
      { numRuns: 150 },
    );
  });
});

describe("the codec's messages in Chinese", () => {
  // what the page (lenient) and the API (strict) say of a link
  const messagesOf = (query: string) => {
    const r = parseQueryLenient(query, DEFAULT_PRESET_ID);
    const strict = parseQuery(query);
    return [...r.issues.map((i) => i.message), ...r.warnings, ...(strict.ok ? strict.warnings : strict.issues.map((i) => i.message))];
  };

  it("rebuilds each kind of refusal and warning in plain Chinese: the field's label, grouped numbers, no key", () => {
    const cases: [string, string][] = [
      // 1000000000 grouped by threes: 1,000,000,000
      ["v=1&preset=s21&price=abc", "链接中的矿机价格“abc”无法使用：应为 0 到 1,000,000,000 的数。"],
      ["v=1&preset=s21&price=1&price=2", "链接中的矿机价格出现了 2 次，只能出现一次。"],
      ["v=2&preset=s21", "链接的版本标记“2”不是本页的：其余内容按本页的链接格式读取。"],
      ["v=1&preset=s21&zzz=1", "链接里有本页不认识的一项“zzz”：已忽略。"],
      ["v=1&preset=nope", "链接中的示例“nope”不是本页已有的示例。"],
      ["v=1&preset=s21&mode=self&kwh=", "链接缺少电价：应为 −1000 到 1000 的数（负数表示用电有补贴）。"],
      ["v=1&cur=USD&n=1&price=1&ths=1&w=1&date=2024-01-01&diff=1&btc=1&mode=hosted", "交给托管时需要填写托管电价。"],
      ["v=1&preset=s21&hist=1&date=2010-01-01", "开始日期“2010-01-01”超出历史记录：开启“真实历史”时须在 2012-12-28 至 2026-02-07 之间。"],
      [`v=1&${"x".repeat(5000)}=1`, "链接长达 5006 个字符，超过本页读取的 4096 个：改为打开示例。"],
      [
        "v=1&ths=13.5",
        "链接没有指定示例，且缺少“矿机价格”、“功耗”、“开始日期”、“全网难度”、“BTC 价格”：这些取自示例“S9 · 华强北，2018年1月”。",
      ],
      ["v=1&ths=13.5", "链接缺少 BTC 价格：应为大于 0 且不超过 1,000,000,000 的数。"],
      // what stands in for a refused value: the link's own preset, then the field's default
      ["v=1&preset=s21&price=abc", "矿机价格：改用 2,900（示例的取值）。"],
      ["v=1&preset=s21&up=abc", "在线率：改用 100（默认值）。"],
      // a replay names the keys it replaces, the months whose rate it carries and the end of the recorded fees
      ["v=1&preset=s9-2018-replay&diff=1000", "链接中的全网难度（1000）由历史记录取代：2018-01-15 的记录为 2,172,089,832,110.73。"],
      [
        "v=1&preset=s9-2018-replay&date=2025-10-01&days=200",
        "数据表中没有 2025-12 … 2026-02 的人民币/美元汇率：沿用 2025-11 的汇率 7.1069。",
      ],
      [
        "v=1&preset=s9-2018-replay&date=2025-04-01&days=60&fees=0.05",
        "记录的手续费止于 2025-05-01：自 2025-05-02 起，回放按每区块 0.05 BTC 的手续费计算。",
      ],
    ];
    for (const [query, expected] of cases) {
      const zh = messagesOf(query).map((m) => localizeMessage(m, "zh"));
      expect(zh, query).toContain(expected);
    }
  });

  it("says the same in plain English on the page, while the API and the command line keep the codec's words", () => {
    const cases: [string, string][] = [
      ["v=1&preset=s21&price=abc", "Rig price in the link, “abc”, cannot be used: it must be a number from 0 to 1,000,000,000."],
      ["v=1&preset=s21&price=abc", "Rig price: 2,900 is used instead (the example's value)."],
      ["v=1&preset=s21&price=1&price=2", "Rig price is given 2 times in the link, where once is allowed."],
      ["v=1&preset=s21&zzz=1", "The link has a part this page does not know, “zzz”: it is left out."],
      ["v=1&preset=nope", "The example “nope” in the link is not one this page knows."],
      ["v=1&preset=s21&up=abc", "Uptime: 100 is used instead (the default)."],
      [
        "v=1&cur=USD&n=1&price=1&ths=1&w=1&date=2024-01-01&diff=1&btc=1&mode=hosted",
        "Hosting price is required when a host runs the rigs.",
      ],
      [
        "v=1&preset=s9-2018-replay&diff=1000",
        "Network difficulty in the link, 1000, gives way to the record: on 2018-01-15 it was 2,172,089,832,110.73.",
      ],
      [
        "v=1&preset=s9-2018-replay&date=2025-10-01&days=200",
        "No CNY/USD rate is recorded for 2025-12 … 2026-02: the rate of 2025-11, 7.1069, is used.",
      ],
    ];
    for (const [query, expected] of cases) {
      const en = messagesOf(query).map((m) => localizeMessage(m, "en"));
      expect(en, query).toContain(expected);
      // no key name, no ungrouped long number reaches the reader
      for (const m of en) expect(m, query).not.toMatch(/\b(price|up|diff|preset|hist)\s*=|\d{5,}(?!\d*-)/);
    }
    // the API's refusal keeps the codec's words, naming the key (spec §4)
    const api = parseQuery("v=1&preset=s21&price=abc");
    expect(!api.ok && api.issues[0]?.message).toBe('price = "abc" is not allowed: must be a number from 0 to 1000000000');
  });

  // 400 hostile links, each read twice (page and API): under 1 s on an idle core
  it("leaves no codec message of a hostile link in English (property)", { timeout: 30_000 }, () => {
    const key = fc.constantFrom(
      "v",
      "preset",
      "price",
      "n",
      "ths",
      "w",
      "date",
      "h",
      "diff",
      "dg",
      "kwh",
      "hkwh",
      "mode",
      "hist",
      "cur",
      "up",
      "zz",
    );
    const value = fc.oneof(
      fc.constantFrom("", "abc", "-1", "1e999", "__proto__", "2010-01-01", "1", "0", "compare"),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
        const q = new URLSearchParams();
        for (const [k, v] of pairs) q.append(k, v);
        for (const m of messagesOf(q.toString())) {
          const zh = localizeMessage(m, "zh");
          expect(zh, m).toMatch(HAN);
          expect(zh, m).not.toMatch(/is not allowed|is required|ignored|times:|leaves out/);
        }
      }),
      { numRuns: 400 },
    );
  });
});
