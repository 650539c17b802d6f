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
  await expect(notice).toContainText("peak is required when kwhp is given");
  await expect(notice).toContainText("kwhp: left empty instead");
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
  await expect(notice).toContainText("peak is required when hkwhp is given");
  await expect(notice).toContainText("hkwhp: left empty instead");
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
  await expect(notice).toContainText("peakdays = weekdays is allowed only with peak");
  await expect(notice).toContainText("peakdays: left empty instead");
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
  await expect(notice).toContainText('runs = "abc" is not allowed: must be a whole number from 10 to 5000');
  await expect(notice).toContainText('seed = "-1" is not allowed');
  await expect(notice).toContainText('fwin = "yesterday" is not allowed');
  await expect(notice).toContainText('futures = "magic" is not allowed: must be margin, history or walk');
  // the scenario itself opened as the link has it
  await expect(page.getByLabel(/^Rig price/)).toHaveValue("2900");
  await page.waitForTimeout(1000);
  expect(address(page)).toBe(link);
  await page.getByTestId("lang-switch").locator('[data-locale="zh"]').click();
  await expect(notice).toContainText('runs（情景数） = "abc" 不可用，允许：10 到 5000 的整数');
  await expect(notice).toContainText("futures（未来情景的模型）");
  await expect(notice).not.toContainText("must be");
});
