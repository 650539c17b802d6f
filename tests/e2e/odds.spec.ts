import { expect } from "@playwright/test";
import { test, scrollToViews } from "./support";

test("the odds from history sit under the headline and follow typing", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei");
  const odds = page.getByTestId("payback-odds");
  await expect(odds).toHaveText(
    /^Pays back in \d+ % of 1,000 futures drawn from Jan 2014 – Jan 2018; median(?: day [\d,]+|: never); 10–90 %: /,
    {
      timeout: 20_000,
    },
  );
  // the same figures as the API's futures object of the odds' model: its share, rounded to whole %
  const api = await (await page.request.get("/api/payback?v=1&preset=s9-2018-huaqiangbei&futures=margin")).json();
  await expect(odds).toContainText(`Pays back in ${Math.round(Number(api.futures.payBackPct))} %`);
  const before = await odds.textContent();
  await page.getByLabel(/^Rig price/).fill("10000");
  await expect(odds).not.toHaveText(before ?? "", { timeout: 5_000 });
  const cheap = await (await page.request.get("/api/payback?v=1&preset=s9-2018-huaqiangbei&price=10000&futures=margin")).json();
  await expect(odds).toContainText(`Pays back in ${Math.round(Number(cheap.futures.payBackPct))} %`);
});

test("the odds say what the headline assumes, which has the better record, and how good they have been", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei");
  await expect(page.getByTestId("payback-odds-assumes")).toContainText("This answer assumes the BTC price stays at ¥", { timeout: 20_000 });
  await expect(page.getByTestId("odds-lead")).toContainText("In backtests");
  const record = page.getByTestId("track-record");
  await record.getByText("How good are these odds?").click();
  await expect(page.getByTestId("track-record-claim")).toHaveText(
    /^In backtests over 2014–20\d\d, \d+ % of what really happened fell inside this band\. .*anything from about \d+ to \d+ % fits this history\.$/,
  );
  await expect(record.getByRole("img", { name: /^Predicted odds against what happened/ })).toBeVisible();
  await expect(record.getByRole("table")).toContainText("Paid back");
  await expect(page.getByTestId("track-record-drift")).toContainText("% a year");
  await expect(record).toContainText("scripts/backtest.ts");
});

test("a replay says what the odds said then and what happened", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-replay");
  await expect(page.getByTestId("payback-odds-then")).toHaveText(/^In Jan 2018 the odds said \d+ %; it did not pay back\.$/, {
    timeout: 20_000,
  });
});

test("holding the coins, the page shows no odds and says they failed the backtest; the futures view calls its band a spread", async ({
  page,
}) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei");
  const odds = page.getByTestId("payback-odds");
  await expect(odds).toContainText("futures drawn from", { timeout: 20_000 });
  // the coins kept: the held configuration's band held every recorded outcome (README: the backtest)
  await page.getByText("Coins, discounting and a loan").click();
  await page.locator("#f-sell").selectOption("hold");
  await expect(page).toHaveURL(/sell=hold/);
  await expect(odds).toHaveText(/^No odds for a scenario that keeps its coins: they failed the backtest\. .*100 % of what really happened/);
  await expect(page.getByTestId("odds-lead")).toHaveCount(0);
  await page.getByTestId("track-record").getByText("How good are these odds?").click();
  await expect(page.getByTestId("track-record-claim")).toContainText("The odds failed the backtest for coins kept");
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&sell=hold&sens=futures&runs=200");
  await scrollToViews(page);
  await expect(page.getByTestId("futures-untested")).toContainText("A spread, not odds", { timeout: 30_000 });
});

test("compare mode gives each side its odds", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&mode=compare&hkwh=0.5");
  await expect(page.getByTestId("payback-odds")).toContainText("futures drawn from", { timeout: 20_000 });
  await expect(page.getByTestId("hosted-payback-odds")).toContainText("futures drawn from");
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("the odds line is in Chinese", async ({ page }) => {
    await page.goto("/?v=1&preset=s9-2018-factory");
    await expect(page.getByTestId("payback-odds")).toHaveText(/^在取自 2014年1月 – 2018年1月 历史的 1,000 个情景中，\d+% 回本；/, {
      timeout: 20_000,
    });
    await page.getByTestId("track-record").getByText("这些概率可信吗？").click();
    await expect(page.getByTestId("track-record-claim")).toContainText("的历史回测中，实际结果有");
  });
});

test("a heat map's cells answer the arrow keys and a tap, and say their figures", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&dg=4");
  await scrollToViews(page);
  const growth = page.getByTestId("heat-growth");
  await expect(growth).toBeVisible({ timeout: 20_000 });
  const own = growth.locator("td.own");
  await own.focus();
  const readout = page.getByTestId("heat-growth-readout");
  await expect(readout).toContainText("(your scenario)");
  await page.keyboard.press("ArrowRight");
  await expect(growth.locator("td:focus")).not.toHaveClass(/own/);
  await expect(readout).not.toContainText("(your scenario)");
  await growth.locator("td").first().click();
  await expect(readout).toHaveText((await growth.locator("td").first().getAttribute("title")) ?? "");
});

test("the futures chart names its median and band, and a setting out of range is refused out loud", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&sens=futures&runs=100");
  await scrollToViews(page);
  await expect(page.getByTestId("futures-legend")).toContainText("Median future", { timeout: 30_000 });
  await expect(page.getByTestId("futures-legend")).toContainText("10–90 % of futures");
  await page.getByRole("spinbutton", { name: /^Futures/ }).fill("9");
  await expect(page.getByTestId("futures-refused-count")).toContainText(
    'Futures "9" is not allowed: it must be from 10 to 5,000. The futures keep 100.',
  );
  await page.getByRole("spinbutton", { name: /^Futures/ }).fill("200");
  await expect(page.getByTestId("futures-refused-count")).toHaveCount(0);
});

test("the range of futures can be drawn from history, and its link says so", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&sens=futures&runs=500");
  await scrollToViews(page);
  await page.getByRole("radio", { name: "Drawn from history" }).check();
  await expect(page).toHaveURL(/futures=history/);
  const summary = page.getByTestId("futures-summary");
  await expect(summary).toContainText("Pays back in", { timeout: 20_000 });
  await expect(summary).toContainText("of 500 futures drawn from Jan 2014 – Jan 2018");
  await page.reload();
  await expect(page.getByRole("radio", { name: "Drawn from history" })).toBeChecked();
  await expect(summary).toContainText("of 500 futures drawn from", { timeout: 20_000 });
});

test("the history window can be all of the record or a span, in the link, and a bad span is refused out loud @same-on-phone", async ({
  page,
}) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&sens=futures&futures=history");
  await scrollToViews(page);
  const odds = page.getByTestId("payback-odds");
  await expect(odds).toContainText("drawn from Jan 2014 – Jan 2018", { timeout: 20_000 });
  const picker = page.getByLabel("History drawn from");
  await picker.selectOption("all");
  await expect(page).toHaveURL(/fwin=all/);
  // all recorded history before the start date: from the tables' first day (2012-12-28) to the day before 15 Jan 2018
  await expect(odds).toContainText("drawn from Dec 2012 – Jan 2018", { timeout: 20_000 });
  const api = await (await page.request.get("/api/payback?v=1&preset=s9-2018-huaqiangbei&futures=margin&fwin=all")).json();
  await expect(odds).toContainText(`Pays back in ${Math.round(Number(api.futures.payBackPct))} %`);

  await picker.selectOption("span");
  await page.getByRole("textbox", { name: /^From YYYY/ }).fill("2014-01-01");
  await page.getByRole("textbox", { name: /^To YYYY/ }).fill("2016-12-31");
  await expect(page).toHaveURL(/fwin=2014-01-01\.\.2016-12-31/);
  await expect(odds).toContainText("drawn from Jan 2014 – Dec 2016", { timeout: 20_000 });
  // a span that ends before it starts is named and refused; the futures keep the last good window
  await page.getByRole("textbox", { name: /^To YYYY/ }).fill("2013-12-31");
  await expect(page.getByTestId("futures-window-refused")).toContainText('The window "2014-01-01..2013-12-31" is not allowed');
  await expect(page).toHaveURL(/fwin=2014-01-01\.\.2016-12-31/);
  await page.reload();
  await expect(page.getByLabel("History drawn from")).toHaveValue("span");
  await expect(odds).toContainText("drawn from Jan 2014 – Dec 2016", { timeout: 20_000 });
});
