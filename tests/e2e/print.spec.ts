import { expect, type Page } from "@playwright/test";
import { test, scrollToCharts, scrollToViews } from "./support";

/**
 * Printing on A4: the answer, its charts and the scenario as text, without the screen's controls.
 * The page box is 210 mm wide with 10 mm margins (`@page` in app/globals.css), so everything has
 * to fit in 190 mm = 190 / 25.4 × 96 ≈ 718 px at the 96 px an inch CSS uses.
 */
const PRINTABLE_WIDTH_PX = Math.floor(((210 - 2 * 10) / 25.4) * 96);

/** Page objects in a PDF ("/Type /Page", not the "/Type /Pages" tree nodes). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

async function settled(page: Page) {
  await expect(page.getByTestId("headline")).toBeVisible();
  await scrollToCharts(page);
  await expect(page.locator("figure.chart .recharts-wrapper")).toHaveCount(2, { timeout: 20_000 });
  await scrollToViews(page);
  await expect(page.getByTestId("heat-growth")).toBeVisible({ timeout: 20_000 });
}

for (const view of [
  { name: "the default page", path: "/" },
  { name: "compare mode", path: "/?v=1&preset=s9-2018-huaqiangbei&mode=compare&dg=6&hfee=60" },
]) {
  test(`${view.name} prints on A4: figures, charts and the scenario as text, no controls`, async ({ page }) => {
    await page.goto(view.path);
    await settled(page);
    await page.emulateMedia({ media: "print" });

    // the answer and the charts
    await expect(page.getByTestId("headline")).toBeVisible();
    await expect(page.locator(".headline .key-figures .big").first()).toHaveText(/¥/);
    const charts = page.locator("figure.chart .recharts-wrapper > svg");
    await expect(charts.first()).toBeVisible();
    await expect(charts.nth(1)).toBeVisible();

    // nothing to click on paper
    for (const hidden of [
      page.getByTestId("copy-link"),
      page.getByTestId("download-csv"),
      page.getByTestId("history-toggle"),
      page.locator("[data-preset]").first(),
      page.getByRole("tab").first(),
      page.locator(".data-table"),
    ]) {
      await expect(hidden).toBeHidden();
    }
    expect(await page.locator("[data-preset]").evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length)).toBe(0);
    // of the three modes, the chosen one is printed as text
    await expect(page.locator(".segmented label.on")).toBeVisible();
    await expect(page.locator(".segmented label:not(.on)").first()).toBeHidden();

    // the scenario reads as text: no box around a value, and no value cut off
    const price = page.locator("#f-price");
    await expect(price).toBeVisible();
    await expect(price).toHaveValue("30000");
    await expect(price).toHaveCSS("border-top-width", "0px");
    // the values in collapsed sections print too, the sections staying closed on screen
    await expect(page.locator("#f-date")).toBeVisible();
    await expect(page.locator("#f-date").locator("xpath=ancestor::details")).not.toHaveAttribute("open", "");
    const clipped = await page
      .locator(".form input, .form select")
      .evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1).map((el) => el.id));
    expect(clipped, "values cut off in print").toEqual([]);

    // the PDF itself, from the desktop's screen width as a person would print it
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);

    // laid out at the paper's printable width, nothing sticks out
    await page.setViewportSize({ width: PRINTABLE_WIDTH_PX, height: 1000 });
    await expect.poll(() => charts.first().evaluate((svg) => svg.getBoundingClientRect().right)).toBeLessThanOrEqual(PRINTABLE_WIDTH_PX);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PRINTABLE_WIDTH_PX);
    const sticking = await page.evaluate((width) => {
      const out: string[] = [];
      for (const el of Array.from(document.querySelectorAll("body *"))) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.height > 0 && box.right > width + 0.5 && !el.closest(".sr-only")) {
          out.push(`${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""} right ${Math.round(box.right)}`);
        }
      }
      return out.slice(0, 10);
    }, PRINTABLE_WIDTH_PX);
    expect(sticking, `wider than ${PRINTABLE_WIDTH_PX} px`).toEqual([]);
  });
}
