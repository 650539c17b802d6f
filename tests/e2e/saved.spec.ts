import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { shown, test, scrollToCharts } from "./support";

const KEY = "rig-payback.saved.v1";

async function save(page: Page, name: string) {
  await page.getByTestId("saved-name").fill(name);
  await page.getByTestId("saved-save").click();
  await expect(page.getByTestId("saved-status")).toHaveText(`Saved “${name}”.`);
}

const names = (page: Page) => page.getByTestId("saved-item-name");

/**
 * Opens a page and waits until the results above the saved panel are drawn: the panels and charts
 * arrive after the page comes to life and push this panel down, and a click aimed while they land
 * can miss its button (as a person's finger would).
 */
async function openSettled(page: Page, path: string) {
  await page.goto(path);
  await scrollToCharts(page);
  await expect(page.locator("figure.chart .recharts-wrapper").first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator(".chart-skeleton")).toHaveCount(0);
}

test("save, list, rename, reopen, compare and delete scenarios, kept in this browser only", async ({ page }) => {
  const one = "v=1&preset=s9-2018-huaqiangbei";
  const two = "v=1&preset=s9-2018-huaqiangbei&n=2&kwh=0.3";
  await openSettled(page, `/?${one}`);
  const panel = page.getByTestId("saved");
  await expect(panel).toContainText("Kept in this browser only");
  await save(page, "First S9");
  await page.getByLabel(/^Number of rigs/).fill("2");
  await page.getByRole("textbox", { name: /^Electricity price/ }).fill("0,3");
  await expect(page).toHaveURL(/n=2&.*kwh=0\.3/);
  await save(page, "Two S9s");
  await expect(names(page)).toHaveText(["Two S9s", "First S9"]);

  // rename, from the keyboard
  await page.getByRole("button", { name: "Rename “First S9”" }).click();
  const input = page.getByTestId("saved-rename-input");
  await expect(input).toBeFocused();
  await input.fill("One S9");
  await input.press("Enter");
  await expect(names(page)).toHaveText(["Two S9s", "One S9"]);

  // the list survives a reload: it is in this browser's storage, and the link knows nothing of it
  await page.reload();
  await expect(names(page)).toHaveText(["Two S9s", "One S9"]);
  expect(page.url()).not.toMatch(/saved|One/);

  // reopen the first: the form, the link and the results are that scenario's
  await page.getByRole("button", { name: "Open “One S9”" }).click();
  await expect(page.getByLabel(/^Number of rigs/)).toHaveValue("1");
  await expect(page).not.toHaveURL(/n=2/);
  await expect(page.getByTestId("net-profit")).toHaveText(shown(one).net ?? "");
  // opening is a step that back undoes
  await page.goBack();
  await expect(page).toHaveURL(/n=2/);
  await page.goForward();
  await expect(page).not.toHaveURL(/n=2/);

  // compare the two: each column has its scenario's own figures, as its result card says them
  await page.getByRole("checkbox", { name: "Compare “Two S9s”" }).check();
  await page.getByRole("checkbox", { name: "Compare “One S9”" }).check();
  const table = page.getByTestId("saved-compare");
  await expect(table.locator("thead th")).toHaveText(["Figure", "Two S9s", "One S9"]);
  await expect(page.getByTestId("saved-compare-net-profit").locator("td")).toHaveText([shown(two).net ?? "", shown(one).net ?? ""]);
  await expect(page.getByTestId("saved-compare-roi").locator("td")).toHaveText([shown(two).roi ?? "", shown(one).roi ?? ""]);

  // delete one: the comparison goes, the list keeps the other, also after a reload
  await page.getByRole("button", { name: "Delete “Two S9s”" }).click();
  await expect(names(page)).toHaveText(["One S9"]);
  await expect(table).toHaveCount(0);
  await page.reload();
  await expect(names(page)).toHaveText(["One S9"]);
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null"), KEY);
  expect(stored).toMatchObject({ v: 1, items: [{ name: "One S9", query: one }] });
});

test("unreadable storage starts an empty list with a notice, never a crash, and is kept aside @same-on-phone", async ({ page }) => {
  await openSettled(page, "/?v=1&preset=s21");
  await page.evaluate((key) => localStorage.setItem(key, "{not json at all"), KEY);
  await page.reload();
  await expect(page.getByTestId("saved-problem")).toContainText("could not be read, so the list starts empty");
  await expect(names(page)).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem("rig-payback.saved.unreadable"))).toBe("{not json at all");
  // the page works on, and saving starts a fresh list
  await save(page, "Fresh");
  await expect(names(page)).toHaveText(["Fresh"]);
  await page.reload();
  await expect(page.getByTestId("saved-problem")).toHaveCount(0);
  await expect(names(page)).toHaveText(["Fresh"]);
});

test("entries that cannot be opened are kept aside, named with the reason, survive a save, and download @same-on-phone", async ({
  page,
}) => {
  await openSettled(page, "/?v=1&preset=s21");
  const at = "2026-02-01T10:00:00.000Z";
  const good = { id: "a", name: "Good S21", query: "v=1&preset=s21", savedAt: at };
  const broken = { id: "b", name: "My old S9", query: "v=1&price=abc", savedAt: at };
  await page.evaluate(([key, text]) => localStorage.setItem(key ?? "", text ?? ""), [KEY, JSON.stringify({ v: 1, items: [good, broken] })]);
  await page.reload();
  const notice = page.getByTestId("saved-problem");
  await expect(notice).toContainText("One saved scenario is kept aside in this browser, not lost:");
  await expect(page.getByTestId("saved-aside")).toHaveText(["My old S9: its scenario no longer opens"]);
  await expect(names(page)).toHaveText(["Good S21"]);
  // a save does not erase it: after a reload it is still named
  await save(page, "Another");
  await page.reload();
  await expect(names(page)).toHaveText(["Another", "Good S21"]);
  await expect(page.getByTestId("saved-aside")).toHaveText(["My old S9: its scenario no longer opens"]);
  // and it downloads as JSON, exactly as it was stored
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("saved-export-aside").click()]);
  expect(download.suggestedFilename()).toBe("rig-payback-saved-kept-aside.json");
  const path = await download.path();
  const { readFileSync } = await import("node:fs");
  expect(JSON.parse(readFileSync(path, "utf8"))).toEqual({
    v: 1,
    keptAside: [{ name: "My old S9", reason: "does-not-open", entry: broken }],
  });
});

test("a list longer than the cap names the cap as the reason @same-on-phone", async ({ page }) => {
  await openSettled(page, "/?v=1&preset=s21");
  const at = "2026-02-01T10:00:00.000Z";
  const items = Array.from({ length: 60 }, (_, i) => ({ id: `id${i}`, name: `S21 no. ${i + 1}`, query: "v=1&preset=s21", savedAt: at }));
  await page.evaluate(([key, text]) => localStorage.setItem(key ?? "", text ?? ""), [KEY, JSON.stringify({ v: 1, items })]);
  await page.reload();
  await expect(names(page)).toHaveCount(50);
  await expect(page.getByTestId("saved-problem")).toContainText("10 saved scenarios are kept aside in this browser, not lost:");
  await expect(page.getByTestId("saved-capped")).toHaveText(
    "10 of them are past the cap: the list keeps at most 50 scenarios, so only the first 50 are listed.",
  );
  await expect(page.getByTestId("saved-aside").locator("li").first()).toHaveText("S21 no. 51: past the cap of 50 saved scenarios");
  await expect(page.getByTestId("saved-problem")).not.toContainText("could not be opened");
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("the saved scenarios speak Chinese, and a nameless save gets a name @same-on-phone", async ({ page }) => {
    await openSettled(page, "/?v=1&preset=s21&mode=compare");
    await expect(page.getByRole("heading", { name: "我的方案" })).toBeVisible();
    await page.getByTestId("saved-save").click();
    await expect(names(page)).toHaveText(["蚂蚁矿机 S21 · $2,900 · 对比"]);
    await page.getByLabel(/^矿机数量/).fill("3");
    await page.getByTestId("saved-name").fill("三台");
    await page.getByTestId("saved-save").click();
    await page.getByRole("checkbox", { name: "对比“三台”" }).check();
    await page.getByRole("checkbox", { name: "对比“蚂蚁矿机 S21 · $2,900 · 对比”" }).check();
    // each compare-mode scenario gives two columns: self-run and hosted
    await expect(page.getByTestId("saved-compare").locator("thead th")).toHaveCount(5);
    await expect(page.getByTestId("saved-compare")).toContainText("并列对比");
    await expect(page.getByTestId("saved-compare-break-even").locator("th")).toHaveText("回本");
  });
});

test("the saved scenarios, listed and compared, have no serious accessibility violations, light or dark @same-on-phone", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openSettled(page, "/?v=1&preset=s21");
  await save(page, "A");
  await page.getByRole("textbox", { name: /^Number of rigs/ }).fill("4");
  await save(page, "B");
  await page.getByRole("checkbox", { name: "Compare “A”" }).check();
  await page.getByRole("checkbox", { name: "Compare “B”" }).check();
  await expect(page.getByTestId("saved-compare")).toBeVisible();
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page })
      .include('[data-testid="saved"]')
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.flatMap((v) => v.nodes.map((n) => `${scheme} ${v.id}: ${n.target.join(" ")}`))).toEqual([]);
  }
});
