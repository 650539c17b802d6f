import { expect, test } from "@playwright/test";
import { expected, headline } from "./support";

test("choosing to hold the coins: the figures follow, the link keeps it, and the panel compares the policies", async ({ page }) => {
  // a rising price, where holding pays more than selling daily
  const base = "v=1&preset=s9-2018-huaqiangbei&bg=3";
  await page.goto(`/?${base}`);
  await expect(page.getByTestId("fair-sentence")).toContainText("Fair price at these figures:");
  const daily = expected(base).self;
  await expect(page.getByTestId("policy-daily-net-profit")).toHaveText(daily?.netProfit ?? "");

  await page.getByText("Coins, discounting and a loan").click();
  await page.getByTestId("coin-policy").selectOption("hold");
  await expect(page).toHaveURL(/sell=hold/);
  const hold = expected(`${base}&sell=hold`).self;
  // the headline's figures are the held coins' (the command line's figures for the same link)
  await expect(page.getByTestId("net-profit")).toHaveText(hold?.netProfit ?? "");
  expect(await headline(page)).toEqual({ day: String(hold?.breakEvenDay), roi: hold?.roiPct, net: hold?.netProfit });
  await expect(page.getByTestId("policy-hold")).toContainText("your choice");
  await expect(page.getByTestId("policy-hold")).toContainText("1.9513 BTC held at the end");
  await expect(page.getByTestId("policy-hold-net-profit")).toHaveText(hold?.netProfit ?? "");
  await expect(page.getByTestId("policy-btc")).toContainText("BTC on day 1 instead");
  // the figures a person reads beside the headline: fair price with the gap, shutdown coin price, NPV and IRR
  await expect(page.getByTestId("fair-price")).toContainText("you pay");
  await expect(page.getByTestId("shutdown-price")).toContainText("¥5,737");
  await expect(page.getByTestId("npv")).toContainText("IRR");

  await page.reload();
  await expect(page.getByTestId("coin-policy")).toHaveValue("hold");
  await expect(page.getByTestId("net-profit")).toHaveText(hold?.netProfit ?? "");
});

test("a loan shows in the figures and a bad term is refused by name", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&loan=50&apr=12&term=24");
  const want = expected("v=1&preset=s9-2018-huaqiangbei&loan=50&apr=12&term=24").self;
  await expect(page.getByTestId("net-profit")).toHaveText(want?.netProfit ?? "");
  await expect(page.getByTestId("loan")).toContainText("¥15,000");
  await page.getByLabel(/^Loan term/).fill("0");
  await expect(page.getByText(/term = "0" is not allowed/)).toBeVisible();
});
