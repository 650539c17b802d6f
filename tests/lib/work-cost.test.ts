import { describe, expect, it } from "vitest";
import { HEADLINE_INLINE_MS, headlineAnswer, headlineViews, scenarioLine, simulate, workCost } from "../../lib/server";
import { scenarioFromQuery } from "../support/scenarios";

const MONTHS = "0.25,0.25,0.25,0.25,0.15,0.15,0.15,0.15,0.15,0.15,0.25,0.25";
const REPLAY_10Y = "v=1&preset=s9-2018-replay&days=3650&mode=compare&hkwh=0.5&disc=7";

describe("which headlines the page keeps off its main thread", () => {
  it("works the light ones out at once and sends the heavy ones to a worker", () => {
    // 1 side × 1,095 days × 0.0008 ms (a modelled run) = 0.876 ms
    expect(workCost(scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei")).ms).toBeCloseTo(0.876, 6);
    // 2 sides × 1,825 days × 0.01 ms (a replay) = 36.5 ms: inline
    const replay5 = workCost(scenarioFromQuery(REPLAY_10Y.replace("days=3650", "days=1825"))).ms;
    expect(replay5).toBeCloseTo(36.5, 6);
    expect(replay5).toBeLessThanOrEqual(HEADLINE_INLINE_MS);
    // 2 sides × 3,650 days × 0.01 ms = 73 ms: the worker (60–180 ms of the page's main thread a keystroke)
    const replay = workCost(scenarioFromQuery(REPLAY_10Y)).ms;
    expect(replay).toBeCloseTo(73, 6);
    expect(replay).toBeGreaterThan(HEADLINE_INLINE_MS);
    // with power terms, × 3.5 = 255.5 ms: the worker
    const power = workCost(scenarioFromQuery(`${REPLAY_10Y}&kwhm=${MONTHS}&peak=8-11,18-22&kwhp=0.4`)).ms;
    expect(power).toBeCloseTo(255.5, 6);
    expect(power).toBeGreaterThan(HEADLINE_INLINE_MS);
  });

  it("gives the worker's answer as the page would work it out at once", () => {
    const s = scenarioFromQuery(`${REPLAY_10Y}&kwhm=${MONTHS}`);
    const answer = headlineAnswer({ scenario: s, notes: [], locale: "en" });
    const sim = simulate(s);
    expect(answer.sides).toEqual(headlineViews(sim, "en").sides);
    expect(answer.line).toBe(scenarioLine(sim.scenario, "en"));
    expect(answer.historyNote).toMatch(/recorded/i);
    // plain data: it crosses to and from a worker unchanged
    expect(structuredClone(answer)).toEqual(answer);
  });
});
