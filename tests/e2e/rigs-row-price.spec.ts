import { expect, type Page } from "@playwright/test";
import { cameToLife, test } from "./support";

// a Sichuan farm buyer's site: hydro at ¥0.08 in the wet season (May–October), ¥0.28 in the dry
// season, ¥0.40 in the peak hours 8–11 and 18–22; on 1 June 2024 with that day's network
const WET_DRY = "0.28,0.28,0.28,0.28,0.08,0.08,0.08,0.08,0.08,0.08,0.28,0.28";
const SICHUAN = `v=1&preset=s21&cur=CNY&kwhm=${WET_DRY}&kwhp=0.4&peak=8-11,18-22&date=2024-06-01&btc=480000&diff=83000000000000`;

/** A row's exact figure (its data-value: the engine's, to the cent) in the column `key`. */
function figure(page: Page, rig: string, key: string) {
  return page.locator(`tr[data-rig="${rig}"] td[data-key="${key}"]`);
}

/** What GET /api/payback (the calculator's engine) says for a row's link to the calculator. */
async function calculatorSays(page: Page, rig: string) {
  const href = await page.getByTestId(`open-${rig}`).getAttribute("href");
  if (!href) throw new Error(`no link for ${rig}`);
  const response = await page.request.get(`/api/payback?${href.slice(2)}`);
  expect(response.ok()).toBe(true);
  return { href, json: (await response.json()) as { self?: { netProfit: string; roiPct: string | null; breakEvenDay: number | null } } };
}

test("a buyer at the counter: the schedule is said, the quoted price typed in the row gives the calculator's figures, and the row opens the calculator at that price", async ({
  page,
}, info) => {
  test.setTimeout(90_000);
  await page.goto(`/rigs?${SICHUAN}`);

  // the power as the ranking uses it: the months and the peak, not one flat price
  const site = page.getByTestId("site-figures");
  await expect(site).toContainText("Electricity price¥0.08/kWh May–Oct, ¥0.28 Nov–Apr; ¥0.40 from 08:00 to 11:00 and 18:00 to 22:00");

  // the S19 Pro's row at the catalogue's price, then at the price the seller quotes
  const box = page.getByRole("textbox", { name: "Your price for the Antminer S19 Pro (110 TH/s), CNY per rig" });
  await expect(box).toBeVisible();
  if (info.project.name === "phone") expect((await box.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  const before = await figure(page, "s19-pro", "netProfit").getAttribute("data-value");
  await box.fill("18,500");
  await box.press("Enter");
  await expect(figure(page, "s19-pro", "price")).toHaveAttribute("data-value", "18500");
  await expect(figure(page, "s19-pro", "price")).toContainText("¥18,500");
  await expect(page.locator('tr[data-rig="s19-pro"] th')).toContainText("your price");
  const net = await figure(page, "s19-pro", "netProfit").getAttribute("data-value");
  expect(net).not.toBe(before);

  // exactly what the calculator's engine says for the row's link, which carries the price
  const { href, json } = await calculatorSays(page, "s19-pro");
  expect(href).toMatch(/[?&]price=18500(&|$)/);
  expect(net).toBe(json.self?.netProfit);
  await expect(figure(page, "s19-pro", "roiPct")).toHaveAttribute("data-value", json.self?.roiPct ?? "");
  await expect(figure(page, "s19-pro", "breakEvenDay")).toHaveAttribute(
    "data-value",
    json.self?.breakEvenDay === null || json.self?.breakEvenDay === undefined ? "" : String(json.self.breakEvenDay),
  );

  // a price that is not one: named, with what is allowed; the figures stay those of ¥18,500
  await box.fill("-5");
  await expect(page.getByTestId("row-price-error-s19-pro")).toContainText("Rig price must be a number from 0 to 1,000,000,000");
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(figure(page, "s19-pro", "netProfit")).toHaveAttribute("data-value", net ?? "");
  await box.fill("18500");
  await expect(page.getByTestId("row-price-error-s19-pro")).toHaveCount(0);

  // another row, typed and cleared: back to its catalogue price
  const s21 = page.getByTestId("row-price-s21");
  const s21Before = await figure(page, "s21", "netProfit").getAttribute("data-value");
  await s21.fill("1000");
  await expect(figure(page, "s21", "price")).toHaveAttribute("data-value", "1000");
  await s21.fill("");
  await s21.press("Enter");
  await expect(figure(page, "s21", "netProfit")).toHaveAttribute("data-value", s21Before ?? "");

  // the row's link: the calculator on the S19 Pro at ¥18,500, the Sichuan schedule kept
  await page.getByTestId("open-s19-pro").click();
  await expect(page).toHaveURL(/[?&]price=18500(&|$)/);
  await cameToLife(page);
  await expect(page.getByLabel(/^Rig price/)).toHaveValue("18500");
  await expect(page.getByTestId("rig-picker")).toHaveValue("s19-pro");
  // and the link's preview says the schedule as used
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
    "content",
    /Electricity: ¥0\.08\/kWh May–Oct, ¥0\.28 Nov–Apr; ¥0\.40 from 08:00 to 11:00 and 18:00 to 22:00\./,
  );
});

test("in Chinese: the schedule in the trade's words, the price box named, a refusal in Chinese", async ({ page }) => {
  test.setTimeout(60_000);
  await page.context().addCookies([{ name: "lang", value: "zh", domain: "127.0.0.1", path: "/" }]);
  await page.goto(`/rigs?${SICHUAN}`);
  await expect(page.getByTestId("site-figures")).toContainText("5–10月 ¥0.08/kWh，11–4月 ¥0.28；峰时段 08:00–11:00、18:00–22:00 ¥0.40");
  const box = page.getByRole("textbox", { name: "蚂蚁矿机 S19 Pro（110T）：你的报价（元/台）" });
  await box.fill("abc");
  await expect(page.getByTestId("row-price-error-s19-pro")).toContainText("矿机价格");
  // 1.85万 = 18,500
  await box.fill("1.85万");
  await expect(figure(page, "s19-pro", "price")).toHaveAttribute("data-value", "18500");
  await expect(page.getByTestId("row-price-error-s19-pro")).toHaveCount(0);
});

test("a replay of the record: the row is worked out on the recorded days, as the calculator does @same-on-phone", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/rigs?v=1&preset=s9-2018-replay&days=730");
  const box = page.getByTestId("row-price-s9");
  await box.fill("9000");
  await box.press("Enter");
  await expect(figure(page, "s9", "price")).toHaveAttribute("data-value", "9000");
  const { json } = await calculatorSays(page, "s9");
  await expect(figure(page, "s9", "netProfit")).toHaveAttribute("data-value", json.self?.netProfit ?? "");
});

test("the quoted price stays in the address: reloaded or sent on, the ranking shows the seller's quote @same-on-phone", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(`/rigs?${SICHUAN}`);
  const box = page.getByTestId("row-price-s19-pro");
  await box.fill("18,500");
  await box.press("Enter");
  await expect(figure(page, "s19-pro", "price")).toHaveAttribute("data-value", "18500");
  // the address keeps it as read (18,500 → 18500), every other key of the link in place
  await expect(page).toHaveURL(/[?&]quotes=s19-pro:18500(&|$)/);
  expect(new URL(page.url()).searchParams.get("kwhm")).toBe(WET_DRY);
  const net = await figure(page, "s19-pro", "netProfit").getAttribute("data-value");
  // the download carries it too
  await expect(page.getByTestId("rigs-csv")).toHaveAttribute("href", /[?&]quotes=s19-pro:18500(&|$)/);

  // the link opened again (a partner's phone): the box holds the quote, the row its figures, in its place
  await page.reload();
  await expect(box).toHaveValue("18500");
  await expect(figure(page, "s19-pro", "price")).toHaveAttribute("data-value", "18500");
  await expect(figure(page, "s19-pro", "netProfit")).toHaveAttribute("data-value", net ?? "");
  await expect(page.locator('tr[data-rig="s19-pro"] th')).toContainText("your price");
  // and the API, asked with the same link, ranks the S19 Pro at the quote with the same net profit
  const api = await page.request.get(`/api/rigs?${new URL(page.url()).search.slice(1)}`);
  const rigs = ((await api.json()) as { rigs: { id: string; price: { amount: string } | null; self?: { netProfit: string } }[] }).rigs;
  const s19 = rigs.find((r) => r.id === "s19-pro");
  expect(s19?.price?.amount).toBe("18500.00");
  expect(s19?.self?.netProfit).toBe(net);

  // the box emptied: the catalogue's price again, and the address forgets the quote
  await box.fill("");
  await box.press("Enter");
  await expect(page).not.toHaveURL(/quotes=/);
});

test("a quote in a link that does not read is said and left out, the rest of the ranking kept", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(`/rigs?${SICHUAN}&quotes=s19-pro:abc,s21:20000`);
  await expect(page.getByRole("status").filter({ hasText: "A price kept in the link for" })).toContainText("S19 Pro");
  // the readable quote is kept; the other row shows its own price
  await expect(figure(page, "s21", "price")).toHaveAttribute("data-value", "20000");
  await expect(page.getByTestId("row-price-s19-pro")).toHaveValue("");
  await expect(page.locator('tr[data-rig="s19-pro"] th')).not.toContainText("your price");
});
