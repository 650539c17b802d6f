import { expect, test } from "@playwright/test";

test("the odds from history sit under the headline and follow typing", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei");
  const odds = page.getByTestId("payback-odds");
  await expect(odds).toHaveText(
    /^Pays back in \d+ % of 1,000 futures drawn from Jan 2014 – Jan 2018; median (day [\d,]+|: never); 10–90 %: /,
    {
      timeout: 20_000,
    },
  );
  // the same figures as the API's futures object: its share, rounded to whole %
  const api = await (await page.request.get("/api/payback?v=1&preset=s9-2018-huaqiangbei&futures=history")).json();
  await expect(odds).toContainText(`Pays back in ${Math.round(Number(api.futures.payBackPct))} %`);
  const before = await odds.textContent();
  await page.getByLabel(/^Rig price/).fill("10000");
  await expect(odds).not.toHaveText(before ?? "", { timeout: 5_000 });
  const cheap = await (await page.request.get("/api/payback?v=1&preset=s9-2018-huaqiangbei&price=10000&futures=history")).json();
  await expect(odds).toContainText(`Pays back in ${Math.round(Number(cheap.futures.payBackPct))} %`);
});

test("compare mode gives each side its odds", async ({ page }) => {
  await page.goto("/?v=1&preset=s9-2018-huaqiangbei&mode=compare&hkwh=0.5");
  await expect(page.getByTestId("payback-odds")).toContainText("futures drawn from", { timeout: 20_000 });
  await expect(page.getByTestId("hosted-payback-odds")).toContainText("futures drawn from");
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("the odds line is in Chinese", async ({ page }) => {
    await page.goto("/?v=1&preset=s9-2018-factory");
    await expect(page.getByTestId("payback-odds")).toHaveText(/^在取自 2014年1月 – 2018年1月 历史的 1,000 个情景中，\d+% 回本；/, {
      timeout: 20_000,
    });
  });
});
