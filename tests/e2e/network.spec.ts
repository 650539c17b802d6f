import { expect } from "@playwright/test";
import { test } from "./support";

// The server runs with NETWORK_REFRESH=off (playwright.config.ts): the modern presets are on the
// stored network of 2026-02-01, from the history tables. The reader's today is pinned per test.

test("a modern preset says its network's date and source, and warns when it is over 30 days old", async ({ page }) => {
  // 2026-02-01 → 2026-04-01: 28 + 31 = 59 days
  await page.clock.setFixedTime(new Date("2026-04-01T10:00:00"));
  await page.goto("/?v=1&preset=s21");
  await expect(page.getByTestId("network-line")).toContainText("Network of 2026-02-01, recorded history");
  await expect(page.getByTestId("network-stale")).toHaveText(
    "These network figures are 59 days old: check today's difficulty, fees and BTC price before you buy.",
  );
  // 141,668,107,417,558.22 × 2^32 / 600 s / 1e18 = 1,014.1 EH/s
  await expect(page.getByTestId("implied-hashrate")).toContainText("1,014.1 EH/s");

  await page.getByTestId("lang-switch").locator('[data-locale="zh"]').click();
  await expect(page.getByTestId("network-line")).toContainText("2026-02-01 的网络数据，来源：历史记录");
  await expect(page.getByTestId("network-stale")).toContainText("这些网络数据已有 59 天");
  await expect(page.getByTestId("implied-hashrate")).toContainText("难度对应的全网算力： 1,014.1 EH/s");
});

test("no warning while the network is 30 days old or less", async ({ page }) => {
  // 2026-02-01 → 2026-03-03: 30 days
  await page.clock.setFixedTime(new Date("2026-03-03T10:00:00"));
  await page.goto("/?v=1&preset=s21");
  await expect(page.getByTestId("network-line")).toContainText("Network of 2026-02-01");
  // the age is judged after the page runs in the browser: give it the chance to appear, then check it did not
  await expect(page.getByTestId("implied-hashrate")).toBeVisible();
  await page.waitForTimeout(300);
  await expect(page.getByTestId("network-stale")).toHaveCount(0);
});

test("the difficulty in miners' units: 126T gives 901.9 EH/s, and the link carries the whole network", async ({ page }) => {
  await page.goto("/?v=1&preset=s21");
  const diff = page.getByLabel(/^Network difficulty/);
  await diff.fill("126T");
  // 1.26e14 × 2^32 / 600 / 1e18 = 901.94 EH/s
  await expect(page.getByTestId("implied-hashrate")).toContainText("901.9 EH/s");
  await expect(page).toHaveURL(/[?&]date=2026-02-01&h=934553&diff=126000000000000&fees=0.043&btc=80527.06(&|$)/);
  await page.reload();
  await expect(diff).toHaveValue("126000000000000");
  await expect(page.getByTestId("implied-hashrate")).toContainText("901.9 EH/s");
});

test("the 2018 presets carry their own network: no line about today's, the 2018 hashrate @same-on-phone", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei");
  await expect(page.getByTestId("network-line")).toHaveCount(0);
  // 2,227,847,638,503.63 × 2^32 / 600 / 1e18 = 15.9 EH/s
  await expect(page.getByTestId("implied-hashrate")).toContainText("15.9 EH/s");
  await page.locator('[data-preset="m60s"]').click();
  await expect(page.getByTestId("network-line")).toContainText("Network of 2026-02-01, recorded history");
});
