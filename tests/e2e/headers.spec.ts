import { expect, type Response } from "@playwright/test";
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

test("the page's scripts arrive in Brotli, and the page comes alive", async ({ page, request }) => {
  // what the server sent for each script from the build, as the browser saw it
  const scripts: Promise<{ url: string; encoding?: string; cache?: string; bytes: number } | null>[] = [];
  // a script still arriving when the test ends (a late chunk) is left out, never an error after it
  const onResponse = (r: Response) => {
    if (r.request().resourceType() === "script" && r.url().includes("/_next/static/")) {
      scripts.push(
        r
          .body()
          .then((body) => ({
            url: r.url(),
            encoding: r.headers()["content-encoding"],
            cache: r.headers()["cache-control"],
            bytes: body.length,
          }))
          .catch(() => null),
      );
    }
  };
  page.on("response", onResponse);
  const response = await page.goto(`/?${SALESPERSON_S9}`);
  // the page's HTML too, compressed as it streams (scripts/compression.mjs)
  expect(response?.headers()["content-encoding"]).toBe("br");
  // alive: the headline worked out and a field answers
  await expect(page.getByTestId("headline")).toContainText("Pays back on day 189");
  await expect(page.locator("html[data-ready]")).toBeAttached();
  page.off("response", onResponse);
  const sent = (await Promise.all(scripts)).filter((s) => s !== null);
  // the first load is some ten chunks; each of 1 KB or more comes as the build's Brotli copy
  expect(sent.filter((s) => s.bytes >= 1024).length).toBeGreaterThan(5);
  for (const s of sent.filter((x) => x.bytes >= 1024)) {
    expect(s.encoding, s.url).toBe("br");
    expect(s.cache, s.url).toBe("public, max-age=31536000, immutable");
  }

  // a client that takes only gzip gets gzip, of the page and of a script
  const gzipOnly = { "Accept-Encoding": "gzip" };
  const html = await request.get("/", { headers: gzipOnly });
  expect(html.headers()["content-encoding"]).toBe("gzip");
  expect(await html.text()).toContain("<html");
  const biggest = sent.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const path = new URL(biggest.url).pathname;
  const script = await request.get(path, { headers: gzipOnly });
  expect(script.headers()["content-encoding"]).toBe("gzip");
  expect((await script.body()).length).toBe(biggest.bytes);
  // the Brotli copy goes with the headers Next.js sends with the file itself (next.config.js's too)
  const copy = await request.get(path, { headers: { "Accept-Encoding": "br" } });
  expect(copy.headers()["content-encoding"]).toBe("br");
  for (const name of [
    "content-type",
    "cache-control",
    "vary",
    "x-content-type-options",
    "referrer-policy",
    "x-frame-options",
    "permissions-policy",
    "last-modified",
  ]) {
    expect(copy.headers()[name], name).toBe(script.headers()[name]);
  }
  // and one that refuses Brotli by weight, too
  const refused = await request.get("/", { headers: { "Accept-Encoding": "br;q=0, gzip" } });
  expect(refused.headers()["content-encoding"]).toBe("gzip");
});
