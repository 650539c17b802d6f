import { expect, type Page } from "@playwright/test";
import { test, scrollToCharts } from "./support";
import { LOCALE_COOKIE } from "../../lib/server";

// Only the Chinese words carry this: the label of a field the English page calls "Hosting minimum term".
const CHINESE_ONLY = "托管最短期限";

/** Errors, warnings and uncaught exceptions the page reports (a hydration mismatch is one of them). */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** The page's own scripts that carry the Chinese words, as they arrive. */
function chineseScripts(page: Page): string[] {
  const found: string[] = [];
  page.on("response", async (r) => {
    if (r.request().resourceType() !== "script" || !r.url().includes("/_next/static/")) return;
    const body = await r.text().catch(() => "");
    if (body.includes(CHINESE_ONLY)) found.push(r.url());
  });
  return found;
}

test("a reader with the Chinese cookie gets Chinese from the first paint, and the page comes to life without a warning", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: LOCALE_COOKIE, value: "zh", url: baseURL ?? "http://127.0.0.1" }]);
  const problems = problemsOf(page);
  const response = await page.goto("/?v=1&preset=s9-2018-huaqiangbei");
  // the first paint is the server's HTML: already Chinese, before any script runs
  const html = (await response?.text()) ?? "";
  expect(html).toContain('<html lang="zh-CN"');
  expect(html).toContain("深圳，2018年1月");
  expect(html).toContain("S9 · 华强北，2018年1月");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("深圳，2018年1月");
  // the odds line is written once the page has come to life (hydrated, its worker answering): in Chinese
  await expect(page.getByTestId("payback-odds").first()).toContainText("个情景中", { timeout: 20_000 });
  // and it answers in Chinese: a refused entry is named by its Chinese label
  await page.getByLabel(/^在线率/).fill("120");
  await expect(page.getByText("在线率须为 0 到 100 的数；“120”不符合。")).toBeVisible();
  await expect(page.getByTestId("lang-switch").locator('[data-locale="zh"]')).toHaveAttribute("aria-pressed", "true");
  expect(problems).toEqual([]);
});

test("an English first visit fetches no Chinese words; switching to Chinese loads them, and back to English", async ({ page }) => {
  const problems = problemsOf(page);
  const chinese = chineseScripts(page);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shenzhen, January 2018");
  await expect(page.getByTestId("payback-odds").first()).toContainText("Pays back in", { timeout: 20_000 });
  expect(chinese).toEqual([]);

  await page.getByTestId("lang-switch").locator('[data-locale="zh"]').click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("深圳，2018年1月");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page).toHaveTitle("Rig Payback 矿机回本 — 一台矿机到底什么时候回本？");
  await expect(page.locator('[data-preset="s9-2018-factory"]')).toHaveText("S9 · 出厂价");
  await expect(page.getByTestId("payback-odds").first()).toContainText("个情景中", { timeout: 20_000 });
  expect(chinese).toHaveLength(1);

  await page.getByTestId("lang-switch").locator('[data-locale="en"]').click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shenzhen, January 2018");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle("Rig Payback — when does a mining rig really pay for itself?");
  // a second switch needs nothing more
  await page.getByTestId("lang-switch").locator('[data-locale="zh"]').click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("深圳，2018年1月");
  expect(chinese).toHaveLength(1);
  expect(problems).toEqual([]);
});

test("when the Chinese words cannot be fetched, the page says so in English and stays usable", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("payback-odds").first()).toContainText("Pays back in", { timeout: 20_000 });
  await scrollToCharts(page);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  // the connection drops: no further script arrives
  await page.route("**/_next/static/chunks/**", (route) => route.abort());
  await page.getByTestId("lang-switch").locator('[data-locale="zh"]').click();
  await expect(page.getByTestId("lang-failed")).toHaveText("简体中文 could not be loaded: check the connection and try again.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shenzhen, January 2018");
  await expect(page.getByTestId("lang-switch").locator('[data-locale="en"]')).toHaveAttribute("aria-pressed", "true");
  await page.getByLabel(/^Uptime/).fill("95");
  await expect(page.getByLabel(/^Uptime/)).toHaveValue("95");

  // back online, the same button tries again
  await page.unroute("**/_next/static/chunks/**");
  await page.getByTestId("lang-switch").locator('[data-locale="zh"]').click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/的 S9|深圳/);
  await expect(page.getByTestId("lang-failed")).toHaveCount(0);
});
