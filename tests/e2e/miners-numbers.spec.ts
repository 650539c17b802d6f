import { expect } from "@playwright/test";
import { openRigSpecs, test, scrollToViews } from "./support";

// Issue 24: the figures pool calculators lead with, in the units miners type and read.

test("the card leads with today's figures: per day, per month, 关机币价, static payback", async ({ page }) => {
  await page.goto("/");
  const today = page.getByTestId("today");
  await expect(today).toBeVisible();
  // the start date's figures, named as such: on the January 2018 page they are not the reader's today
  await expect(today).toContainText("Day 1, at the start date's difficulty and price");
  // the January 2018 S9: ¥158.74 − ¥11.76 = ¥146.98 a day (tests/lib/present/today.test.ts has the arithmetic)
  await expect(page.getByTestId("today-revenue-day")).toContainText("¥158.74");
  await expect(page.getByTestId("today-cost-day")).toContainText("¥11.76");
  await expect(page.getByTestId("today-profit-day")).toContainText("¥146.98");
  await expect(page.getByTestId("today-profit-month")).toContainText("¥4,474");
  await expect(page.getByTestId("today-shutdown-price")).toContainText("¥6,504");
  await expect(page.getByTestId("today-break-even-power")).toContainText("/kWh");
  await expect(page.getByTestId("today-price-per-th")).toContainText("¥2,222/TH/s");
  // ¥30,000 ÷ ¥146.98 = 204.1 → 205 days, while the real answer (with difficulty growing) is never
  await expect(page.getByTestId("today-static-payback")).toContainText("205 days");
  await expect(page.getByTestId("headline")).toHaveText(/Does not pay back/);
});

test("difficulty in T and the horizon in years beside their fields", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("note-diff")).toHaveText("2.23 T");
  await expect(page.getByTestId("note-days")).toHaveText("3 years");
  await page.getByLabel(/^Horizon/).fill("1000");
  await expect(page.getByTestId("note-days")).toHaveText("about 2.7 years");
});

test("hashrate and power typed as miners type them are read and echoed", async ({ page }) => {
  await page.goto("/");
  await openRigSpecs(page);
  await page.getByLabel(/^Hashrate/).fill("14T");
  await expect(page.getByTestId("read-ths")).toHaveText("Read as 14 TH/s");
  await page
    .getByLabel(/^Power/)
    .first()
    .fill("1.5kW");
  await expect(page.getByTestId("read-w")).toHaveText("Read as 1,500 W");
  await expect(page).toHaveURL(/ths=14(&|$)/);
  await expect(page).toHaveURL(/w=1500(&|$)/);
  await page.getByLabel(/^Hashrate/).fill("0.2 PH/s");
  await expect(page.getByTestId("read-ths")).toHaveText("Read as 200 TH/s");
  await expect(page).toHaveURL(/ths=200(&|$)/);
});

test("the today row in Chinese uses the pool calculators' words @same-on-phone", async ({ page }) => {
  await page.context().addCookies([{ name: "lang", value: "zh", domain: "127.0.0.1", path: "/" }]);
  await page.goto("/");
  const today = page.getByTestId("today");
  for (const word of ["日收益", "日电费", "日净收益", "月净收益", "关机币价", "关机电价", "静态回本"])
    await expect(today).toContainText(word);
});

test("the growth choices say what they imply at the horizon and warn past the record; the example's mix is named", async ({ page }) => {
  await page.goto("/");
  // the January 2018 example: the year's difficulty trend, the price held, named as a choice
  await expect(page.locator('[data-growth="example"]')).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("growth-implied")).toContainText("After 3 years: BTC ¥87,800");
  // the example's own mix is within the record: the answer carries no warning
  await expect(page.getByTestId("payback-odds-beyond")).toHaveCount(0);
  await page.locator('[data-growth="trend6"]').click();
  // +35 % a month on the price for three years: far past the fastest 36 months ever recorded
  await expect(page.getByTestId("growth-beyond")).toContainText("Faster than the BTC price ever kept up over 3 years on record");
  // and the answer itself says so, under the headline, not only under the choices
  await expect(page.getByTestId("payback-odds-beyond")).toContainText("Faster than the BTC price ever kept up over 3 years on record");
  await expect(page.getByTestId("growth-implied")).toContainText("After 3 years: BTC ¥");
});

test("on a replay the growth choices say the records' end, never end figures the records contradict; the S21's slow difficulty is slower growth, not a fall", async ({
  page,
}) => {
  // measured before: "After 5 years: BTC ¥83,374, difficulty 2.17 T. ⚠ A steeper fall of the difficulty…",
  // the rates run from 2018 while the page replays the records (difficulty ≈ 35 T in January 2023)
  await page.goto("/?v=1&preset=s9-2018-replay&days=1825");
  await expect(page.getByTestId("growth-implied")).toHaveText(
    "Replaying the records: they cover the whole horizon, so these growth rates are not used.",
  );
  await expect(page.getByTestId("growth-beyond")).toHaveCount(0);
  // the S21 example's +2.28 % a month on the difficulty: below every 3 years on record (+2.5 % at the least)
  await page.goto("/?v=1&preset=s21");
  await expect(page.getByTestId("payback-odds-beyond")).toContainText("Slower growth of the difficulty than any over 3 years on record");
  await expect(page.getByTestId("payback-odds-beyond")).not.toContainText("fall");
});

test("the bar at the bottom keeps the net profit and today's profit a day in sight", async ({ page }) => {
  await page.goto("/");
  const net = (await page.getByTestId("net-profit").textContent()) ?? "";
  await page.locator("footer").scrollIntoViewIfNeeded();
  const bar = page.getByTestId("mini-headline");
  await expect(bar).toBeVisible();
  await expect(page.getByTestId("mini-net-self")).toHaveText(net);
  await expect(bar).toContainText("¥146.98/day");
});

test("the heat maps' legend is in days, and a cell is read with a tap", async ({ page }) => {
  await page.goto("/");
  await scrollToViews(page);
  await page.getByRole("tab", { name: "Heat maps" }).click();
  const scale = page.getByTestId("heat-scale");
  await scale.scrollIntoViewIfNeeded();
  await expect(scale).toContainText("1–157");
  await expect(scale).toContainText("940–1,095");
  await expect(page.locator(".heat figcaption").first()).toContainText("tap or click a cell");
  await expect(page.locator(".heat figcaption").first()).not.toContainText("hover");
});

test("on a replay the growth map does not print one answer in every cell: it says it, as the card does", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-replay");
  await expect(page.getByTestId("headline")).toHaveText(/Does not pay back/);
  await scrollToViews(page);
  await page.getByRole("tab", { name: "Heat maps" }).click();
  const said = page.getByTestId("heat-growth-uniform");
  await expect(said).toContainText("every pair of growth rates gives the same answer, it does not pay back", { timeout: 20_000 });
  await expect(page.getByTestId("heat-growth")).toHaveCount(0);
  await expect(page.getByTestId("heat-prices")).toBeVisible();
});
