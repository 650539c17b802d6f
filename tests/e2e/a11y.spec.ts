import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { test, scrollToCharts, scrollToViews } from "./support";

/**
 * Accessibility: axe-core on every view the page can show, held to WCAG 2.1 A and AA. A violation
 * of impact "serious" or "critical" fails the test; the message lists each rule, where it struck
 * and what axe says is wrong, so the failure reads without opening a trace.
 *
 * An analysis costs seconds and so does a settled page, so each test loads one page and checks
 * every state it can reach from there: light then dark, sections opened, a refused value typed.
 */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Dark mode only redefines the colour variables (app/globals.css), so on the same page the rules
 * that read colours are the only ones whose outcome it can change: those run again in the dark.
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/** A test's time: a page to settle (a replay's heat maps take seconds) and each analysis on it. */
function budget(analyses: number): number {
  return 30_000 + analyses * 20_000;
}

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

async function expectAccessible(page: Page, view: string, rules?: string[]) {
  const axe = new AxeBuilder({ page });
  const results = await (rules ? axe.withRules(rules) : axe.withTags(TAGS)).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  // compared as one line each, so a failure's diff stays as readable as its message
  const found = serious.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  expect(found, report(view, serious)).toEqual([]);
}

/** The same page in dark mode: its colours checked again. */
async function expectAccessibleInDark(page: Page, view: string) {
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(() => page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(true);
  await expectAccessible(page, `${view} (dark)`, COLOUR_RULES);
}

/** The page has its figures and both charts drawn (the charts load after the headline). */
async function settled(page: Page) {
  await expect(page.getByTestId("headline")).toBeVisible();
  // the charts and the views are drawn as they come near the screen: a reader scrolls down to them
  await scrollToCharts(page);
  await expect(page.locator("figure.chart .recharts-wrapper")).toHaveCount(2, { timeout: 20_000 });
  await scrollToViews(page);
  // the heat maps are the sensitivity section's default view, computed in a worker (on a replay whose
  // growth map is one answer everywhere, that answer in words instead)
  await expect(page.getByTestId("heat-growth").or(page.getByTestId("heat-growth-uniform"))).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("sens-status")).toBeEmpty({ timeout: 20_000 });
}

/** Opens every collapsed section (the form's extra fields, the charts' data table). */
async function openEverySection(page: Page) {
  const closed = page.locator("details:not([open]) > summary");
  const count = await closed.count();
  expect(count).toBeGreaterThanOrEqual(4);
  // opening one never closes another, so the first closed one is always the next
  for (let i = 0; i < count; i++) await closed.first().click();
  await expect(page.locator("details:not([open])")).toHaveCount(0);
  await expect(page.locator(".data-table tbody tr").first()).toBeVisible();
}

/** A link with a refused and an unknown key, then a refused value typed: the notice and the inline message. */
async function refuseValues(page: Page) {
  await expect(page.getByTestId("link-notice")).toBeVisible();
  const uptime = page.locator("#f-up");
  await uptime.fill("120");
  await expect(uptime).toHaveAttribute("aria-invalid", "true");
  // the field keeps the focus, so its help text shows too
  await expect(page.locator("#f-up-error")).toBeVisible();
}

/**
 * On a phone the same content stacks in one column; what only the phone shows (both answers in a
 * strip, the slim headline bar) is on the default page and in compare mode, checked on both
 * projects. The other views are checked at the desktop size (playwright.config.ts).
 */
const PHONE_SAME = { tag: "@same-on-phone" };

const BAD_LINK = "/?v=1&preset=s21&price=abc&zzz=1";
const COMPARE = "/?v=1&preset=s9-2018-huaqiangbei&mode=compare&dg=6&hfee=60";

test("the default page has no serious accessibility violations, light or dark", async ({ page }) => {
  test.setTimeout(budget(2));
  await page.goto("/");
  await settled(page);
  await expectAccessible(page, "the default page");
  await expectAccessibleInDark(page, "the default page");
});

test("hosted mode has no serious accessibility violations", PHONE_SAME, async ({ page }) => {
  test.setTimeout(budget(1));
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&mode=hosted");
  await settled(page);
  await expectAccessible(page, "hosted mode");
});

test("compare mode, every collapsed section opened, has no serious accessibility violations, light or dark", async ({ page }) => {
  test.setTimeout(budget(2));
  await page.goto(COMPARE);
  await settled(page);
  await openEverySection(page);
  await expectAccessible(page, "compare mode, sections opened");
  await expectAccessibleInDark(page, "compare mode, sections opened");
});

test("the history replay has no serious accessibility violations", PHONE_SAME, async ({ page }) => {
  test.setTimeout(budget(1));
  await page.goto("/?v=1&preset=s9-2018-replay&days=1825");
  await settled(page);
  await expectAccessible(page, "the history replay");
});

test("a bad link and a refused value, each named, have no serious accessibility violations", PHONE_SAME, async ({ page }) => {
  test.setTimeout(budget(1));
  await page.goto(BAD_LINK);
  await settled(page);
  await refuseValues(page);
  await expectAccessible(page, "a bad link and a refused value");
});

test('the other views of "How sure is the answer" have no serious accessibility violations', PHONE_SAME, async ({ page }) => {
  // the heat maps, the default view, are checked with the default page
  test.setTimeout(budget(2) + 30_000);
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&runs=200");
  await settled(page);

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

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("compare mode, every section opened, has no serious accessibility violations, light or dark", PHONE_SAME, async ({ page }) => {
    test.setTimeout(budget(2));
    await page.goto(COMPARE);
    await settled(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await openEverySection(page);
    await expectAccessible(page, "compare mode, sections opened (中文)");
    await expectAccessibleInDark(page, "compare mode, sections opened (中文)");
  });

  test("a bad link and a refused value have no serious accessibility violations", PHONE_SAME, async ({ page }) => {
    test.setTimeout(budget(1));
    await page.goto(BAD_LINK);
    await settled(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await refuseValues(page);
    await expectAccessible(page, "a bad link and a refused value (中文)");
  });
});
