import { expect, type Page } from "@playwright/test";
import { growthChoices, growthChoiceText } from "../../lib/server";
import { expectShown, openAlive, shown, test, scrollToCharts } from "./support";

// The first figure of the recorded difficulty (data/history-table.ts): a script holding it carries the daily tables.
const DAILY_MARK = "3091220.95474943";

/** Counts the page's own scripts (not the worker's) that carry the daily history tables. */
function countDailyScripts(page: Page): () => number {
  let count = 0;
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script" || !response.url().includes("/_next/static/chunks/")) return;
    const body = await response.text().catch(() => "");
    if (body.includes(DAILY_MARK)) count++;
  });
  return () => count;
}

test("the opening page comes without the recorded daily tables; switching history on brings them once and replays", async ({ page }) => {
  const daily = countDailyScripts(page);
  await openAlive(page, "/");
  // the trend choices of the opening date came from the server
  await expect(page.locator('[data-growth="trend12"]')).toBeVisible();
  await page.waitForTimeout(500);
  expect(daily()).toBe(0);

  await page.getByTestId("history-toggle").check();
  await expect(page.getByTestId("history-note")).toBeVisible();
  await expectShown(page, shown("v=1&preset=s9-2018-huaqiangbei&hist=1"));
  expect(daily()).toBe(1);
  // off and on again: nothing more to fetch
  await page.getByTestId("history-toggle").uncheck();
  await expect(page.getByTestId("history-note")).toHaveCount(0);
  await page.getByTestId("history-toggle").check();
  await expect(page.getByTestId("history-note")).toBeVisible();
  expect(daily()).toBe(1);
});

test("a link that replays brings the tables with the page: its answer at once, no console error", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  const daily = countDailyScripts(page);
  await page.goto("/?v=1&preset=s9-2018-replay");
  await expect(page.getByTestId("headline")).toHaveText("Does not pay back within 1,447 days");
  await expect(page.getByTestId("payback-odds").first()).toHaveAttribute("aria-busy", "false", { timeout: 20_000 });
  // the page has come to life on the replay: a change is answered
  await page.getByLabel(/^Number of rigs/).fill("2");
  await expect(page).toHaveURL(/n=2/);
  await expectShown(page, shown("v=1&preset=s9-2018-replay&n=2"));
  expect(daily()).toBe(1);
  expect(errors).toEqual([]);
});

test("a new start date gets its recorded trend once the tables arrive @same-on-phone", async ({ page }) => {
  await openAlive(page, "/");
  await page.getByText("Start date and block height").click();
  await page.locator("#f-date").fill("2020-01-15");
  // growthChoices("2020-01-15"): the 12 months before the date, measured on the recorded tables
  const trend = growthChoices("2020-01-15").find((c) => c.id === "trend" && c.months === 12);
  if (!trend) throw new Error("2020-01-15 has a 12-month trend");
  const chip = page.locator('[data-growth="trend12"]');
  await expect(chip).toContainText(growthChoiceText(trend, "en").rates);
  await chip.click();
  await expect(page.getByLabel(/^Difficulty growth/)).toHaveValue(trend.difficultyGrowthPctPerMonth);
  await expect(page.getByTestId("growth-choices")).toHaveAttribute("aria-busy", "false");
});

/**
 * Makes every chunk of the page's that holds `mark` fail to load (as when the connection drops), or
 * arrive `delayMs` late (a slow connection); returns the undo.
 */
async function failChunksWith(page: Page, mark: string, delayMs?: number): Promise<() => Promise<void>> {
  const pattern = "**/_next/static/chunks/**";
  await page.route(pattern, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (!body.includes(mark)) await route.fulfill({ response, body });
    else if (delayMs === undefined) await route.abort();
    else {
      await new Promise((r) => setTimeout(r, delayMs));
      await route.fulfill({ response, body });
    }
  });
  return () => page.unroute(pattern);
}

test("when the tables cannot be fetched the page says so, keeps the answer before, and tries again on request", async ({ page }) => {
  await openAlive(page, "/");
  const before = await page.getByTestId("headline").textContent();
  const back = await failChunksWith(page, DAILY_MARK);
  await page.getByTestId("history-toggle").check();
  const failed = page.getByTestId("daily-failed");
  await expect(failed).toContainText("The recorded history could not be loaded. The figures shown are for the scenario before.");
  await expect(page.getByTestId("headline")).toHaveText(before ?? "");
  await expect(page.getByTestId("history-note")).toHaveCount(0);
  // back online: one click replays
  await back();
  await failed.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByTestId("history-note")).toBeVisible();
  await expect(failed).toHaveCount(0);
  await expectShown(page, shown("v=1&preset=s9-2018-huaqiangbei&hist=1"));
});

test("a part of the page whose chunk cannot be fetched says so; the rest keeps working @same-on-phone", async ({ page }) => {
  // the charts' library (its class names mark its chunk) never arrives
  await failChunksWith(page, "recharts-wrapper");
  await openAlive(page, "/");
  await scrollToCharts(page);
  await expect(page.getByTestId("part-failed").first()).toContainText("This part of the page could not be loaded");
  await expect(page.getByTestId("part-failed").first().getByRole("button", { name: "Reload the page" })).toBeVisible();
  // the form and the answer still work
  await page.getByLabel(/^Number of rigs/).fill("2");
  await expect(page).toHaveURL(/n=2/);
  await expectShown(page, shown("v=1&preset=s9-2018-huaqiangbei&n=2"));
});

test("a replay preset waits for the tables with its chip busy, and opens once they are in, even after a failed load", async ({ page }) => {
  await openAlive(page, "/");
  const chip = page.locator('[data-preset="s9-2018-replay"]');
  // the connection drops: the tables cannot come, the page says so and keeps what it shows
  const back = await failChunksWith(page, DAILY_MARK);
  await chip.click();
  const failed = page.getByTestId("daily-failed");
  await expect(failed).toBeVisible();
  await expect(page).not.toHaveURL(/preset=s9-2018-replay/);
  // back online but slow: after one try again the chip is busy while the tables come, then the preset opens
  await back();
  await failChunksWith(page, DAILY_MARK, 1500);
  await failed.getByRole("button", { name: "Try again" }).click();
  await expect(chip).toHaveAttribute("aria-busy", "true");
  await expect(page).toHaveURL(/preset=s9-2018-replay/);
  await expect(page.getByTestId("headline")).toHaveText("Does not pay back within 1,447 days");
  await expect(chip).toHaveAttribute("aria-busy", "false");
  await expect(chip).toHaveAttribute("aria-pressed", "true");
});
