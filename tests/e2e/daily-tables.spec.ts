import { expect, test, type Page } from "@playwright/test";
import { growthChoices, growthChoiceText } from "../../lib/index";
import { expectShown, openAlive, shown } from "./support";

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
  await page.goto("/");
  await expect(page.getByTestId("payback-odds")).not.toBeEmpty();
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
  await expect(page.getByTestId("payback-odds")).not.toBeEmpty();
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
