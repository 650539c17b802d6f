import { expect, type APIResponse } from "@playwright/test";
import { test } from "./support";
import { SALESPERSON_S9 } from "../support/scenarios";

// A shared link's preview: the og: tags a crawler reads from the page's <head>, and the image they name.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Checks a PNG answer and returns its bytes: signature, 1200 × 630 in the IHDR chunk, a sensible size. */
async function expectPreviewPng(response: APIResponse): Promise<Buffer> {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["cache-control"]).toContain("max-age=");
  const body = await response.body();
  expect([...body.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  // IHDR is the first chunk: length (4), "IHDR" (4), width (4), height (4), big-endian
  expect(body.subarray(12, 16).toString("latin1")).toBe("IHDR");
  expect(body.readUInt32BE(16)).toBe(1200);
  expect(body.readUInt32BE(20)).toBe(630);
  // a drawn card, not an empty canvas (an empty 1200 × 630 PNG is a few hundred bytes), nor a runaway
  expect(body.length).toBeGreaterThan(20_000);
  expect(body.length).toBeLessThan(1_000_000);
  return body;
}

function headOf(html: string): string {
  const end = html.indexOf("</head>");
  expect(end).toBeGreaterThan(0);
  return html.slice(0, end);
}

function metaContent(head: string, attribute: "property" | "name", key: string): string | undefined {
  const tag = head.match(new RegExp(`<meta[^>]*${attribute}="${key}"[^>]*>`))?.[0];
  return tag?.match(/content="([^"]*)"/)?.[1]?.replace(/&amp;/g, "&");
}

test("a shared link's <head> names its answer and an absolute image URL of the canonical scenario", async ({ request, baseURL }) => {
  // what a crawler gets: the HTML alone, no script run
  const response = await request.get(`/?${SALESPERSON_S9}&price=30000&sens=futures`, {
    headers: { "user-agent": "Mozilla/5.0 (compatible; ExamplePreview/1.0)" },
  });
  expect(response.status()).toBe(200);
  const head = headOf(await response.text());
  // golden case: the salesperson's ¥30,000 S9 pays back on day 189 (tests/lib/engine/simulate.test.ts);
  // at 1,323 W, not the preset's 1,400 W, the rig is named by its hashrate
  expect(metaContent(head, "property", "og:title")).toBe("13.5 TH/s rig at ¥30,000: pays back on day 189");
  expect(metaContent(head, "name", "twitter:card")).toBe("summary_large_image");
  expect(metaContent(head, "property", "og:image:width")).toBe("1200");
  expect(metaContent(head, "property", "og:image:height")).toBe("630");
  expect(metaContent(head, "property", "og:image:alt")).toContain("pays back on day 189");
  const image = new URL(metaContent(head, "property", "og:image") ?? "");
  // the page's own origin, and the canonical query: price=30000 is the preset's, sens is the page's;
  // the salesperson's keys in the codec's order (w, dg, fees, pool)
  expect(image.origin).toBe(new URL(baseURL ?? "").origin);
  expect(image.pathname).toBe("/og");
  expect(image.search).toBe("?v=1&preset=s9-2018-huaqiangbei&w=1323&dg=0&fees=3.39&pool=0");
  expect(metaContent(head, "name", "twitter:image")).toBe(image.href);
  await expectPreviewPng(await request.get(image.href));
});

test("the browser's page carries the same tags in its <head>", async ({ page }) => {
  await page.goto("/?v=1&preset=s21");
  const og = page.locator('head meta[property="og:image"]');
  await expect(og).toHaveCount(1);
  expect(new URL((await og.getAttribute("content")) ?? "").search).toBe("?v=1&preset=s21");
  await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute(
    "content",
    "S21 at $2,900: does not pay back within 3 years",
  );
});

test("every scenario gets its own image; a garbage query still gets a PNG, the default preset's", async ({ request }) => {
  const s9 = await expectPreviewPng(await request.get("/og?v=1&preset=s9-2018-huaqiangbei"));
  const replay = await expectPreviewPng(await request.get("/og?v=1&preset=s9-2018-replay"));
  const compare = await expectPreviewPng(await request.get("/og?v=1&preset=s9-2018-hosted"));
  expect(replay.equals(s9)).toBe(false);
  expect(compare.equals(s9)).toBe(false);
  // no key of this query is valid, so it opens the default preset, as the page does
  const garbage = await expectPreviewPng(await request.get("/og?%25%25zz=%3Cscript%3E&v=9&price=-1&ths=1e999999&w=NaN"));
  expect(garbage.equals(s9)).toBe(true);
  await expectPreviewPng(await request.get(`/og?v=1&preset=s21&price=${"9".repeat(5000)}&n=1&n=2`));
  await expectPreviewPng(await request.get("/og?%E0%A4%A&%00=%FF&&&=&v=1&preset=__proto__"));
});

test("a Chinese reader's page names a Chinese preview, drawn in Chinese", async ({ request }) => {
  // a chat app's crawler asking for Chinese, as WeChat's does
  const response = await request.get(`/?${SALESPERSON_S9}`, { headers: { "accept-language": "zh-CN,zh;q=0.9" } });
  const head = headOf(await response.text());
  // the salesperson's S9: day 189; at 1,323 W the rig is named by its hashrate
  expect(metaContent(head, "property", "og:title")).toBe("¥30,000 的 13.5 TH/s 矿机：第 189 天回本");
  expect(metaContent(head, "property", "og:locale")).toBe("zh_CN");
  const image = new URL(metaContent(head, "property", "og:image") ?? "");
  // the scenario's query as in English, the language on its own key after it
  expect(image.search).toBe("?v=1&preset=s9-2018-huaqiangbei&w=1323&dg=0&fees=3.39&pool=0&lang=zh");
  const zh = await expectPreviewPng(await request.get(image.href));
  const en = await expectPreviewPng(await request.get(`/og?${SALESPERSON_S9}`));
  expect(zh.equals(en)).toBe(false);
  // lang is the image's, not the scenario's: wherever it stands, the same image
  const first = await expectPreviewPng(await request.get(`/og?lang=zh&${SALESPERSON_S9}`));
  expect(first.equals(zh)).toBe(true);
  // any other language is English
  expect((await expectPreviewPng(await request.get(`/og?${SALESPERSON_S9}&lang=xx`))).equals(en)).toBe(true);
});
