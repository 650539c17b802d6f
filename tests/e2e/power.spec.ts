import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { expected, expectShown, headline, shown, test, scrollToCharts } from "./support";
import { salespersonS9, SALESPERSON_S9 } from "../support/scenarios";

// Sichuan's wet/dry template in yuan (data/tariff-templates.ts): ¥0.28 Nov–Apr, ¥0.08 May–Oct
const SICHUAN = "0.28,0.28,0.28,0.28,0.08,0.08,0.08,0.08,0.08,0.08,0.28,0.28";

test("a miner prices the power by the season, then adds a move: the link and the answer follow, a backwards outage is refused", async ({
  page,
}) => {
  // a long walk: the answer is recomputed at each of its steps
  test.setTimeout(90_000);
  await page.goto(`/?${SALESPERSON_S9}`);
  await expectShown(page, shown(SALESPERSON_S9));
  const flat = await headline(page);

  // the simple form stays simple: the contract is folded away
  const contract = page.getByTestId("power-self");
  await expect(contract.getByRole("checkbox", { name: /The price changes with the month/ })).toBeHidden();
  await contract.getByText("Power contract: prices by month, peak hours, outages").click();
  await contract.getByRole("checkbox", { name: /The price changes with the month/ }).check();
  // on, the twelve months start at the flat ¥0.35
  await expect(contract.getByRole("textbox", { name: /^July/ })).toHaveValue("0.35");

  await contract.getByRole("button", { name: /^Sichuan wet\/dry season/ }).click();
  await expect(contract.getByRole("button", { name: /^Sichuan wet\/dry season/ })).toHaveAttribute("aria-pressed", "true");
  await expect(contract.getByRole("textbox", { name: /^January/ })).toHaveValue("0.28");
  await expect(contract.getByRole("textbox", { name: /^June/ })).toHaveValue("0.08");
  await expect(page).toHaveURL(new RegExp(`kwhm=${SICHUAN.replaceAll(".", "\\.")}(&|$)`));
  const seasonal = salespersonS9(`kwhm=${SICHUAN}`);
  await expectShown(page, shown(seasonal));
  // cheaper power in every month: the answer is not the flat one
  expect(await headline(page)).not.toEqual(flat);
  // the daily chart shades the cheap and dear months
  await scrollToCharts(page);
  await expect(page.getByTestId("month-bands")).toContainText("Cheap months");

  // a month typed wrong is refused by name, the rest kept
  await contract.getByRole("textbox", { name: /^March/ }).fill("cheap");
  await expect(contract.getByText("March's price is not allowed")).toBeVisible();
  await expect(contract.getByRole("textbox", { name: /^March/ })).toHaveAttribute("aria-invalid", "true");
  await contract.getByRole("textbox", { name: /^March/ }).fill("0.28");
  await expect(contract.getByText("March's price is not allowed")).toBeHidden();

  // a move: the rigs are off while they travel; typed backwards first
  const outages = page.getByTestId("power-outages");
  await outages.getByText("Outages and moves").click();
  await outages.getByTestId("outage-add").click();
  const row = outages.getByTestId("outage-row").first();
  await row.getByLabel("First day off").fill("2018-11-01");
  await row.getByLabel("Last day off").fill("2018-10-20");
  const refusal = row.getByText("It ends before it starts");
  await expect(refusal).toBeVisible();
  // the refusal is read out with the last day's input
  const describedBy = await row.getByLabel("Last day off").getAttribute("aria-describedby");
  expect(describedBy).toContain((await refusal.getAttribute("id")) ?? "missing");
  await expect(page).not.toHaveURL(/out=/);
  await expectShown(page, shown(seasonal));

  await row.getByLabel("Last day off").fill("2018-11-20");
  await row.getByLabel(/^Cost/).fill("150");
  await expect(refusal).toBeHidden();
  await expect(page).toHaveURL(/out=2018-11-01_2018-11-20_150(&|$)/);
  await expect(outages).toContainText("20 days off within the horizon");
  const moved = salespersonS9(`kwhm=${SICHUAN}&out=2018-11-01_2018-11-20_150`);
  await expectShown(page, shown(moved));

  // the link opens the same: the contract unfolded, the template chosen, the outage listed
  await page.reload();
  await expectShown(page, shown(moved));
  await expect(contract.getByRole("button", { name: /^Sichuan wet\/dry season/ })).toHaveAttribute("aria-pressed", "true");
  await expect(outages.getByLabel("Last day off")).toHaveValue("2018-11-20");
});

test("peak hours: the strip writes the spans, overlapping spans are refused by name", async ({ page }) => {
  await page.goto(`/?${SALESPERSON_S9}`);
  const contract = page.getByTestId("power-self");
  await contract.getByText("Power contract: prices by month, peak hours, outages").click();
  await contract.getByLabel(/^Peak electricity price/).fill("0.6");
  const strip = contract.getByTestId("hour-strip");
  for (const h of [18, 19, 20, 21]) await strip.locator(`[data-hour="${h}"]`).click();
  await expect(contract.getByLabel(/^Peak hours/)).toHaveValue("18-22");
  await expect(strip.locator('[data-hour="19"]')).toHaveAttribute("aria-pressed", "true");
  await expect(contract).toContainText("4 peak hours a day, 20 off-peak.");
  await expect(page).toHaveURL(/kwhp=0\.6&.*peak=18-22|peak=18-22.*kwhp=0\.6/);

  await contract.getByLabel(/^Peak hours/).fill("8-12,10-14");
  await expect(contract.getByText("Peak hours: 8-12 and 10-14 overlap (both hold 10:00–11:00)")).toBeVisible();
  await expect(contract.getByLabel(/^Peak hours/)).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/peak=18-22/);
});

test("the hosted side: templates pass the cheap season on, and the contract terms go in the link @same-on-phone", async ({ page }) => {
  const hosted = salespersonS9("mode=hosted&hfee=0&hkwh=1.2");
  await page.goto(`/?${hosted}`);
  const contract = page.getByTestId("power-hosted");
  await contract.getByText(/^Hosting contract/).click();
  await contract.getByRole("checkbox", { name: /The price changes with the month/ }).check();
  await contract.getByRole("button", { name: /^Two sites: Sichuan ↔ Xinjiang/ }).click();
  // 1.2 − (0.22 − 0.08) = 1.06 in the wet months
  await expect(contract.getByRole("textbox", { name: /^May/ })).toHaveValue("1.06");
  await expect(contract.getByRole("textbox", { name: /^December/ })).toHaveValue("1.2");
  await contract.getByLabel(/^Minimum hosting term/).fill("24");
  await contract.getByLabel(/^Early exit fee/).fill("500");
  await expect(page).toHaveURL(/hkwhm=1\.2,1\.2,1\.2,1\.2,1\.06/);
  await expect(page).toHaveURL(/hmin=24/);
  await expect(page).toHaveURL(/hexit=500/);
  await contract.getByLabel(/^Minimum hosting term/).fill("2.5");
  // the form names the field by its label, not its URL key (issue 17)
  await expect(contract.getByText("Minimum hosting term must be a whole number of months from 0 to 120; “2.5” is not.")).toBeVisible();
});

/** axe-core at WCAG 2.1 A and AA: no serious or critical violation (as tests/e2e/a11y.spec.ts holds the rest of the page). */
async function expectAccessible(page: Page, rules?: string[]) {
  const axe = new AxeBuilder({ page }).include("form");
  const results = await (rules ? axe.withRules(rules) : axe.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} — ${v.help}`))).toEqual([]);
}

test("the opened power contract, with refusals showing, has no serious accessibility violations, light or dark @same-on-phone", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(
    `/?${SALESPERSON_S9}&mode=compare&hkwh=1.2&hfee=0&kwhm=${SICHUAN}&kwhp=0.6&peak=8-11,18-22&dr=0.1&drh=20&out=2018-11-01_2018-11-20_150&hmin=24&hexit=500`,
  );
  // a link that sets the contract opens it
  for (const id of ["power-self", "power-hosted", "power-outages"]) await expect(page.getByTestId(id)).toHaveAttribute("open", "");
  await page
    .getByTestId("power-self")
    .getByRole("textbox", { name: /^March/ })
    .fill("x");
  await page
    .getByTestId("power-self")
    .getByLabel(/^Peak hours/)
    .fill("8-12,10-14");
  await page.getByTestId("outage-add").click();
  const row = page.getByTestId("outage-row").nth(1);
  await row.getByLabel("First day off").fill("2018-11-10");
  await row.getByLabel("Last day off").fill("2018-11-30");
  await expect(row.getByText("It shares days with outage 1")).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, ["color-contrast"]);
});

test("time of use in a sentence beside the power price: nights cheaper is one tap, and the focus lands where the night price goes @same-on-phone", async ({
  page,
}) => {
  await page.goto(`/?${SALESPERSON_S9}`);
  await expectShown(page, shown(SALESPERSON_S9));
  const flat = await headline(page);
  const tou = page.getByTestId("tou-self");
  await expect(tou).toContainText("one price all day");

  await tou.getByRole("button", { name: /^Cheap nights/ }).click();
  // the hours and the price typed so far: the same answer until a price is changed
  await expect(page).toHaveURL(/[?&]peak=7-23(&|$)/);
  await expect(page).toHaveURL(/[?&]kwhp=0\.35(&|$)/);
  await expect(page.getByTestId("tou-self-text")).toHaveText("¥0.35/kWh from 07:00 to 23:00, ¥0.35/kWh the other hours.");
  await expect(page.getByTestId("tou-self-hint")).toContainText("type the cheaper night price as the power price above");
  const price = page.getByLabel(/^Electricity price/);
  await expect(price).toBeFocused();

  // the price is selected: typing replaces it
  await page.keyboard.type("0.15");
  await expect(page).toHaveURL(/[?&]kwh=0\.15(&|$)/);
  await expect(page.getByTestId("tou-self-text")).toHaveText("¥0.35/kWh from 07:00 to 23:00, ¥0.15/kWh the other hours.");
  await expect(page.getByTestId("tou-self-hint")).toHaveCount(0);
  const nights = salespersonS9("kwh=0.15&kwhp=0.35&peak=7-23");
  await expectShown(page, shown(nights));
  // eight cheaper hours a day: not the flat answer
  expect(await headline(page)).not.toEqual(flat);

  // "Change" opens the contract at the peak price
  await tou.getByRole("button", { name: "Change" }).click();
  await expect(page.getByLabel(/^Peak electricity price/)).toBeFocused();
});

test("a weekday peak is one tap: the hours apply Monday to Friday, the price typed, and the page's answer is the API's for the same link @same-on-phone", async ({
  page,
  request,
}) => {
  await page.goto(`/?${SALESPERSON_S9}`);
  await expectShown(page, shown(SALESPERSON_S9));
  const flat = await headline(page);
  const tou = page.getByTestId("tou-self");
  const chip = tou.getByRole("button", { name: /^Weekday peak/ });
  await chip.click();
  // the hours, the days and the price typed so far: the same answer until a price is changed
  await expect(page).toHaveURL(/[?&]peak=16-19&peakdays=weekdays(&|$)/);
  await expect(page).toHaveURL(/[?&]kwhp=0\.35(&|$)/);
  await expect(page.getByTestId("tou-self-text")).toHaveText("¥0.35/kWh from 16:00 to 19:00 on weekdays, ¥0.35/kWh the other hours.");
  await expect(page.getByTestId("tou-self-hint")).toContainText("type the dearer price for 16:00 to 19:00 on weekdays as the peak price");
  const peakPrice = page.getByLabel(/^Peak electricity price/);
  await expect(peakPrice).toBeFocused();
  // under the hour strip the box says the days
  await expect(page.getByRole("checkbox", { name: /^Weekdays only/ })).toBeChecked();
  await expect(page.locator("#f-peak-count")).toContainText(
    "3 peak hours a day, 21 off-peak. Peak on weekdays only; Saturday and Sunday off-peak all day.",
  );

  // the price is selected: typing replaces it
  await page.keyboard.type("0.6");
  await expect(page).toHaveURL(/[?&]kwhp=0\.6(&|$)/);
  await expect(page.getByTestId("tou-self-text")).toHaveText("¥0.60/kWh from 16:00 to 19:00 on weekdays, ¥0.35/kWh the other hours.");
  const link = salespersonS9("kwhp=0.6&peak=16-19&peakdays=weekdays");
  await expectShown(page, shown(link));
  expect(await headline(page)).not.toEqual(flat);
  // the link in the address bar is that scenario, and the API answers it as the engine does
  const query = new URL(page.url()).search.slice(1);
  const api = await request.get(`/api/payback?${query}`);
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { scenario: unknown; self: unknown };
  const engine = expected(link);
  expect(body.scenario).toEqual(engine.scenario);
  expect(body.self).toEqual(engine.self);
  // the same hours every day cost more: the weekends' peak hours are dear too
  expect(body.self).not.toEqual(expected(salespersonS9("kwhp=0.6&peak=16-19")).self);

  // untick: every day again, and the link says so
  await page.getByRole("checkbox", { name: /^Weekdays only/ }).uncheck();
  await expect(page).not.toHaveURL(/peakdays=/);
  await expect(page.getByTestId("tou-self-text")).toHaveText("¥0.60/kWh from 16:00 to 19:00, ¥0.35/kWh the other hours.");
  await expectShown(page, shown(salespersonS9("kwhp=0.6&peak=16-19")));

  // a reload opens the weekday link as it was
  await page.goto(`/?${link}`);
  await expectShown(page, shown(link));
  await expect(page.getByTestId("tou-self-text")).toHaveText("¥0.60/kWh from 16:00 to 19:00 on weekdays, ¥0.35/kWh the other hours.");
});

/** On a phone the three choices are one row of finger-sized buttons, beside the row's title. */
async function expectOneRow(page: Page, names: RegExp[]): Promise<void> {
  const tou = page.getByTestId("tou-self");
  const boxes = await Promise.all(names.map((name) => tou.getByRole("button", { name }).boundingBox()));
  for (const box of boxes) expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  const tops = boxes.map((b) => Math.round(b?.y ?? -1));
  expect(new Set(tops).size, tops.join(", ")).toBe(1);
  const row = await tou.getByRole("group").boundingBox();
  // one row: no taller than a chip and its padding
  expect(row?.height ?? 0).toBeLessThan(60);
}

test("on a phone the three time-of-use choices share one row, each at least 44 px tall @phone-only", async ({ page }) => {
  await page.goto(`/?${SALESPERSON_S9}`);
  await expectShown(page, shown(SALESPERSON_S9));
  await expectOneRow(page, [/^Cheap nights/, /^Two peaks/, /^Weekday peak/]);
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });
  test("the weekday peak is 工作日高峰, said as 工作日 16:00–19:00; on a phone the three choices share one row", async ({
    page,
    viewport,
  }) => {
    await page.goto(`/?${SALESPERSON_S9}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    const tou = page.getByTestId("tou-self");
    if ((viewport?.width ?? 1280) <= 640) await expectOneRow(page, [/^夜间电价便宜/, /^每天两个高峰/, /^工作日高峰/]);
    await tou.getByRole("button", { name: /^工作日高峰/ }).click();
    await expect(page).toHaveURL(/[?&]peakdays=weekdays(&|$)/);
    await expect(page.getByTestId("tou-self-text")).toHaveText("工作日 16:00–19:00 ¥0.35/kWh，其余时段 ¥0.35/kWh。");
  });
});
