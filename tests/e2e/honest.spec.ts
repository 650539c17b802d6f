import { expect, type Page } from "@playwright/test";
import { expectShown, shown, test } from "./support";

/** What the address bar holds: the path and the query, as sent or as the page wrote it. */
const address = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

test("a link with a refused date opens its own preset on its own date, says what stands in, and stays as sent until a change", async ({
  page,
}) => {
  // hist=1 with a date after the tables (they end on 2026-02-07): the date is refused, the rest kept
  const link = "/?v=1&preset=s21&hist=1&date=2030-01-01";
  await page.goto(link);
  const notice = page.getByTestId("link-notice");
  await expect(notice).toContainText(
    "Start date “2030-01-01” is outside the recorded history: with “What actually happened” on, it must be from 2012-12-28 to 2026-02-07.",
  );
  await expect(notice).toContainText("Start date: 2026-02-01 is used instead (the example's value).");
  // the S21, not the page's default S9 of January 2018
  await expect(page.getByLabel(/^Hashrate/)).toHaveValue("200");
  await expect(page.getByLabel(/^Rig price/)).toHaveValue("2900");
  await expect(page.locator("#f-date")).toHaveValue("2026-02-01");
  await expect(page.getByTestId("history-toggle")).toBeChecked();
  await expectShown(page, shown("v=1&preset=s21&hist=1"));
  // the address bar is not rewritten with figures the link never had: still the link as sent,
  // well past the 250 ms the page waits before writing the address
  await page.waitForTimeout(1000);
  expect(address(page)).toBe(link);
  // a change by the reader: now the address holds the scenario shown, without the refused date
  await page.getByLabel(/^Number of rigs/).fill("2");
  await expect.poll(() => address(page)).toBe("/?v=1&preset=s21&n=2&hist=1");
  await expectShown(page, shown("v=1&preset=s21&n=2&hist=1"));
});

test("the “2018 again” choice sets both growth rates and puts them in the link", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei");
  const chip = page.locator('[data-growth="again2018"]');
  await expect(chip).toContainText("2018 again");
  await expect(chip).toHaveAttribute("aria-pressed", "false");
  await chip.click();
  // difficulty +15 % a month, price −11.5 % a month (data/growth-scenarios.ts, as recorded from January 2018)
  await expect(page.locator("#f-dg")).toHaveValue("15");
  await expect(page.locator("#f-bg")).toHaveValue("-11.5");
  await expect(chip).toHaveAttribute("aria-pressed", "true");
  // the preset's other figures stay its own, so the link writes only the two rates, in the codec's order
  await expect.poll(() => address(page)).toBe("/?v=1&preset=s9-2018-huaqiangbei&dg=15&bg=-11.5");
  await expectShown(page, shown("v=1&preset=s9-2018-huaqiangbei&dg=15&bg=-11.5"));
});
