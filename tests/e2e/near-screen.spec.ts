import { expect } from "@playwright/test";
import { test } from "./support";

/**
 * The charts and the sensitivity views sit below the answer on every width: they are drawn when a
 * reader scrolls near them (or prints), not while the page comes to life (app/components/NearScreen.tsx).
 * The charts' library comes with the first of them: a script whose text holds its class names.
 */
// on a desktop the opening page's charts start within a screen of the first view, and are drawn at once
test("on a phone the charts and the views wait below the answer until the reader scrolls to them @phone-only", async ({ page }) => {
  const charting: string[] = [];
  page.on("response", async (response) => {
    if (!response.url().includes("/_next/static/chunks/") || !response.url().endsWith(".js")) return;
    if ((await response.text().catch(() => "")).includes("recharts-wrapper")) charting.push(response.url());
  });
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei");
  await expect(page.getByTestId("headline")).toBeVisible();
  // the panels above the charts are answered; the charts keep their place, undrawn
  await expect(page.getByTestId("fair-sentence")).toBeVisible({ timeout: 20_000 });
  const place = page.locator("section.panel.charts .chart-skeleton");
  await expect(place).toHaveCount(1);
  const kept = await place.boundingBox();
  // the views' place carries their heading for a reader who moves by headings
  await expect(page.getByTestId("sensitivity-waiting").getByRole("heading", { name: "How sure is the answer" })).toBeAttached();
  await page.waitForTimeout(1_000);
  expect(await page.locator(".recharts-wrapper").count()).toBe(0);
  expect(charting).toEqual([]);

  // scrolled to: drawn, in the place kept for them (at least as tall as the drawing: nothing below jumps up)
  await page.locator("section.panel.charts").scrollIntoViewIfNeeded();
  await expect(page.locator("figure.chart .recharts-wrapper")).toHaveCount(2, { timeout: 20_000 });
  expect(charting.length).toBeGreaterThan(0);
  const drawn = await page.locator("section.panel.charts .chart-stack").boundingBox();
  expect(Math.abs((drawn?.height ?? 0) - (kept?.height ?? 0))).toBeLessThan(200);
  await page.getByTestId("sensitivity-waiting").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("heat-growth")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("sensitivity-waiting")).toHaveCount(0);
});

test("printing draws the charts and the views the reader never scrolled to @phone-only", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei");
  await expect(page.getByTestId("fair-sentence")).toBeVisible({ timeout: 20_000 });
  expect(await page.locator(".recharts-wrapper").count()).toBe(0);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("figure.chart .recharts-wrapper")).toHaveCount(2, { timeout: 20_000 });
  await expect(page.getByTestId("heat-growth")).toBeAttached({ timeout: 20_000 });
});
