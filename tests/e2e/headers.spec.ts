import { expect, test } from "@playwright/test";

test("the page runs under its Content-Security-Policy with no violation or error", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  const response = await page.goto("/?v=1&preset=s9-2018-huaqiangbei&sens=futures&runs=100");
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // the charts, the worker and its results all load
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.getByTestId("futures-summary")).toContainText("of 100 futures", { timeout: 30_000 });
  expect(problems).toEqual([]);
});
