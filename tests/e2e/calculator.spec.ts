import { expect } from "@playwright/test";
import { formatFixed, formatMoney, formatNumber, type ResultJson } from "../../lib/server";
import { runPayback } from "../../scripts/cli";
import { expected, expectShown, headline, openRigSpecs, shown, shownCrossover, test, scrollToCharts } from "./support";
import { SALESPERSON_S9, salespersonS9 } from "../support/scenarios";

test("a share link opens with the same break-even day, ROI and net profit as the command line", async ({ page }) => {
  const query = "v=1&preset=s9-2018-huaqiangbei&dg=4&bg=1&pool=2";
  await page.goto(`/?${query}`);
  await expect(page.getByTestId("headline")).toContainText("Pays back on day");
  await expectShown(page, shown(query));
  await expect(page.getByTestId("link-notice")).toHaveCount(0);
});

test("the default page gives the era's answer; the salesperson's flat figures give day 189", async ({ page }) => {
  await page.goto("/");
  // the Huaqiangbei S9 with the era's figures (difficulty +16.7 % a month, 4 % pool fee, 1,400 W)
  await expectShown(page, shown("v=1&preset=s9-2018-huaqiangbei"));
  await expect(page.getByTestId("headline")).toHaveText("Does not pay back within 3 years");
  await page.goto(`/?${SALESPERSON_S9}`);
  await expect(page.getByTestId("headline")).toHaveText("Pays back on day 189, 22 July 2018");
});

test("changing a field changes the URL, and a reload shows the same figures", async ({ page }) => {
  await page.goto(`/?${SALESPERSON_S9}`);
  const price = page.getByLabel(/^Rig price/);
  await price.fill("20000");
  await expect(page).toHaveURL(/price=20000/);
  const want = shown(salespersonS9("price=20000"));
  await expectShown(page, want);
  // a cheaper rig pays back sooner than the ¥30,000 one's day 189: 20000 / 158.954 = 125.8 → day 126
  expect(want.headline).toMatch(/^Pays back on day 126,/);
  const before = await headline(page);
  await page.reload();
  await expect(page.getByLabel(/^Rig price/)).toHaveValue("20000");
  expect(await headline(page)).toEqual(before);
});

test("typing does not flood the history; preset clicks can be gone back and forth", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei");
  await page.getByLabel(/^Number of rigs/).fill("12");
  await expect(page).toHaveURL(/n=12/);
  await page.locator('[data-preset="s21"]').click();
  await expect(page).toHaveURL(/preset=s21/);
  await expect(page.getByLabel(/^Hashrate/)).toHaveValue("200");
  await page.goBack();
  await expect(page).toHaveURL(/preset=s9-2018-huaqiangbei/);
  await expect(page.getByLabel(/^Number of rigs/)).toHaveValue("12");
  await page.goForward();
  await expect(page).toHaveURL(/preset=s21/);
  await expect(page.getByLabel(/^Hashrate/)).toHaveValue("200");
});

test("a refused value is named inline and the results keep the last valid scenario", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei");
  await page.getByLabel(/^Uptime/).fill("120");
  await expect(page.getByText("Uptime must be a number from 0 to 100; “120” is not.")).toBeVisible();
  await expect(page.getByLabel(/^Uptime/)).toHaveAttribute("aria-invalid", "true");
  await expectShown(page, shown("v=1&preset=s9-2018-huaqiangbei"));
});

test("a bad link still opens: it says which key was refused and keeps every other value", async ({ page }) => {
  await page.goto("/?v=1&preset=s21&price=abc&n=3&zzz=1");
  const notice = page.getByTestId("link-notice");
  await expect(notice).toContainText("Rig price in the link, “abc”, cannot be used: it must be a number from 0 to 1,000,000,000.");
  await expect(notice).toContainText("Rig price: 2,900 is used instead (the example's value).");
  await expect(notice).toContainText("The link has a part this page does not know, “zzz”: it is left out.");
  await expect(page.getByLabel(/^Number of rigs/)).toHaveValue("3");
  await expect(page.getByLabel(/^Hashrate/)).toHaveValue("200");
  await expect(page.getByLabel(/^Rig price/)).toHaveValue("2900");
});

test("compare mode shows both sides and the crossover the command line computes", async ({ page }) => {
  const query = "v=1&preset=s9-2018-huaqiangbei&mode=compare&dg=6&hfee=60";
  await page.goto(`/?${query}`);
  // the primary card is the self-run side
  await expectShown(page, shown(query, { side: "self" }));
  await expectShown(page, shown(query, { side: "hosted" }), { side: "hosted" });
  await expect(page.getByTestId("crossover")).toHaveText(shownCrossover(query));
  await expect(page.getByTestId("crossover")).toContainText("Running the rigs yourself beats this hosting offer");
  await scrollToCharts(page);
  await expect(page.locator(".recharts-reference-line")).not.toHaveCount(0);
});

test("switching the mode and the currency keeps a shareable scenario", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei");
  await page.getByText("Pay a host").click();
  await expect(page).toHaveURL(/mode=hosted/);
  // the field, not the heat map cells named after it ("Hosting price ¥0.360, …")
  await expect(page.getByRole("textbox", { name: /^Hosting price/ })).toHaveValue("1.2");
  await expect(page.getByLabel(/^Exchange rate/)).toHaveValue("6.4574");
  await page.getByLabel(/^Currency/).selectOption("USD");
  // ¥30,000 ÷ 6.4574 CNY per USD (the rate quoted with the January 2018 figures) = $4,645.833… → 4645.83
  await expect(page.getByLabel(/^Rig price/)).toHaveValue("4645.83");
  // ¥1.2 per kWh ÷ 6.4574 = 0.18583… → 0.1858; ¥87,800 ÷ 6.4574 = 13596.80
  await expect(page.getByRole("textbox", { name: /^Hosting price/ })).toHaveValue("0.1858");
  await expect(page.getByLabel(/^BTC price (USD|CNY) per BTC/)).toHaveValue("13596.8");
  await expect(page).toHaveURL(/cur=USD/);
  await expect(page).toHaveURL(/price=4645\.83/);
  // back to yuan at an edited rate: $4,645.83 × 7 = ¥32,520.81
  await page.getByLabel(/^Exchange rate/).fill("7");
  await page.getByLabel(/^Currency/).selectOption("CNY");
  await expect(page.getByLabel(/^Rig price/)).toHaveValue("32520.81");
  await expect(page).toHaveURL(/price=32520\.81/);
  await expect(page).not.toHaveURL(/cur=USD/);
  await expectShown(page, shown(new URL(page.url()).search.slice(1)));
});

test("what actually happened: the ¥30,000 S9 replayed never pays back by 31 December 2021", async ({ page }) => {
  await page.goto("/");
  await page.locator('[data-preset="s9-2018-replay"]').click();
  await expect(page).toHaveURL(/preset=s9-2018-replay/);
  // the replay preset runs 1447 days, 2018-01-15 … 2021-12-31, whatever the horizon the page had before
  await expect(page.getByTestId("headline")).toHaveText("Does not pay back within 1,447 days");
  await expect(page.getByLabel(/^Horizon/)).toHaveValue("1447");
  await expect(page.getByTestId("history-note")).toContainText("from 15 Jan 2018");
  await expectShown(page, shown("v=1&preset=s9-2018-replay"));
  await page.getByRole("switch", { name: "What actually happened" }).uncheck();
  await expect(page.getByTestId("headline")).toContainText("Pays back on day");
});

// requests only, no page: the same on any device
test("the JSON API answers 200 with the result object and 400 naming the bad key", { tag: "@same-on-phone" }, async ({ request }) => {
  const ok = await request.get("/api/payback?v=1&preset=s9-2018-huaqiangbei&mode=compare");
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toContain("application/json");
  expect(ok.headers()["cache-control"]).toMatch(/max-age=\d+/);
  const body = await ok.json();
  expect(body).toEqual(JSON.parse(JSON.stringify(expected("v=1&preset=s9-2018-huaqiangbei&mode=compare"))));
  const bad = await request.get("/api/payback?v=1&preset=s21&price=abc");
  expect(bad.status()).toBe(400);
  const err = await bad.json();
  expect(err.issues).toEqual([{ key: "price", message: 'price = "abc" is not allowed: must be a number from 0 to 1000000000' }]);
  expect(typeof err.error).toBe("string");
  const huge = await request.get(`/api/payback?v=1&preset=s21&x=${"9".repeat(6000)}`);
  expect(huge.status()).toBe(400);
});

test("the daily schedule downloads as a CSV a spreadsheet opens cleanly, in the page's language", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&days=30");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
  const { readFileSync } = await import("node:fs");
  const text = readFileSync(await download.path(), "utf8");
  // a byte order mark for spreadsheet programs, no comment lines, the currency in the money columns
  expect(text.startsWith("\uFEFF")).toBe(true);
  const lines = text.slice(1).trimEnd().split("\r\n");
  expect(lines.some((l) => l.startsWith("#"))).toBe(false);
  expect(lines[0]).toMatch(
    /^Day,Date,Block height,Subsidy per block \(BTC\),Difficulty,BTC price \(CNY\),Self-run: BTC mined,Self-run: revenue \(CNY\),/,
  );
  // one header line and one row a day
  expect(lines).toHaveLength(31);
  expect(lines[1]?.split(",").slice(0, 2)).toEqual(["1", "2018-01-15"]);
  // in Chinese, the headers are Chinese
  await page.getByTestId("lang-switch").locator('[data-locale="zh"]').click();
  // the Chinese words arrive as a chunk of their own: the page switches once they are in
  await expect(page.getByTestId("download-csv")).toHaveText("每日明细（CSV）");
  const [zh] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
  const zhLines = readFileSync(await zh.path(), "utf8")
    .slice(1)
    .split("\r\n");
  expect(zhLines[0]).toMatch(/^天,日期,区块高度,每区块补贴（BTC）,全网难度,BTC 价格（CNY）,自营的产出（BTC）,自营的收入（CNY）,/);
  expect(zhLines[1]).toBe(lines[1]);
});

test("the page shows what the command line prints with --json for the same link", async ({ page }) => {
  const query = "v=1&preset=s9-2018-used&dg=5&bg=2&pool=2.5&up=95&resale=10&days=730";
  // the command line's own run (tests/scripts spawns the real process), printed as a person reads it
  const cli = JSON.parse(runPayback([query, "--json"]).stdout) as ResultJson;
  const self = cli.self;
  if (!self) throw new Error("the link is in mode self");
  const currency = String(cli.scenario.currency);
  await page.goto(`/?${query}`);
  await expectShown(page, shown(query));
  const day = self.breakEvenDay === null ? "Does not pay back" : `Pays back on day ${formatNumber(self.breakEvenDay, 0)},`;
  await expect(page.getByTestId("headline")).toContainText(day);
  // the card shows the ROI in whole per cent (the result object keeps two places)
  await expect(page.getByTestId("roi-pct")).toHaveText(self.roiPct === null ? "—" : `${formatFixed(self.roiPct, 0)} %`);
  await expect(page.getByTestId("net-profit")).toHaveText(formatMoney(self.netProfit, currency));
});

test("a preset click shows that preset's answer and puts it in the link", async ({ page }) => {
  await page.goto("/");
  await page.locator('[data-preset="s9-2018-bulk100"]').click();
  await expect(page).toHaveURL(/preset=s9-2018-bulk100/);
  await expect(page.getByLabel(/^Number of rigs/)).toHaveValue("100");
  await expectShown(page, shown("v=1&preset=s9-2018-bulk100"));
  await expect(page.locator('[data-preset="s9-2018-bulk100"]')).toHaveAttribute("aria-pressed", "true");
});

test("copy link puts the page's full address on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?v=1&preset=s19-pro&kwh=0.045");
  await page.getByLabel(/^Number of rigs/).fill("40");
  await expect(page).toHaveURL(/n=40/);
  await page.getByTestId("copy-link").click();
  await expect(page.getByTestId("copy-link")).toHaveText("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toMatch(/^http:\/\/.+\/\?v=1&.*n=40/);
});

test("copy link during a change the page cannot answer yet says the link is the scenario before, never 'copied' alone", async ({
  page,
  context,
}) => {
  // measured before: after choosing the S21 XP (no catalogue price) the button said "Copied" while the
  // clipboard held the January 2018 S9's link
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await page.getByTestId("rig-picker").selectOption("s21-xp");
  await expect(page.getByTestId("rig-hold")).toHaveAttribute("data-hold", "price");
  await page.getByTestId("copy-link").click();
  await expect(page.getByTestId("copied-before")).toContainText("Copied the link to the scenario before your change");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).not.toMatch(/rig=s21-xp/);
  // a price typed: the page answers, and the copy is the scenario shown
  await page.getByLabel(/^Rig price/).fill("40000");
  await expect(page).toHaveURL(/rig=s21-xp/);
  await page.getByTestId("copy-link").click();
  await expect(page.getByTestId("copy-link")).toHaveText("Copied");
  await expect(page.getByTestId("copied-before")).toHaveCount(0);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/rig=s21-xp/);
});

test("the mode switch works from the keyboard and back and forward restore the mode", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei");
  // the odds line is written after the page has come to life: a key pressed before that moves only the
  // browser's own radio button, with no step in the history
  await expect(page.getByTestId("payback-odds").first()).toContainText("Pays back in", { timeout: 20_000 });
  const self = page.getByRole("radio", { name: /Run it myself/ });
  await self.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/mode=hosted/);
  await expect(page.getByTestId("headline")).toBeVisible();
  await expect(page.getByRole("group", { name: "The hosting offer" })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/mode=compare/);
  await expect(page.getByTestId("crossover")).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/mode=hosted/);
  await expect(page.getByRole("radio", { name: /Pay a host/ })).toBeChecked();
  await expect(page.getByTestId("crossover")).toHaveCount(0);
  await page.goBack();
  await expect(page).not.toHaveURL(/mode=/);
  await expect(self).toBeChecked();
});

test("a refused field is tied to its message for assistive technology", async ({ page }) => {
  await page.goto("/?v=1&preset=s21");
  await openRigSpecs(page);
  const power = page.getByRole("textbox", { name: /^Power/ });
  await power.fill("-5");
  await expect(power).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await power.getAttribute("aria-describedby")) ?? "";
  const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
  expect(errorId).toBeTruthy();
  await expect(page.locator(`#${errorId}`)).toContainText("Power must be a number > 0 and ≤ 1,000,000; “-5” is not.");
  await power.fill("3500");
  await expect(power).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#${errorId}`)).toHaveCount(0);
});

test("the charts mark the break-even day and their data is also a table", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&dg=4");
  const want = expected("v=1&preset=s9-2018-huaqiangbei&dg=4").self;
  await scrollToCharts(page);
  const position = page.locator("figure.chart").first();
  await expect(position.locator(".recharts-reference-dot")).toHaveCount(1);
  await expect(position.locator("svg text", { hasText: `Day ${want?.breakEvenDay}` })).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Marked days" })).toContainText(`Self-run pays back: day ${want?.breakEvenDay}`);
  await expect(page.getByRole("list", { name: "Marked days" })).toContainText("Halving: day");
  await page.getByText("The charts' data as a table").click();
  const rows = page.locator(".data-table tbody tr");
  // every 30 days of 1095 (37 rows) and the last day
  await expect(rows).toHaveCount(38);
  await expect(rows.first().locator("td").first()).toHaveText("1");
  await expect(rows.last().locator("td").first()).toHaveText("1095");
});

test("a changed field redraws the charts: the break-even dot and the marked days follow the new answer", async ({ page }) => {
  // the charts take a new answer a task or two after the panels (app/hooks/useLanding.ts): they must still take it
  await page.goto(`/?${SALESPERSON_S9}`);
  await scrollToCharts(page);
  const position = page.locator("figure.chart").first();
  await expect(position.locator("svg text", { hasText: "Day 189" })).toHaveCount(1);
  await page.getByLabel(/^Rig price/).fill("20000");
  await expect(page).toHaveURL(/price=20000/);
  const day = expected(salespersonS9("price=20000")).self?.breakEvenDay;
  expect(typeof day).toBe("number");
  expect(day).not.toBe(189);
  await expect(position.locator("svg text", { hasText: `Day ${day}` })).toHaveCount(1);
  await expect(position.locator("svg text", { hasText: "Day 189" })).toHaveCount(0);
  await expect(position.locator(".recharts-reference-dot")).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Marked days" })).toContainText(`Self-run pays back: day ${day}`);
  await expect(page.locator("figure.chart .recharts-wrapper")).toHaveCount(2);
});

test("a link that sets yuan on a dollar example says its amounts are unconverted, and one tap converts them at the start date's rate @same-on-phone", async ({
  page,
}) => {
  // the S21 example is in US dollars; the link asks for yuan and gives no amounts (the contract reads
  // the example's 2,900 as ¥2,900: a believed lie unless it is said)
  await page.goto("/?v=1&preset=s21&cur=CNY");
  const notice = page.getByTestId("link-notice");
  await expect(notice).toContainText(
    "The link sets the currency to yuan, but the example's rig price, BTC price, electricity price and hosting price are in US dollars: they are read as yuan as they stand, unconverted.",
  );
  await expect(page.getByLabel(/^Rig price/)).toHaveValue("2900");
  const convert = page.getByTestId("convert-unconverted");
  // the rate of the start date's month (February 2026 carries the table's last month, 7.1069)
  await expect(convert).toHaveText("Convert them to yuan at 7.1069 yuan per dollar");
  await convert.click();
  // 2,900 × 7.1069 = 20,610.01; $0.06 × 7.1069 = ¥0.4264 (4 places for a power price)
  await expect(page.getByLabel(/^Rig price/)).toHaveValue("20610.01");
  await expect(page.getByLabel(/^Electricity price/)).toHaveValue("0.4264");
  await expect(notice).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]price=20610\.01(&|$)/);
});
