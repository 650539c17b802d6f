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
import { MAX_SAVED } from "../../../lib/present/saved";
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
    expect(readSavedList(writeSavedList(items))).toEqual({ items, problem: null, dropped: 0 });
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

  it("keeps at most MAX_SAVED, dropping the oldest", () => {
    let items: SavedScenario[] = [];
    for (let i = 0; i < MAX_SAVED + 3; i++) items = addSaved(items, { id: `id${i}`, name: `n${i}`, scenario: s9, savedAt: at });
    expect(items).toHaveLength(MAX_SAVED);
    expect(items[0]?.id).toBe(`id${MAX_SAVED + 2}`);
    expect(items.some((i) => i.id === "id0")).toBe(false);
  });

  it("starts empty with a notice on storage it cannot read, and never throws", () => {
    for (const bad of ["{", "garbage", "null", "42", '"text"', "[]", '{"v":2,"items":[]}', '{"v":1,"items":{}}'])
      expect(readSavedList(bad), bad).toEqual({ items: [], problem: "unreadable", dropped: 0 });
    expect(readSavedList(null)).toEqual({ items: [], problem: null, dropped: 0 });
    // one good entry, one whose link no longer opens, one malformed, one repeated id: the good one stays
    const good = { id: "a", name: "ok", query: "v=1&preset=s21", savedAt: at };
    const mixed = JSON.stringify({ v: 1, items: [good, { ...good, id: "b", query: "v=1&price=abc" }, { id: 5 }, good] });
    expect(readSavedList(mixed)).toEqual({ items: [good], problem: "partly", dropped: 3 });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const list = readSavedList(text);
        expect(Array.isArray(list.items)).toBe(true);
      }),
    );
  });

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
