/**
 * The public entries: lib/index.ts is a short, curated list, and importing it (or the page's
 * lib/form.ts, lib/views.ts) installs nothing; lib/server.ts installs the Chinese words and the daily
 * history tables, then offers the same names. The layers themselves are checked on the whole import
 * graph by `npm run layers` (.dependency-cruiser.cjs).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";

const ROOT = join(__dirname, "..", "..");

/** The names an entry's `export { … } from` lists give, types included. */
function listedNames(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const names: string[] = [];
  for (const match of text.matchAll(/export\s*\{([^}]*)\}\s*from/g)) {
    for (const part of (match[1] ?? "").split(",")) {
      const name = part.trim().replace(/^type\s+/, "");
      if (name !== "") names.push(name);
    }
  }
  return names;
}

describe("the public entries", () => {
  it("lib/index.ts lists at most 80 names, each once", () => {
    const names = listedNames("lib/index.ts");
    expect(names.length).toBeGreaterThan(40);
    expect(names.length).toBeLessThanOrEqual(80);
    expect(new Set(names).size).toBe(names.length);
  });

  it("lib/index.ts, lib/form.ts, lib/views.ts and lib/ranking.ts install no table when imported; lib/server.ts installs both", async () => {
    // a fresh copy of the modules, as the page has them before it loads anything
    vi.resetModules();
    const registry = await import("../../lib/i18n/registry");
    const daily = await import("../../lib/history/daily");
    const index = await import("../../lib/index");
    await import("../../lib/form");
    await import("../../lib/views");
    await import("../../lib/ranking");
    expect(registry.isLocaleLoaded("zh")).toBe(false);
    expect(daily.dailyTablesLoaded()).toBe(false);
    expect(index.isLocaleLoaded("zh")).toBe(false);
    const server = await import("../../lib/server");
    expect(registry.isLocaleLoaded("zh")).toBe(true);
    expect(daily.dailyTablesLoaded()).toBe(true);
    // the server's entry offers every public name, the same functions
    for (const [name, value] of Object.entries(index)) expect(server[name as keyof typeof server], name).toBe(value);
  });
});
