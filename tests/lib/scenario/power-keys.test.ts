/**
 * The power keys of issue 16 in the share link: each read, refused by name with what is wrong
 * (the rest of the scenario kept by the page's lenient door), and written back exactly.
 */
import { describe, expect, it } from "vitest";
import {
  localizeMessage,
  parseQuery,
  parseQueryLenient,
  parsePeakHours,
  peakHoursPerDay,
  POWER_KEYS,
  serializeScenario,
  type ParseResult,
  type Scenario,
} from "../../../lib/server";
import { powerRaw } from "../../support/arbitraries";
import { expectLinksRoundTrip } from "../../support/round-trip";

const S9 = "v=1&preset=s9-2018-huaqiangbei";
const WET_DRY = "0.4,0.4,0.4,0.4,0.25,0.25,0.25,0.25,0.25,0.25,0.4,0.4";

function ok(result: ParseResult): Scenario {
  if (!result.ok) throw new Error(`refused: ${result.issues.map((i) => i.message).join("; ")}`);
  return result.scenario;
}

function refusedKeys(result: ParseResult): { key: string; message: string }[] {
  if (result.ok) throw new Error("expected the query to be refused");
  return result.issues;
}

describe("the power keys are read and written back", () => {
  it("are the keys of the power-keys design, taken from the fields' table", () => {
    // the link's public format: these sixteen keys, by hand
    expect(POWER_KEYS).toEqual({
      electricityPriceByMonth: "kwhm",
      hostingPriceByMonth: "hkwhm",
      peakElectricityPrice: "kwhp",
      peakHostingPrice: "hkwhp",
      peakHours: "peak",
      peakDays: "peakdays",
      outages: "out",
      demandResponseCredit: "dr",
      demandResponseHours: "drh",
      hostedDemandResponseCredit: "hdr",
      hostedDemandResponseHours: "hdrh",
      hostingMinimumMonths: "hmin",
      hostingExitFeePerRig: "hexit",
      hostingEscalationPctPerYear: "hesc",
      hostingDepositMonths: "hdep",
      hostingUptimePct: "hup",
    });
  });

  it("reads twelve prices by the month, spaces and spellings normalized", () => {
    const s = ok(parseQuery(`${S9}&kwhm=${encodeURIComponent("0.40, .4,0.4,4e-1,0.25,0.25,0.25,0.25,0.25,0.250,0.4,0.4")}`));
    expect(s.electricityPriceByMonth).toBe(WET_DRY);
  });

  it("lets kwhm stand in for kwh in self-run, and hkwhm for hkwh in hosted", () => {
    const q = "v=1&ths=13.5&w=1323&price=30000&date=2018-01-15&diff=2227847638503.63&btc=87800";
    expect(ok(parseQuery(`${q}&kwhm=${WET_DRY}`)).electricityPrice).toBeUndefined();
    expect(ok(parseQuery(`${q}&mode=hosted&hkwhm=${WET_DRY}`)).hostingPriceByMonth).toBe(WET_DRY);
    const missing = refusedKeys(parseQuery(`${q}&mode=compare&kwhm=${WET_DRY}`));
    expect(missing.map((i) => i.key)).toEqual(["hkwh"]);
    expect(missing[0]?.message).toMatch(/hkwhm/);
  });

  it("writes peak hours sorted and outages sorted, commas unescaped, zero costs left out", () => {
    const s = ok(parseQuery(`${S9}&kwhp=0.6&peak=18-22,8-11&out=2021-06-20_2021-11-30_800,2019-01-01_2019-01-02_0`));
    expect(s.peakHours).toBe("8-11,18-22");
    expect(s.outages).toBe("2019-01-01_2019-01-02,2021-06-20_2021-11-30_800");
    const link = serializeScenario(s);
    expect(link).toContain("peak=8-11,18-22");
    expect(link).toContain("out=2019-01-01_2019-01-02,2021-06-20_2021-11-30_800");
    expect(ok(parseQuery(link))).toEqual(s);
  });

  it("takes a preset's outages away with an empty out=, and writes that back", () => {
    const s = ok(parseQuery("v=1&preset=s9-2018-replay&out="));
    expect(s.outages).toBe("");
    expect(serializeScenario(s)).toMatch(/&out=$/);
    expect(ok(parseQuery(serializeScenario(s))).outages).toBe("");
    expect(ok(parseQuery("v=1&preset=s9-2018-replay")).outages).toBe("2021-06-20_2021-09-30_360");
  });

  it("counts peak hours across midnight: 22-6 is 8 hours, 0-24 the whole day", () => {
    const wrap = parsePeakHours("22-6,12-13");
    expect(wrap.ok && peakHoursPerDay(wrap.value)).toBe(9); // 8 + 1
    const all = parsePeakHours("0-24");
    expect(all.ok && peakHoursPerDay(all.value)).toBe(24);
  });

  it("leaves the defaults out of the link: a scenario without power terms keeps its old link", () => {
    const s = ok(parseQuery(S9));
    expect(serializeScenario(s)).toBe(S9);
    expect(s.demandResponseCredit).toBe("0");
    expect(s.hostingMinimumMonths).toBe(0);
    expect(s.hostingUptimePct).toBeUndefined();
  });

  it("opens exactly the scenario it was made from, power keys included: parseQuery(serializeScenario(s)) = s", () => {
    expectLinksRoundTrip(powerRaw, 300, 100);
  }, 30_000);
});

describe("bad power keys are refused by name, saying what is wrong", () => {
  const cases: [string, string, RegExp][] = [
    ["kwhm", "0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3", /11 prices are given, twelve are needed/],
    ["kwhm", "0.3,0.3,0.3,0.3,0.3,cheap,0.3,0.3,0.3,0.3,0.3,0.3", /the price of June \("cheap"\) is not a number/],
    ["hkwhm", "0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,2000", /December \(2000\) is outside -1000 … 1000/],
    ["peak", "8-12,11-14", /11-14 overlaps another span at hour 11/],
    ["peak", "22-6,5-7", /5-7 overlaps another span at hour 5/],
    ["peak", "8-8", /start and end differ/],
    ["peak", "8-25", /hours run from 0 to 24/],
    ["peak", "8:00-11:00", /is not a span start-end of whole hours/],
    ["out", "2021-11-30_2021-06-20_800", /ends \(2021-06-20\) before it starts \(2021-11-30\)/],
    ["out", "2021-06-20_2021-11-30,2021-11-30_2021-12-10", /overlap/],
    ["out", "2021-02-30_2021-03-10", /"2021-02-30" is not a real date/],
    ["out", "2021-06-20_2021-11-30_-5", /the cost per rig \("-5"\) must be a number from 0/],
    ["drh", "731", /must be a number from 0 to 730.5/],
    ["hmin", "1.5", /must be a whole number of months from 0 to 120/],
    ["hesc", "-60", /must be a number from -50 to 100/],
    ["hdep", "25", /must be a number from 0 to 24/],
    ["hup", "101", /must be a number from 0 to 100/],
    ["dr", "-1", /must be a number from 0 to 1000/],
  ];
  for (const [key, value, reason] of cases) {
    it(`refuses ${key}=${value}`, () => {
      const found = refusedKeys(parseQuery(`${S9}&${key}=${encodeURIComponent(value)}`));
      expect(found).toHaveLength(1);
      expect(found[0]?.key).toBe(key);
      expect(found[0]?.message).toMatch(new RegExp(`^${key} = `));
      expect(found[0]?.message).toMatch(reason);
    });
  }

  it("asks for the peak hours when a peak price is given without them", () => {
    const found = refusedKeys(parseQuery(`${S9}&kwhp=0.6`));
    expect(found.map((i) => i.key)).toEqual(["peak"]);
    expect(found[0]?.message).toMatch(/peak is required when kwhp is given/);
    expect(localizeMessage(found[0]?.message ?? "", "zh")).toBe("链接给出了“峰时电价”，却没有给出它所需要的“峰时段”。");
    expect(localizeMessage(found[0]?.message ?? "", "en")).toBe(
      "The link gives “Peak electricity price” without “Peak hours”, which it needs.",
    );
  });

  it("keeps the rest of the scenario on the page when one power key is refused", () => {
    const page = parseQueryLenient(`${S9}&kwh=0.5&kwhm=0.3,0.3&hmin=12`, "s9-2018-huaqiangbei");
    expect(page.issues.map((i) => i.key)).toEqual(["kwhm"]);
    expect(page.scenario.electricityPrice).toBe("0.5");
    expect(page.scenario.hostingMinimumMonths).toBe(12);
    expect(page.scenario.electricityPriceByMonth).toBeUndefined();
    expect(page.warnings.join(" ")).toMatch(/kwhm: left empty instead/);
  });

  it("drops a peak price without peak hours, names it, and keeps the rest of the link with its preset", () => {
    // the API refuses the link naming peak; the page opens it without the peak price and says so
    const query = "v=1&preset=s21&kwhp=0.12&kwh=0.03&days=100";
    expect(refusedKeys(parseQuery(query)).map((i) => i.key)).toEqual(["peak"]);
    const page = parseQueryLenient(query, "s9-2018-huaqiangbei");
    expect(page.scenario.preset).toBe("s21");
    expect(page.scenario.currency).toBe("USD");
    expect(page.scenario.electricityPrice).toBe("0.03");
    expect(page.scenario.horizonDays).toBe(100);
    expect(page.scenario.peakElectricityPrice).toBeUndefined();
    expect(page.issues).toEqual([
      { key: "peak", message: expect.stringMatching(/^peak is required when kwhp is given/) as unknown as string },
    ]);
    expect(page.warnings).toContain("kwhp: left empty instead");
    expect(localizeMessage(page.issues[0]?.message ?? "", "zh")).toBe("链接给出了“峰时电价”，却没有给出它所需要的“峰时段”。");
    expect(localizeMessage("kwhp: left empty instead", "en")).toBe("Peak electricity price is left empty instead.");
  });

  it("drops a hosted peak price without peak hours in compare mode, keeping the mode and the hosting price", () => {
    const page = parseQueryLenient("v=1&preset=s21&mode=compare&hkwh=0.05&hkwhp=0.12&days=100", "s9-2018-huaqiangbei");
    expect(page.scenario.preset).toBe("s21");
    expect(page.scenario.mode).toBe("compare");
    expect(page.scenario.hostingPricePerKwh).toBe("0.05");
    expect(page.scenario.horizonDays).toBe(100);
    expect(page.scenario.peakHostingPrice).toBeUndefined();
    expect(page.issues.map((i) => i.key)).toEqual(["peak"]);
    expect(page.issues[0]?.message).toMatch(/when hkwhp is given/);
    expect(page.warnings).toContain("hkwhp: left empty instead");
  });

  it("reads a weekday-only peak and writes it back after the peak hours", () => {
    const s = ok(parseQuery(`${S9}&kwhp=0.5&peak=16-21&peakdays=weekdays`));
    expect(s.peakDays).toBe("weekdays");
    expect(serializeScenario(s)).toMatch(/&peak=16-21&peakdays=weekdays(&|$)/);
    expect(ok(parseQuery(serializeScenario(s)))).toEqual(s);
  });

  it("refuses peakdays other than weekdays, naming the key and what is allowed", () => {
    const found = refusedKeys(parseQuery(`${S9}&kwhp=0.5&peak=16-21&peakdays=weekends`));
    expect(found.map((i) => i.key)).toEqual(["peakdays"]);
    expect(found[0]?.message).toMatch(/^peakdays = "weekends" is not allowed: must be weekdays \(the peak hours Monday to Friday/);
  });

  it("refuses peakdays without peak hours, and the page keeps the rest of the link", () => {
    const query = "v=1&preset=s21&kwh=0.03&days=100&peakdays=weekdays";
    const found = refusedKeys(parseQuery(query));
    expect(found.map((i) => i.key)).toEqual(["peakdays"]);
    expect(found[0]?.message).toMatch(/^peakdays = weekdays is allowed only with peak: the peak hours, spans start-end/);
    expect(localizeMessage(found[0]?.message ?? "", "zh")).toBe("链接给出了“峰时日”（“weekdays”），却没有给出它所需要的“峰时段”。");
    const page = parseQueryLenient(query, "s9-2018-huaqiangbei");
    expect(page.scenario.preset).toBe("s21");
    expect(page.scenario.electricityPrice).toBe("0.03");
    expect(page.scenario.horizonDays).toBe(100);
    expect(page.scenario.peakDays).toBeUndefined();
    expect(page.issues.map((i) => i.key)).toEqual(["peakdays"]);
  });

  it("keeps both peak prices once the peak hours come with them", () => {
    const page = parseQueryLenient("v=1&preset=s21&mode=compare&kwhp=0.12&hkwhp=0.2&peak=8-11", "s9-2018-huaqiangbei");
    expect(page.issues).toEqual([]);
    expect(page.scenario.peakElectricityPrice).toBe("0.12");
    expect(page.scenario.peakHostingPrice).toBe("0.2");
  });
});
