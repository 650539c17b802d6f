import { expect } from "@playwright/test";
import { shownCrossover, test } from "./support";

test("/favicon.ico is a real icon @same-on-phone", async ({ request }) => {
  const res = await request.get("/favicon.ico");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  const body = await res.body();
  // an ICO header: reserved 0, type 1 (icon), three images (16, 32 and 48 px)
  expect([...body.subarray(0, 6)]).toEqual([0, 0, 1, 0, 3, 0]);
});

test("the tab's title follows the language @same-on-phone", async ({ page }) => {
  await page.goto("/?v=1&preset=s21");
  await expect(page).toHaveTitle("Rig Payback — when does a mining rig really pay for itself?");
  await page.getByTestId("lang-switch").locator('[data-locale="zh"]').click();
  await expect(page).toHaveTitle("Rig Payback 矿机回本 — 一台矿机到底什么时候回本？");
  await page.getByTestId("lang-switch").locator('[data-locale="en"]').click();
  await expect(page).toHaveTitle("Rig Payback — when does a mining rig really pay for itself?");
});

test("at 0 % uptime the card says nothing runs, and why there is no crossover price", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&mode=compare&up=0");
  const card = page.getByTestId("shutdown").first();
  await expect(card).toContainText("Never runs");
  await expect(card).toContainText("0 % uptime: nothing is mined and no power is drawn");
  await expect(card).not.toContainText("always covers power");
  await expect(page.getByTestId("crossover")).toHaveText(
    "At 0 % uptime no power is drawn, so no electricity price changes the comparison: there is no crossover price.",
  );
});

test("the sentence without a crossover price says which side stays ahead, without a validator's range @same-on-phone", async ({ page }) => {
  const query = "v=1&preset=s9-2018-huaqiangbei&mode=compare&hfee=100000";
  await page.goto(`/?${query}`);
  await expect(page.getByTestId("crossover")).toHaveText(shownCrossover(query));
  await expect(page.getByTestId("crossover")).toContainText("Running the rigs yourself beats this hosting offer");
  await expect(page.getByTestId("crossover")).not.toContainText("¥10");
});
