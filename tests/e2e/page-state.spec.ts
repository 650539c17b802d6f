import { expect, type Page } from "@playwright/test";
import { test, scrollToViews } from "./support";

// The page's own keys (the open view, the futures settings) ride in the address bar beside the
// scenario: back and forward bring them back, and a reload opens them again.

function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

function futuresField(page: Page, label: RegExp) {
  return page.getByTestId("futures").getByLabel(label);
}

function tab(page: Page, name: string) {
  return page.getByRole("tab", { name });
}

test("back and forward restore the open view and the futures settings @same-on-phone", async ({ page }) => {
  // 10 futures keep the worker's runs short
  // the random walk: the view whose volatility can be set
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&runs=10&futures=walk");
  await scrollToViews(page);
  await tab(page, "Range of futures").click();
  await expect.poll(() => query(page).get("sens")).toBe("futures");
  await futuresField(page, /^Volatility/).fill("80");
  await expect.poll(() => query(page).get("vol")).toBe("80");

  // a preset is a step of its own in the history; the view and its settings come along
  await page.locator('[data-preset="s21"]').click();
  await expect.poll(() => query(page).get("preset")).toBe("s21");
  expect(query(page).get("sens")).toBe("futures");
  await expect(futuresField(page, /^Volatility/)).toHaveValue("80");

  // on the new entry: another volatility, another view
  await futuresField(page, /^Volatility/).fill("30");
  await expect.poll(() => query(page).get("vol")).toBe("30");
  await tab(page, "What matters most").click();
  await expect.poll(() => query(page).get("sens")).toBe("tornado");

  await page.goBack();
  await expect.poll(() => query(page).get("preset")).toBe("s9-2018-huaqiangbei");
  await expect(tab(page, "Range of futures")).toHaveAttribute("aria-selected", "true");
  await expect(futuresField(page, /^Volatility/)).toHaveValue("80");
  await expect(futuresField(page, /^Futures/)).toHaveValue("10");
  await expect(page.getByLabel(/^Hashrate/)).toHaveValue("13.5");
  // nothing written later overwrites the entry gone back to (the address bar is replaced 250 ms after a change)
  await page.waitForTimeout(800);
  expect(query(page).get("vol")).toBe("80");
  expect(query(page).get("sens")).toBe("futures");

  await page.goForward();
  await expect.poll(() => query(page).get("preset")).toBe("s21");
  await expect(tab(page, "What matters most")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("tornado")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel(/^Hashrate/)).toHaveValue("200");
  await tab(page, "Range of futures").click();
  await expect(futuresField(page, /^Volatility/)).toHaveValue("30");
  await expect.poll(() => query(page).get("vol")).toBe("30");
});

test("the futures settings and the open view survive a reload, and a bad value opens the default", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&sens=futures&vol=72.5&seed=9&runs=20&futures=walk");
  await scrollToViews(page);
  await expect(tab(page, "Range of futures")).toHaveAttribute("aria-selected", "true");
  await expect(futuresField(page, /^Volatility/)).toHaveValue("72.5");
  await expect(futuresField(page, /^Seed/)).toHaveValue("9");
  await expect(futuresField(page, /^Futures/)).toHaveValue("20");
  await expect(page.getByTestId("futures-summary")).toContainText("of 20 futures", { timeout: 30_000 });

  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&sens=futures&runs=99999&seed=3&futures=walk");
  await scrollToViews(page);
  await expect(tab(page, "Range of futures")).toHaveAttribute("aria-selected", "true");
  // runs allows 10 … 5000: the default 1000 opens; the seed is kept
  await expect(futuresField(page, /^Futures/)).toHaveValue("1000");
  await expect(futuresField(page, /^Seed/)).toHaveValue("3");
});
