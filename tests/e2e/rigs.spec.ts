import AxeBuilder from "@axe-core/playwright";
import { expect } from "@playwright/test";
import { cameToLife, openRigSpecs, test } from "./support";

// a miner's own site: yuan, ¥0.2843 per kWh, 2 % pool fee, 95 % uptime
const MY_SITE = { kwh: "0.2843", pool: "2", up: "95" };

test("my site figures survive the ranking and a change of rig", async ({ page }, info) => {
  // a long walk through two pages, the ranking running 40 rigs on the server
  test.setTimeout(90_000);
  const phone = info.project.name === "phone";
  await page.goto("/?v=1&preset=s21");
  await page.locator("#f-cur").selectOption("CNY");
  await page.getByRole("textbox", { name: /^Electricity price/ }).fill(MY_SITE.kwh);
  await page.getByLabel(/^Pool fee/).fill(MY_SITE.pool);
  await page.getByLabel(/^Uptime/).fill(MY_SITE.up);
  await expect(page).toHaveURL(/cur=CNY/);
  await expect(page).toHaveURL(/kwh=0\.2843/);
  await expect(page).toHaveURL(/pool=2(&|$)/);
  await expect(page).toHaveURL(/up=95/);

  // the ranking opens on the same figures
  await page.getByTestId("rigs-link").click();
  await expect(page).toHaveURL(/\/rigs\?.*kwh=0\.2843/);
  await cameToLife(page);
  const site = page.getByTestId("site-figures");
  await expect(site).toContainText("0.2843");
  await expect(site).toContainText("95");
  await expect(page.getByTestId("rig-count")).toHaveText(/^(\d+) of \1 rigs$/);

  // sort by efficiency: the A16 XP (3,850 W ÷ 300 TH/s = 12.8 J/TH) first, the S9 (98.0) last
  if (phone) await page.getByTestId("sort-select").selectOption("jPerTh:asc");
  else {
    await page.locator('button[data-sort="jPerTh"]').click();
    await expect(page.locator("th:has(button[data-sort='jPerTh'])")).toHaveAttribute("aria-sort", "ascending");
  }
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toHaveAttribute("data-rig", "a16-xp");
  await expect(rows.last()).toHaveAttribute("data-rig", "s9");
  if (!phone) {
    // the keyboard sorts too: the other way round
    await page.locator('button[data-sort="jPerTh"]').focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("th:has(button[data-sort='jPerTh'])")).toHaveAttribute("aria-sort", "descending");
    await expect(rows.first()).toHaveAttribute("data-rig", "s9");
  }

  // only MicroBT's rigs
  await page.getByTestId("filter-maker").selectOption("MicroBT");
  await expect(page.getByTestId("rig-count")).toHaveText(/^\d+ of \d+ rigs$/);
  for (const name of await page.locator("tbody tr th a").allTextContents()) expect(name).toMatch(/^Whatsminer/);

  // open one: the calculator on that rig, my figures kept
  await page.getByTestId("open-m56s-plus-plus").click();
  await expect(page).toHaveURL(/rig=m56s-plus-plus/);
  await cameToLife(page);
  await expect(page.getByTestId("rig-picker")).toHaveValue("m56s-plus-plus");
  await expect(page.getByLabel(/^Hashrate/)).toHaveValue("230");
  await expect(page.locator("#f-cur")).toHaveValue("CNY");
  await expect(page.getByRole("textbox", { name: /^Electricity price/ })).toHaveValue(MY_SITE.kwh);
  await expect(page.getByLabel(/^Pool fee/)).toHaveValue(MY_SITE.pool);
  await expect(page.getByLabel(/^Uptime/)).toHaveValue(MY_SITE.up);

  // another rig from the picker: still my figures; its US$2,800 price in yuan at October 2023's 7.3071
  await page.getByTestId("rig-picker").selectOption("s21");
  await expect(page.getByLabel(/^Hashrate/)).toHaveValue("200");
  await expect(page.getByLabel(/^Rig price/)).toHaveValue("20459.88");
  await expect(page.getByTestId("rig-price-note")).toContainText("7.3071");
  await expect(page.getByRole("textbox", { name: /^Electricity price/ })).toHaveValue(MY_SITE.kwh);
  await expect(page).toHaveURL(/rig=s21/);

  // its own figures typed as miners type them keep the rig: 200T and 3.5kW are the S21's 200 TH/s at 3,500 W
  await openRigSpecs(page);
  await page.getByLabel(/^Hashrate/).fill("200T");
  await page
    .getByLabel(/^Power/)
    .first()
    .fill("3.5kW");
  await expect(page.getByTestId("rig-picker")).toHaveValue("s21");
  await expect(page).toHaveURL(/rig=s21/);
  // the rig's own figures need no keys of their own in the link
  await expect(page).not.toHaveURL(/[?&](ths|w)=/);

  // my own measured hashrate makes it a custom rig
  await page.getByLabel(/^Hashrate/).fill("190");
  await expect(page.getByTestId("rig-picker")).toHaveValue("");
  await expect(page).not.toHaveURL(/rig=/);
  await expect(page).toHaveURL(/ths=190/);
});

test("the ranking reads in Chinese and goes back to the calculator with the same figures @same-on-phone", async ({ page }) => {
  await page.context().addCookies([{ name: "lang", value: "zh", domain: "127.0.0.1", path: "/" }]);
  await page.goto(`/rigs?v=1&preset=s21&cur=CNY&kwh=${MY_SITE.kwh}&pool=2&up=95`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("按我的条件，买哪款矿机");
  await expect(page.getByTestId("rig-count")).toContainText("共");
  await page.getByTestId("back-to-calculator").click();
  await expect(page).toHaveURL(/kwh=0\.2843/);
  await expect(page.getByRole("textbox", { name: /^电价/ })).toHaveValue(MY_SITE.kwh);
});

test("a 1 MW site at ¥0.30/kWh: sorted by profit per MW, the best rig opens with the site's figures kept", async ({ page }, info) => {
  test.setTimeout(90_000);
  const phone = info.project.name === "phone";
  await page.goto("/?v=1&preset=s21");
  await page.locator("#f-cur").selectOption("CNY");
  await page.getByRole("textbox", { name: /^Electricity price/ }).fill("0.30");
  await expect(page).toHaveURL(/kwh=0\.3(&|$)/);
  await page.getByTestId("rigs-link").click();
  await expect(page).toHaveURL(/\/rigs\?.*kwh=0\.3/);
  await cameToLife(page);

  // my site: 1 MW at the wall
  await page.getByTestId("fleet-capacity").fill("1");
  await expect(page.getByTestId("fleet-capacity-unit")).toHaveValue("MW");
  await page.getByTestId("fleet-apply").click();
  await expect(page).toHaveURL(/[?&]cap=1000(&|$)/);
  await cameToLife(page);
  await expect(page.getByTestId("fleet-shown")).toContainText("1 MW at the wall");
  await expect(page.getByTestId("fleet-capacity")).toHaveValue("1");
  await expect(page.getByTestId("site-figures")).toContainText("0.3");
  // estimated prices say so
  await expect(page.getByTestId("estimate-legend")).toBeVisible();

  // best profit per MW first
  if (phone) await page.getByTestId("sort-select").selectOption("profitPerMwYear:desc");
  else {
    await page.locator('button[data-sort="profitPerMwYear"]').click();
    await expect(page.locator("th:has(button[data-sort='profitPerMwYear'])")).toHaveAttribute("aria-sort", "descending");
  }
  const first = page.locator("tbody tr").first();
  const best = await first.getAttribute("data-rig");
  expect(best).toBeTruthy();
  // how many fit is a whole number of rigs, and the S21 (3.5 kW) fits floor(1000 ÷ 3.5) = 285 times
  await expect(page.locator('tr[data-rig="s21"] td').first()).toBeVisible();
  const s21Count = page.locator('tr[data-rig="s21"] td[data-label="How many fit"]');
  await expect(s21Count).toHaveText("285");

  // open the best: the calculator on that rig at my figures
  await page.getByTestId(`open-${best}`).click();
  await expect(page).toHaveURL(new RegExp(`rig=${best}`));
  await cameToLife(page);
  await expect(page.getByTestId("rig-picker")).toHaveValue(best ?? "");
  await expect(page.locator("#f-cur")).toHaveValue("CNY");
  await expect(page.getByRole("textbox", { name: /^Electricity price/ })).toHaveValue("0.3");
  // beside the fair price, what the market's index said for a rig of this efficiency
  await expect(page.getByTestId("market-sentence")).toContainText("price index");
});

test("the ranking for a site, with estimates and the replay switch, has no serious accessibility violations @same-on-phone", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto("/rigs?v=1&preset=s21&cur=CNY&kwh=0.3&cap=1000");
  await expect(page.getByTestId("fleet-shown")).toBeVisible();
  await expect(page.getByTestId("estimate-legend")).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    "serious or critical violations on /rigs",
  ).toEqual([]);
});

test("a ranking of a dollar example read in yuan says why every rig loses, and where to convert @same-on-phone", async ({ page }) => {
  // measured before: every row "Does not pay back · ≈ −100 %" with no word of the $80,527.06 read as ¥80,527.06
  await page.goto("/rigs?v=1&preset=s21&cur=CNY&kwh=0.3");
  const warning = page.getByTestId("rigs-link-warning");
  await expect(warning).toContainText("unconverted");
  await expect(page.getByTestId("site-figures")).toContainText("¥80,527");
  await warning.getByRole("link").click();
  await cameToLife(page);
  await page.getByTestId("convert-unconverted").click();
  // $80,527.06 × 7.1069 = ¥572,297.76
  await expect(page.getByLabel(/^BTC price (USD|CNY) per BTC/)).toHaveValue("572297.76");
});
