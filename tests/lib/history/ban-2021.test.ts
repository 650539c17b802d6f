/**
 * China's 2021 ban on the S9 replay presets (issue 16): an outage from 20 June 2021 (Sichuan's farms
 * shut by then, after the State Council's notice of 21 May, Inner Mongolia's of 25 May and Xinjiang's
 * and Qinghai's of 9 June) to 30 September 2021 (when the movers expected their rigs plugged in abroad),
 * with ¥360 of freight a rig; the replay runs to 31 December 2021. Sources in data/README.md.
 */
import { describe, expect, it } from "vitest";
import { CHINA_BAN_2021_OUTAGE } from "../../../lib/open/presets";
import { daysBetween, Dec, simulate } from "../../../lib/server";
import { scenarioFromQuery } from "../../support/scenarios";

describe("the 2021 ban on the S9 replay", () => {
  it("switches the rigs off on the recorded dates: from 20 June, after Sichuan's notice of 18 June, to 30 September 2021", () => {
    expect(CHINA_BAN_2021_OUTAGE).toBe("2021-06-20_2021-09-30_360");
    const s = scenarioFromQuery("v=1&preset=s9-2018-replay");
    expect(s.outages).toBe(CHINA_BAN_2021_OUTAGE);
    // after the State Council (2021-05-21), Inner Mongolia (2021-05-25), Xinjiang and Qinghai (2021-06-09), Sichuan (2021-06-18)
    for (const notice of ["2021-05-21", "2021-05-25", "2021-06-09", "2021-06-18"]) expect(notice < "2021-06-20").toBe(true);
    // before the difficulty's fall of −27.94 % on 2021-07-03, which recorded the hashrate gone
    expect("2021-06-20" < "2021-07-03").toBe(true);
    const sim = simulate(s, { schedule: true });
    const rows = sim.schedule ?? [];
    const off = rows.filter((r) => r.self?.outage).map((r) => r.date);
    expect(off[0]).toBe("2021-06-20");
    expect(off[off.length - 1]).toBe("2021-09-30");
    expect(off).toHaveLength(daysBetween("2021-06-20", "2021-09-30") + 1); // 11 + 31 + 31 + 30 = 103 days
    expect(rows.find((r) => r.date === "2021-06-19")?.self?.running).toBe(true);
    expect(rows.find((r) => r.date === "2021-10-01")?.self?.running).toBe(true);
    expect(rows.find((r) => r.date === "2021-06-20")?.self?.oneOff.toString()).toBe("360");
    expect(rows[rows.length - 1]?.date).toBe("2021-12-31");
  });

  it("costs the replay the coins of 103 days and the freight: the result with the ban against without it", () => {
    const withBan = simulate(scenarioFromQuery("v=1&preset=s9-2018-replay"), { schedule: true });
    const without = simulate(scenarioFromQuery("v=1&preset=s9-2018-replay&out="), { schedule: true });
    const a = withBan.self;
    const b = without.self;
    if (!a || !b) throw new Error("self-run replay");
    expect(a.daysOutage).toBe(103);
    expect(a.outageCost.toString()).toBe("360");
    // the ban's cost = what those 103 days earned net of power, plus the freight (the fees: 0 on this preset)
    let lost = new Dec(0);
    for (const row of without.schedule ?? []) {
      if (row.date >= "2021-06-20" && row.date <= "2021-09-30" && row.self) lost = lost.plus(row.self.profit);
    }
    expect(b.netProfit.minus(a.netProfit).minus(lost).toFixed(2)).toBe("360.00");
    // and in figures, to the cent: the replay loses ¥14,357.85 with the ban
    expect(a.netProfit.toFixed(2)).toBe("-14357.85");
    expect(b.netProfit.minus(a.netProfit).gt(360)).toBe(true);
  });
});
