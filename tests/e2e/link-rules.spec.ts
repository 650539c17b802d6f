import { expect, type Page } from "@playwright/test";
import { test } from "./support";

/** What the address bar holds: the path and the query, as sent or as the page wrote it. */
const address = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

test("a peak price without peak hours is dropped and named; the link's S21 and its other values open", async ({ page }) => {
  // the API refuses this link naming the peak hours; the page opens the rest of it and says what it left out
  const link = "/?v=1&preset=s21&kwhp=0.12&kwh=0.03&days=100";
  await page.goto(link);
  const notice = page.getByTestId("link-notice");
  // in the reader's words: each field by its label, no key of the link
  await expect(notice).toContainText("The link gives “Peak electricity price” without “Peak hours”, which it needs.");
  await expect(notice).toContainText("Peak electricity price is left empty instead.");
  await expect(notice).not.toContainText("kwhp");
  // the S21 in dollars, not the page's default S9 of January 2018 in yuan
  await expect(page.getByLabel(/^Hashrate/)).toHaveValue("200");
  await expect(page.getByLabel(/^Rig price/)).toHaveValue("2900");
  await expect(page.locator("#f-days")).toHaveValue("100");
  await expect(page.locator("#f-kwh")).toHaveValue("0.03");
  await expect(page.locator("#f-cur")).toHaveValue("USD");
  // the address bar keeps the link as sent, well past the 250 ms the page waits before writing it
  await page.waitForTimeout(1000);
  expect(address(page)).toBe(link);
});

test("a hosted peak price without peak hours in compare mode: dropped and named, compare mode kept", async ({ page }) => {
  const link = "/?v=1&preset=s21&mode=compare&hkwh=0.05&hkwhp=0.12&days=100";
  await page.goto(link);
  const notice = page.getByTestId("link-notice");
  await expect(notice).toContainText("The link gives “Peak hosting price” without “Peak hours”, which it needs.");
  await expect(notice).toContainText("Peak hosting price is left empty instead.");
  await expect(page.getByLabel(/^Rig price/)).toHaveValue("2900");
  await expect(page.getByRole("textbox", { name: /^Hosting price/ })).toHaveValue("0.05");
  await expect(page.locator("#f-days")).toHaveValue("100");
  await expect(page.getByTestId("crossover")).toBeVisible();
  await page.waitForTimeout(1000);
  expect(address(page)).toBe(link);
});

test("weekday-only peak days without peak hours are dropped and named; the link's S21 and its other values open", async ({ page }) => {
  const link = "/?v=1&preset=s21&kwh=0.03&days=100&peakdays=weekdays";
  await page.goto(link);
  const notice = page.getByTestId("link-notice");
  await expect(notice).toContainText("The link gives “Peak days” (“weekdays”) without “Peak hours”, which it needs.");
  await expect(notice).toContainText("Peak days is left empty instead.");
  await expect(page.getByLabel(/^Rig price/)).toHaveValue("2900");
  await expect(page.locator("#f-days")).toHaveValue("100");
  await expect(page.locator("#f-kwh")).toHaveValue("0.03");
  // one price all day: the time-of-use row offers its choices
  await expect(page.getByTestId("tou-self")).toContainText("one price all day");
  await page.waitForTimeout(1000);
  expect(address(page)).toBe(link);
});

test("bad futures settings in a link are named in the notice, in English and in Chinese", async ({ page }) => {
  const link = "/?v=1&preset=s21&runs=abc&seed=-1&fwin=yesterday&futures=magic";
  await page.goto(link);
  const notice = page.getByTestId("link-notice");
  await expect(notice).toContainText("Number of futures in the link, “abc”, cannot be used: it must be a whole number from 10 to 5000.");
  // 2147483647 grouped as the form writes numbers
  await expect(notice).toContainText("Random seed in the link, “-1”, cannot be used: it must be a whole number from 0 to 2,147,483,647.");
  await expect(notice).toContainText("History the futures are drawn from in the link, “yesterday”, is not one this page knows.");
  await expect(notice).toContainText("Model of the futures in the link, “magic”, is not one this page knows.");
  // the scenario itself opened as the link has it
  await expect(page.getByLabel(/^Rig price/)).toHaveValue("2900");
  await page.waitForTimeout(1000);
  expect(address(page)).toBe(link);
  await page.getByTestId("lang-switch").locator('[data-locale="zh"]').click();
  await expect(notice).toContainText("链接中的情景数“abc”无法使用：应为 10 到 5000 的整数。");
  await expect(notice).toContainText("链接中的未来情景的模型“magic”不是本页已有的选项。");
  await expect(notice).not.toContainText("must be");
  await expect(notice).not.toContainText("runs");
});
