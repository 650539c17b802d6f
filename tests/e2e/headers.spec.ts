import { expect } from "@playwright/test";
import { test, scrollToCharts, scrollToViews } from "./support";
import { SALESPERSON_S9 } from "../support/scenarios";

test("the page runs under its Content-Security-Policy with no violation or error", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  const response = await page.goto("/?v=1&preset=s9-2018-huaqiangbei&sens=futures&runs=100");
  const headers = response?.headers() ?? {};
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // scripts run only with this request's nonce: no inline-script exception
  const scriptSrc =
    policy
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src")) ?? "";
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  const nonce = scriptSrc.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
  expect(nonce).toBeTruthy();
  // every script Next.js wrote into the page carries it (the chunks those load later are trusted
  // through 'strict-dynamic')
  const html = (await response?.text()) ?? "";
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
  // the charts, the worker and its results all load
  await scrollToCharts(page);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await scrollToViews(page);
  await expect(page.getByTestId("futures-summary")).toContainText("of 100 futures", { timeout: 30_000 });
  expect(problems).toEqual([]);
});

test("each page gets a fresh nonce, and injected inline script does not run", async ({ page, request }) => {
  const nonceOf = (policy: string | undefined) => policy?.match(/'nonce-([^']+)'/)?.[1];
  const [a, b] = await Promise.all([request.get("/"), request.get("/")]);
  expect(nonceOf(a.headers()["content-security-policy"])).toBeTruthy();
  expect(nonceOf(a.headers()["content-security-policy"])).not.toBe(nonceOf(b.headers()["content-security-policy"]));

  const violations: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") violations.push(m.text());
  });
  await page.goto(`/?${SALESPERSON_S9}`);
  // the salesperson's S9 (the engine's golden case)
  await expect(page.getByTestId("headline")).toContainText("Pays back on day 189");
  // markup injected into the page with an inline handler, the usual way in for an attack: refused
  await page.evaluate(() => {
    const b = document.createElement("button");
    b.setAttribute("onclick", "window.__injected = true");
    document.body.appendChild(b);
    b.click();
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(violations.some((v) => /Content Security Policy/i.test(v))).toBe(true);
});
