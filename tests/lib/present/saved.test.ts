import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addSaved,
  cleanName,
  deleteSaved,
  readSavedList,
  renameSaved,
  savedComparison,
  suggestedName,
  writeSavedList,
  type SavedScenario,
} from "../../../lib/server";
import { asideCounts, asideExport, MAX_SAVED } from "../../../lib/present/saved";
import { messagesFor } from "../../../lib/i18n/messages";
import { scenarioFromQuery as scenario } from "../../support/scenarios";

const at = "2026-02-01T10:00:00.000Z";
const s9 = scenario("v=1&preset=s9-2018-huaqiangbei");
const s21 = scenario("v=1&preset=s21&mode=compare");

describe("saved scenarios", () => {
  it("save, rename and delete, and the list reads back as it was written", () => {
    let items = addSaved([], { id: "a", name: "  My   S9 ", scenario: s9, savedAt: at });
    items = addSaved(items, { id: "b", name: "S21 compare", scenario: s21, savedAt: at });
    expect(items.map((i) => i.name)).toEqual(["S21 compare", "My S9"]);
    expect(items[1]?.query).toBe("v=1&preset=s9-2018-huaqiangbei");
    expect(readSavedList(writeSavedList(items))).toEqual({ items, problem: null, aside: [] });
    // the same name again updates that entry, at the top, keeping its id
    items = addSaved(items, { id: "c", name: "my s9", scenario: scenario("v=1&preset=s9-2018-huaqiangbei&n=2"), savedAt: at });
    expect(items.map((i) => [i.id, i.name, i.query])).toEqual([
      ["a", "my s9", "v=1&preset=s9-2018-huaqiangbei&n=2"],
      ["b", "S21 compare", "v=1&preset=s21&mode=compare"],
    ]);
    items = renameSaved(items, "b", "S21, both ways");
    expect(items[1]?.name).toBe("S21, both ways");
    expect(renameSaved(items, "b", "   ")).toEqual(items);
    expect(deleteSaved(items, "a").map((i) => i.id)).toEqual(["b"]);
  });

  it("keeps a weekday-only peak in a saved entry: it reads back, opens, and compares with the same peak every day", () => {
    const weekdays = scenario("v=1&preset=s9-2018-huaqiangbei&kwhp=0.6&peak=16-19&peakdays=weekdays");
    const everyDay = scenario("v=1&preset=s9-2018-huaqiangbei&kwhp=0.6&peak=16-19");
    const items = addSaved(addSaved([], { id: "a", name: "Every day", scenario: everyDay, savedAt: at }), {
      id: "b",
      name: "Weekdays",
      scenario: weekdays,
      savedAt: at,
    });
    expect(items[0]?.query).toBe("v=1&preset=s9-2018-huaqiangbei&kwhp=0.6&peak=16-19&peakdays=weekdays");
    expect(readSavedList(writeSavedList(items))).toEqual({ items, problem: null, aside: [] });
    const [w, e] = items;
    if (!w || !e) throw new Error("two saved");
    const view = savedComparison(w, e, "en");
    // the same peak hours at weekends too cost more: the two entries' figures differ
    const net = view?.rows.find((r) => r.id === "net-profit")?.values;
    expect(net?.[0]).not.toBe(net?.[1]);
  });

  it("keeps at most MAX_SAVED, dropping the oldest", () => {
    let items: SavedScenario[] = [];
    for (let i = 0; i < MAX_SAVED + 3; i++) items = addSaved(items, { id: `id${i}`, name: `n${i}`, scenario: s9, savedAt: at });
    expect(items).toHaveLength(MAX_SAVED);
    expect(items[0]?.id).toBe(`id${MAX_SAVED + 2}`);
    expect(items.some((i) => i.id === "id0")).toBe(false);
  });

  it("starts empty with a notice on storage it cannot read, and never throws", () => {
    for (const bad of ["{", "garbage", "null", "42", '"text"', "[]", '{"v":2,"items":[]}', '{"v":1,"items":{}}'])
      expect(readSavedList(bad), bad).toEqual({ items: [], problem: "unreadable", aside: [] });
    expect(readSavedList(null)).toEqual({ items: [], problem: null, aside: [] });
    // one good entry, one whose link no longer opens, one malformed, one repeated id: the good one stays
    const good = { id: "a", name: "ok", query: "v=1&preset=s21", savedAt: at };
    const mixed = JSON.stringify({ v: 1, items: [good, { ...good, id: "b", query: "v=1&price=abc" }, { id: 5 }, good] });
    const notOpening = { ...good, id: "b", query: "v=1&price=abc" };
    expect(readSavedList(mixed)).toEqual({
      items: [good],
      problem: "partly",
      aside: [
        { name: "ok", reason: "does-not-open", entry: notOpening },
        { name: null, reason: "malformed", entry: { id: 5 } },
        { name: "ok", reason: "duplicate", entry: good },
      ],
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const list = readSavedList(text);
        expect(Array.isArray(list.items)).toBe(true);
      }),
    );
  });

  it("keeps aside what it cannot list, with the reason, and a save writes it back rather than erasing it", () => {
    const good = { id: "a", name: "ok", query: "v=1&preset=s21", savedAt: at };
    const broken = { id: "b", name: "My old S9", query: "v=1&price=abc", savedAt: at };
    const first = readSavedList(JSON.stringify({ v: 1, items: [good, broken, { name: 7 }] }));
    expect(first.aside.map((a) => [a.name, a.reason])).toEqual([
      ["My old S9", "does-not-open"],
      [null, "malformed"],
    ]);
    // the next save: the list is written with what is kept aside beside it
    const items = addSaved(first.items, { id: "c", name: "new", scenario: s9, savedAt: at });
    const again = readSavedList(writeSavedList(items, first.aside));
    expect(again.items.map((i) => i.id)).toEqual(["c", "a"]);
    expect(again.aside).toEqual(first.aside);
    expect(again.problem).toBe("partly");
    // and a third reading still has them, in the same order, with the same reasons
    expect(readSavedList(writeSavedList(again.items, again.aside)).aside).toEqual(first.aside);
    // the export is every entry as stored, with its name and reason
    expect(JSON.parse(asideExport(first.aside))).toEqual({
      v: 1,
      keptAside: [
        { name: "My old S9", reason: "does-not-open", entry: broken },
        { name: null, reason: "malformed", entry: { name: 7 } },
      ],
    });
  });

  it("names the cap as the reason for a list longer than it: 40,000 entries, 50 listed, 39,950 kept aside", () => {
    const many = Array.from({ length: 40_000 }, (_, i) => ({ id: `id${i}`, name: `n${i}`, query: "v=1&preset=s21", savedAt: at }));
    const list = readSavedList(JSON.stringify({ v: 1, items: many }));
    expect(list.items).toHaveLength(MAX_SAVED);
    expect(list.items.at(-1)?.id).toBe(`id${MAX_SAVED - 1}`);
    expect(asideCounts(list.aside)).toEqual({ malformed: 0, "does-not-open": 0, duplicate: 0, "over-cap": 40_000 - MAX_SAVED });
    expect(list.aside[0]).toEqual({ name: `n${MAX_SAVED}`, reason: "over-cap", entry: many[MAX_SAVED] });
    // the notice says the cap is the reason, naming it as the cap, in both languages
    expect(messagesFor("en").saved.capped("39,950", MAX_SAVED)).toBe(
      "39,950 of them are past the cap: the list keeps at most 50 scenarios, so only the first 50 are listed.",
    );
    expect(messagesFor("en").saved.asideReason("over-cap", MAX_SAVED)).toBe("past the cap of 50 saved scenarios");
    expect(messagesFor("zh").saved.capped("39,950", MAX_SAVED)).toBe(
      "其中 39,950 个超出上限：列表最多保存 50 个方案，因此只列出前 50 个。",
    );
  }, 60_000);

  it("tidies names and suggests one", () => {
    expect(cleanName("  a \n b  ")).toBe("a b");
    expect(cleanName("   ")).toBeNull();
    expect(cleanName("x".repeat(200))).toHaveLength(80);
    expect(suggestedName(s9, "en")).toBe("S9 · Huaqiangbei, Jan 2018 · ¥30,000");
    expect(suggestedName(s21, "en")).toMatch(/ · \$2,900 · Compare$/);
    expect(suggestedName(s21, "zh")).toMatch(/^蚂蚁矿机 S21 · \$2,900 · 对比$/);
  });

  it("puts two saved scenarios side by side with the figures of their result cards", () => {
    const items = addSaved(addSaved([], { id: "a", name: "S9", scenario: s9, savedAt: at }), {
      id: "b",
      name: "S21",
      scenario: s21,
      savedAt: at,
    });
    const [b, a] = items;
    if (!a || !b) throw new Error("two saved");
    const view = savedComparison(a, b, "en");
    // the S9 runs one side, the S21 in compare mode two
    expect(view?.columns.map((c) => [c.name, c.side])).toEqual([
      ["S9", null],
      ["S21", "Self-run"],
      ["S21", "Hosted"],
    ]);
    expect(view?.rows.map((r) => r.label)).toEqual([
      "Pays back",
      "Net profit",
      "ROI",
      "BTC mined",
      "Cost per BTC",
      "Outlay",
      "Break-even power price",
    ]);
    // the S9 at ¥30,000: its card's outlay is ¥30,000
    expect(view?.rows.find((r) => r.id === "outlay")?.values[0]).toBe("¥30,000");
    expect(view?.rows.every((r) => r.values.length === 3)).toBe(true);
    expect(savedComparison(a, { ...b, query: "v=1&price=abc" }, "en")).toBeNull();
  });
});
