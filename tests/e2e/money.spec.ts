import { expect } from "@playwright/test";
import { expectShown, shown, shownPolicy, test } from "./support";
import { salespersonS9 } from "../support/scenarios";

test("choosing to hold the coins: the figures follow, the link keeps it, and the panel compares the policies", async ({ page }) => {
  // a rising price, where holding pays more than selling daily; the salesperson's flat S9 (1,323 W,
  // no pool fee, fees 3.39) keeps the hand figures below
  const base = salespersonS9("bg=3");
  await page.goto(`/?${base}`);
  await expect(page.getByTestId("fair-sentence")).toContainText("Fair price at these figures:");
  // the panel's figures as a person reads them, from the same engine run the command line prints
  await expect(page.getByTestId("policy-daily-net-profit")).toHaveText(shownPolicy(base, "daily"));

  await page.getByText("Coins, discounting and a loan").click();
  await page.getByTestId("coin-policy").selectOption("hold");
  await expect(page).toHaveURL(/sell=hold/);
  // the headline's figures are the held coins' (the command line's figures for the same link)
  const hold = shown(`${base}&sell=hold`);
  await expectShown(page, hold);
  await expect(page.getByTestId("policy-hold")).toContainText("your choice");
  await expect(page.getByTestId("policy-hold")).toContainText("1.9513 BTC held at the end");
  await expect(page.getByTestId("policy-hold-net-profit")).toHaveText(shownPolicy(`${base}&sell=hold`, "hold"));
  await expect(page.getByTestId("policy-btc")).toContainText("BTC on day 1 instead");
  // the figures a person reads beside the headline: fair price with the gap, shutdown coin price, NPV and IRR
  await expect(page.getByTestId("fair-price")).toContainText("you pay");
  await expect(page.getByTestId("shutdown-price")).toContainText("¥5,737");
  await expect(page.getByTestId("npv")).toContainText("IRR");

  await page.reload();
  await expect(page.getByTestId("coin-policy")).toHaveValue("hold");
  await expectShown(page, hold);
});

test("a loan shows in the figures and a bad term is refused by name", async ({ page }) => {
  const link = salespersonS9("loan=50&apr=12&term=24");
  await page.goto(`/?${link}`);
  await expectShown(page, shown(link));
  await expect(page.getByTestId("loan")).toContainText("¥15,000");
  await page.getByLabel(/^Loan term/).fill("0");
  await expect(page.getByText("Loan term must be a whole number of months from 1 to 360; “0” is not.")).toBeVisible();
});

test("the headline card says when another coin policy would have turned the answer round", async ({ page }) => {
  // the S9 replay of 2018: selling daily loses ¥14,358, holding the coins nets ¥94,446 (day 1,023)
  await page.goto("/?v=1&preset=s9-2018-replay");
  const flip = page.getByTestId("coin-policy-flip");
  await expect(flip).toHaveText("Holding the coins instead: net profit +¥94,446 (pays back on day 1,023).", { timeout: 20_000 });
  // the same figure as the coins panel below
  await expect(page.getByTestId("policy-hold-net-profit")).toHaveText("¥94,446");
  // every policy of one sign: no line (the replay cut at 1,000 days loses under each)
  await page.goto("/?v=1&preset=s9-2018-replay&days=1000&sell=hold");
  await expect(page.getByTestId("policy-hold-net-profit")).toBeVisible({ timeout: 20_000 });
  await expect(flip).toHaveCount(0);
});
