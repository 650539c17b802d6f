import { expect } from "@playwright/test";
import { dayIn, expectShown, shown, test, scrollToViews } from "./support";
import { SALESPERSON_S9 } from "../support/scenarios";

test("the heat maps mark the scenario's own cell with its break-even day", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&dg=4");
  await scrollToViews(page);
  const growth = page.getByTestId("heat-growth");
  await expect(growth).toBeVisible({ timeout: 20_000 });
  const own = growth.locator("td.own");
  await expect(own).toHaveCount(1);
  // the outlined cell is the scenario itself: the same day as the headline
  const day = dayIn(await page.getByTestId("headline").textContent());
  expect(day).not.toBeNull();
  await expect(own).toHaveText(String(day));
  await expect(page.getByTestId("heat-prices").locator("td.own")).toHaveCount(1);
});

test("the tornado ranks the inputs, largest effect first, and its link opens on it", async ({ page }) => {
  // the salesperson's flat S9: no growth, no pool fee, so the bars are the pure ratios below
  await page.goto(`/?${SALESPERSON_S9}`);
  await scrollToViews(page);
  await page.getByRole("tab", { name: "What matters most" }).click();
  await expect(page).toHaveURL(/sens=tornado/);
  await page.reload();
  await expect(page.getByRole("tab", { name: "What matters most" })).toHaveAttribute("aria-selected", "true");
  const bars = page.getByTestId("tornado").locator("li");
  await expect(bars.first()).toBeVisible({ timeout: 20_000 });
  // flat figures: −20 % difficulty raises revenue by 25 %, more than ±20 % of hashrate or price
  await expect(bars.nth(2)).toContainText("Network difficulty");
});

test("the tornado reads in net profit: its own figure the centre line, inputs in miners' units, a table for screen readers", async ({
  page,
}) => {
  await page.goto(`/?${SALESPERSON_S9}&sens=tornado`);
  await scrollToViews(page);
  const tornado = page.getByTestId("tornado");
  await expect(tornado.locator("li").first()).toBeVisible({ timeout: 20_000 });
  // the axis is net profit (¥0 … ¥250k around the golden case's ¥129,153), not a change either way
  await expect(tornado.locator(".axis-tick").first()).toHaveText("¥0");
  await expect(tornado.locator(".axis-tick").last()).toHaveText("¥250k");
  await expect(tornado).toContainText("your scenario: ¥129,153");
  // the difficulty as the form shows it, in T: 2,227,847,638,503.63 ± 20 %
  const difficulty = tornado.locator("li").filter({ hasText: "Network difficulty" });
  await expect(difficulty).toContainText("1.78\u00a0T … 2.67\u00a0T");
  // the same figures in a table
  const row = page.getByTestId("tornado-table").getByRole("row", { name: /Rig price/ });
  await expect(row).toContainText("¥24,000");
  await expect(row).toContainText("¥135,153");
});

test("the range of futures is seeded, shows progress, and the page answers input while it runs @same-on-phone", async ({ page }) => {
  // 3,000 futures run twice (about 5 s each on an idle core), each awaited for up to a minute
  test.setTimeout(120_000);
  // the random walk runs in batches and says how far it is
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&dg=4&runs=3000&seed=5&futures=walk");
  await scrollToViews(page);
  await page.getByRole("tab", { name: "Range of futures" }).click();
  await expect(page.getByTestId("sens-status")).toContainText("Running futures", { timeout: 20_000 });
  // while the worker runs, typing still updates the answer at once: the figures of the new price
  await page.getByLabel(/^Rig price/).fill("10000");
  await expectShown(page, shown("v=1&preset=s9-2018-huaqiangbei&price=10000&dg=4"), { timeout: 2_000 });
  await expect(page).toHaveURL(/price=10000&dg=4&sens=futures&seed=5&runs=3000&futures=walk$/);
  const summary = page.getByTestId("futures-summary");
  await expect(summary).toContainText("of 3000 futures", { timeout: 60_000 });
  const first = await summary.textContent();
  await page.reload();
  await scrollToViews(page);
  await page.getByRole("tab", { name: "Range of futures" }).click();
  await expect(summary).toHaveText(first ?? "", { timeout: 60_000 });
});
