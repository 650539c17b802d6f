import { expect } from "@playwright/test";
import { expectShown, shown, test, scrollToCharts, scrollToViews } from "./support";

test.describe("a reader whose browser asks for Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("gets the page in Chinese, with the same figures as the command line", async ({ page }) => {
    const query = "v=1&preset=s9-2018-huaqiangbei";
    await page.goto(`/?${query}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("深圳，2018年1月");
    // the preset's era figures (difficulty +16.7 % a month, 4 % pool fee, 1,400 W): no payback in three years
    await expect(page.getByTestId("headline")).toHaveText("3 年内无法回本");
    await expectShown(page, shown(query, { locale: "zh" }));
    await expect(page.locator('[data-preset="s9-2018-huaqiangbei"]')).toHaveText("S9 · 华强北，2018年1月");
    await expect(page.locator('[data-preset="s9-2018-factory"]')).toHaveText("S9 · 出厂价");
    await expect(page.locator('[data-preset="s9-2018-used"]')).toHaveText("S9 · 二手");
    await expect(page.getByLabel(/^矿机价格/)).toHaveValue("30000");
    // the charts and the heat maps are labelled in Chinese too
    await scrollToCharts(page);
    await expect(page.getByText("累计盈亏", { exact: true })).toBeVisible();
    await scrollToViews(page);
    await expect(page.getByTestId("heat-growth")).toContainText("回本日，按 BTC 价格增长和难度增长");
  });

  test("is told in Chinese what was refused, naming the field by its label", async ({ page }) => {
    await page.goto("/?v=1&preset=s21&price=abc&zzz=1");
    const notice = page.getByTestId("link-notice");
    await expect(notice).toContainText("这个链接有部分内容被拒绝");
    await expect(notice).toContainText("链接中的矿机价格“abc”无法使用：应为 0 到 1,000,000,000 的数。");
    await expect(notice).toContainText("矿机价格：改用 2,900（示例的取值）。");
    await expect(notice).toContainText("链接里有本页不认识的一项“zzz”：已忽略。");
    await expect(notice).not.toContainText("price");
    await page.getByLabel(/^在线率/).fill("120");
    // the form names the field by its label, in Chinese
    await expect(page.getByText("在线率须为 0 到 100 的数；“120”不符合。")).toBeVisible();
    await expect(page.getByLabel(/^在线率/)).toHaveAttribute("aria-invalid", "true");
  });
});

test("switching the language keeps the link and the figures, and is remembered @same-on-phone", async ({ page }) => {
  // written in the page's own (canonical) key order, so the address bar keeps it as it is
  const query = "v=1&preset=s9-2018-huaqiangbei&dg=6&mode=compare&hfee=60";
  await page.goto(`/?${query}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("headline")).toContainText("Pays back on day");
  const [en, zh] = [shown(query), shown(query, { locale: "zh" })];
  await expectShown(page, en);
  const url = page.url();
  expect(url.endsWith(`/?${query}`)).toBe(true);

  await page.getByTestId("lang-switch").locator('[data-locale="zh"]').click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("¥30,000 的 S9");
  await expect(page.getByTestId("headline")).toContainText("天回本");
  await expect(page.getByTestId("crossover")).toContainText("自营就优于这份托管报价");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByTestId("lang-switch").locator('[data-locale="zh"]')).toHaveAttribute("aria-pressed", "true");
  // (a changed scenario is titled by what it is, in the reader's language)
  // the language is not part of the scenario: the link is the same
  await page.waitForTimeout(400);
  expect(page.url()).toBe(url);
  await expectShown(page, zh);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("¥30,000 的 S9");
  await expectShown(page, zh);

  await page.getByTestId("lang-switch").locator('[data-locale="en"]').click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("S9 at ¥30,000");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("S9 at ¥30,000");
  expect(page.url()).toBe(url);
  await expectShown(page, en);
});
