import { describe, expect, it } from "vitest";
import { findRig } from "../../../lib/rigs/ids";
import { NETWORK_SNAPSHOT } from "../../../data/network";
import { eraWarning, isEraWarning, releasedAfter, rigOutOfEra, todaysNetworkFor } from "../../../lib/rigs/era";
import { parseQuery } from "../../../lib/open/query";
import { cnyPerUsdFor } from "../../../lib/history/tables";
import { Dec } from "../../../lib/core/decimal";

const rig = (id: string) => {
  const r = findRig(id);
  if (!r) throw new Error(id);
  return r;
};

describe("a scenario stays in its era", () => {
  it("a rig released in a later month than the start date is out of its era", () => {
    // the S21 XP: October 2024; the S9: June 2016
    expect(releasedAfter(rig("s21-xp"), "2018-01-15")).toBe(true);
    expect(releasedAfter(rig("s9"), "2018-01-15")).toBe(false);
    // the release month itself is in its era
    expect(releasedAfter(rig("s21-xp"), "2024-10-01")).toBe(false);
    expect(releasedAfter(rig("s21-xp"), "2024-09-30")).toBe(true);
  });

  it("a scenario without a catalogue rig is never out of its era", () => {
    expect(rigOutOfEra({ startDate: "2018-01-15" })).toBeNull();
    expect(rigOutOfEra({ rig: "s21-xp", startDate: "2018-01-15" })?.id).toBe("s21-xp");
  });

  it("the codec warns of it by name, and the page knows its own warning", () => {
    const parsed = parseQuery("v=1&preset=s9-2018-huaqiangbei&rig=s21-xp");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const warning = eraWarning(rig("s21-xp"), "2018-01-15");
    expect(warning).toBe(
      "rig = s21-xp (Antminer S21 XP) came out in 2024-10, after date = 2018-01-15: it never ran on that day's network; give a date from 2024-10 on, or a rig of the time",
    );
    expect(parsed.warnings).toContain(warning);
    expect(isEraWarning(warning)).toBe(true);
    expect(isEraWarning('unknown key "x" ignored')).toBe(false);
    // the S21 on today's network: no warning
    const modern = parseQuery("v=1&preset=s21&rig=s21");
    expect(modern.ok && modern.warnings.some(isEraWarning)).toBe(false);
  });

  it("today's network in dollars is the snapshot's, in yuan its price at the month's rate", () => {
    const usd = todaysNetworkFor("USD");
    expect(usd).toMatchObject({
      startDate: NETWORK_SNAPSHOT.date,
      difficulty: NETWORK_SNAPSHOT.difficulty,
      btcPrice: NETWORK_SNAPSHOT.btcUsd,
      useHistory: "0",
    });
    const cny = todaysNetworkFor("CNY");
    let rate: string;
    try {
      rate = cnyPerUsdFor(NETWORK_SNAPSHOT.date).rate;
    } catch {
      rate = "";
    }
    // btcUsd × the month's CNY per USD, half up to 2 places
    if (rate) expect(cny.btcPrice).toBe(new Dec(NETWORK_SNAPSHOT.btcUsd).times(rate).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed());
    expect(cny.startDate).toBe(NETWORK_SNAPSHOT.date);
  });
});
