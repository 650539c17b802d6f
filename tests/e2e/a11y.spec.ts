import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/**
 * Accessibility: axe-core on every view the page can show, held to WCAG 2.1 A and AA. A violation
 * of impact "serious" or "critical" fails the test; the message lists each rule, where it struck
 * and what axe says is wrong, so the failure reads without opening a trace.
 */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;
type Violation = AxeResults["violations"][number];

function report(view: string, violations: Violation[]): string {
  const lines = [`${violations.length} serious or critical accessibility violation(s) on ${view}:`];
  for (const v of violations) {
    lines.push(`- ${v.id} (${v.impact}): ${v.help}`);
    for (const node of v.nodes.slice(0, 40)) {
      lines.push(`    at ${node.target.join(" ")}`);
      const summary = (node.failureSummary ?? "").replace(/\s+/g, " ").trim();
      if (summary) lines.push(`       ${summary}`);
    }
    if (v.nodes.length > 40) lines.push(`    … and ${v.nodes.length - 40} more`);
  }
  return lines.join("\n");
}

async function expectAccessible(page: Page, view: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  // compared as one line each, so a failure's diff stays as readable as its message
  const found = serious.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  expect(found, report(view, serious)).toEqual([]);
}

/** The page has its figures and both charts drawn (the charts load after the headline). */
async function settled(page: Page) {
  await expect(page.getByTestId("headline")).toBeVisible();
  await expect(page.locator("figure.chart .recharts-wrapper")).toHaveCount(2, { timeout: 20_000 });
  // the heat maps are the sensitivity section's default view, computed in a worker
  await expect(page.getByTestId("heat-growth")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("sens-status")).toBeEmpty({ timeout: 20_000 });
}

const VIEWS: { name: string; path: string }[] = [
  { name: "the default page", path: "/" },
  { name: "hosted mode", path: "/?v=1&preset=s9-2018-huaqiangbei&mode=hosted" },
  { name: "compare mode", path: "/?v=1&preset=s9-2018-huaqiangbei&mode=compare&dg=6&hfee=60" },
  { name: "the history replay", path: "/?v=1&preset=s9-2018-replay&days=1825" },
  { name: "a bad link", path: "/?v=1&preset=s21&price=abc&zzz=1" },
];

for (const view of VIEWS) {
  test(`${view.name} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(view.path);
    await settled(page);
    if (view.path.includes("price=abc")) await expect(page.getByTestId("link-notice")).toBeVisible();
    await expectAccessible(page, view.name);
  });
}

test("a refused value, named inline, has no serious accessibility violations", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei");
  await settled(page);
  const uptime = page.getByLabel(/^Uptime/);
  await uptime.fill("120");
  await expect(uptime).toHaveAttribute("aria-invalid", "true");
  // the field keeps the focus, so its help text shows too
  await expect(page.locator("#f-up-error")).toBeVisible();
  await expectAccessible(page, "a refused value");
});

test("every collapsed section, opened, has no serious accessibility violations", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&mode=compare");
  await settled(page);
  const closed = page.locator("details:not([open]) > summary");
  const count = await closed.count();
  expect(count).toBeGreaterThanOrEqual(4);
  // opening one never closes another, so the first closed one is always the next
  for (let i = 0; i < count; i++) await closed.first().click();
  await expect(page.locator("details:not([open])")).toHaveCount(0);
  await expect(page.locator(".data-table tbody tr").first()).toBeVisible();
  await expectAccessible(page, "the opened sections");
});

test('each view of "How sure is the answer" has no serious accessibility violations', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&runs=200");
  await settled(page);
  await expectAccessible(page, "the heat maps");

  await page.getByRole("tab", { name: "What matters most" }).click();
  await expect(page.getByTestId("tornado").locator("li").first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("sens-status")).toBeEmpty({ timeout: 20_000 });
  await expectAccessible(page, "the tornado (What matters most)");

  await page.getByRole("tab", { name: "Range of futures" }).click();
  await expect(page.getByTestId("futures-summary")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("sens-status")).toBeEmpty({ timeout: 60_000 });
  await expect(page.getByTestId("futures").locator(".recharts-wrapper")).toBeVisible();
  await expectAccessible(page, "the range of futures");
});

for (const view of VIEWS.filter((v) => v.name === "the default page" || v.name === "compare mode")) {
  test(`${view.name} in dark mode has no serious accessibility violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(view.path);
    await settled(page);
    await expectAccessible(page, `${view.name} (dark)`);
  });
}

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });
  for (const [name, path, dark] of [
    ["the default page", "/", false],
    ["compare mode, dark", "/?v=1&preset=s9-2018-huaqiangbei&mode=compare&dg=6&hfee=60", true],
    ["a bad link", "/?v=1&preset=s21&price=abc&zzz=1", false],
  ] as const) {
    test(`${name} has no serious accessibility violations`, async ({ page }) => {
      if (dark) await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(path);
      await settled(page);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await expectAccessible(page, `${name} (中文)`);
    });
  }
});
