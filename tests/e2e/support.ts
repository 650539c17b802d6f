import { expect, test as base, type Page } from "@playwright/test";

/** Waits until the page in the tab has come to life (after a link that loads a new page, say). */
export async function cameToLife(page: Page): Promise<void> {
  await page.locator("html[data-ready]").waitFor({ state: "attached", timeout: 20_000 });
}

/**
 * The browser tests' `test`: its page's `goto` returns once an HTML page of the app has come to life
 * (`<html data-ready>`, app/hooks/useReadyMark.ts), as a person waits for the page before typing.
 * Keys pressed before that land in the server's HTML and are not read. Other answers (JSON, images)
 * return as they load.
 */
export const test = base.extend({
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (response?.headers()["content-type"]?.startsWith("text/html") && response.ok()) await cameToLife(page);
      return response;
    };
    await provide(page);
    // a route still answering a chunk when the test ends (a delayed or failing chunk) ends quietly
    await page.unrouteAll({ behavior: "ignoreErrors" });
  },
});
import { compareView, moneyView, parseQuery, resultJson, sideView, simulate, type Locale, type SideName } from "../../lib/server";

function simulationOf(query: string) {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return simulate(parsed.scenario);
}

/** What the CLI's --json (the same codec and engine) says for a query. */
export function expected(query: string) {
  return resultJson(simulationOf(query));
}

export interface Shown {
  headline: string | null;
  roi: string | null;
  net: string | null;
}

/**
 * A side's answer as a person reads it in its card: the headline (day and date, or the horizon),
 * the ROI and the net profit, for the engine's run of the query (the same run the CLI prints).
 */
export function shown(query: string, { side, locale = "en" }: { side?: SideName; locale?: Locale } = {}): Shown {
  const sim = simulationOf(query);
  const name = side ?? (sim.self ? "self" : "hosted");
  const x = sim[name];
  if (!x) throw new Error(`${query} has no ${name} side`);
  const view = sideView(name, x, sim.scenario, sim.finalBtcPrice, locale);
  return { headline: view.headline, roi: view.roiText, net: view.netProfitText };
}

/** The net profit a coin-policy column of the money panel shows for a query. */
export function shownPolicy(query: string, policy: "daily" | "hold" | "cover" | "btc", locale: Locale = "en"): string {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const column = moneyView(parsed.scenario, locale).columns.find((c) => c.id === policy);
  if (!column) throw new Error(`${query} has no ${policy} column`);
  return column.netProfitText;
}

/** The crossover sentence compare mode shows for a query. */
export function shownCrossover(query: string, locale: Locale = "en"): string {
  const view = compareView(simulationOf(query), locale);
  if (!view) throw new Error(`${query} is not in compare mode`);
  return view.crossover;
}

/** What the page shows in the primary side's card (self-run in compare mode), or in the hosted card. */
export async function headline(page: Page, side: "primary" | "hosted" = "primary"): Promise<Shown> {
  const id = (name: string) => (side === "primary" ? name : `hosted-${name}`);
  return {
    headline: await page.getByTestId(id("headline")).textContent(),
    roi: await page.getByTestId(id("roi-pct")).textContent(),
    net: await page.getByTestId(id("net-profit")).textContent(),
  };
}

/** Waits (up to `timeout` ms) until the card shows `want`'s headline, then checks all three figures at once. */
export async function expectShown(
  page: Page,
  want: Shown,
  { side = "primary", timeout }: { side?: "primary" | "hosted"; timeout?: number } = {},
): Promise<void> {
  await expect(page.getByTestId(side === "primary" ? "headline" : "hosted-headline")).toHaveText(want.headline ?? "", { timeout });
  expect(await headline(page, side)).toEqual(want);
}

/** The break-even day in a headline ("Pays back on day 1,234, …", "第 189 天回本…"), or null if it never pays back. */
export function dayIn(headlineText: string | null): number | null {
  const found = /day ([\d,]+)|第 ([\d,]+) 天/.exec(headlineText ?? "");
  const digits = found?.[1] ?? found?.[2];
  return digits === undefined ? null : Number(digits.replace(/,/g, ""));
}

/**
 * Opens a page and waits until it has come to life (hydrated, its worker answering: the odds line
 * is no longer busy), as a person who starts typing after the page shows its answer. Keys pressed
 * before that land in the server's HTML and are not read.
 */
export async function openAlive(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId("payback-odds").first()).toHaveAttribute("aria-busy", "false", { timeout: 20_000 });
}

/**
 * Scrolls down to the charts, as a reader does: they are drawn when they come near the screen
 * (app/components/NearScreen.tsx), not while the page comes to life.
 */
export async function scrollToCharts(page: Page): Promise<void> {
  await page.locator("section.panel.charts").scrollIntoViewIfNeeded({ timeout: 20_000 });
}

/** Scrolls down to the sensitivity views (heat maps, what matters most, range of futures), drawn near the screen. */
export async function scrollToViews(page: Page): Promise<void> {
  // the place kept for them gives way to the views as it comes near: scroll to whichever is there
  await expect(async () => {
    await page.getByTestId("sensitivity").or(page.getByTestId("sensitivity-waiting")).first().scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(page.getByTestId("sensitivity")).toBeAttached({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await page.getByTestId("sensitivity").scrollIntoViewIfNeeded();
}

/**
 * On a phone a known rig's hashrate and power are folded into one button beside the ranking link
 * (app/components/ScenarioForm.tsx): a person taps it before typing them. On a wide screen they are
 * always open and nothing is tapped.
 */
export async function openRigSpecs(page: Page): Promise<void> {
  const toggle = page.getByTestId("specs-toggle");
  if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
  await expect(page.getByRole("textbox", { name: /^(Hashrate|算力)/ })).toBeVisible();
}
