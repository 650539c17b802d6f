import { openPage } from "./serve.mjs";
process.env.NETWORK_REFRESH = "off";
const { base, browser, close } = await openPage(3206);
const shots = [
  ["site", "/rigs?v=1&preset=s21&cur=CNY&kwh=0.3&cap=1000"],
  ["jan2018", "/rigs?v=1&preset=s9-2018-huaqiangbei"],
  ["sitekeys", "/rigs?v=1&cur=USD&date=2024-01-01&kwh=0.05&pool=2&days=1095"],
];
for (const [name, path] of shots) {
  for (const lang of ["en", "zh"]) {
    for (const [size, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]]) {
      const ctx = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      await ctx.addCookies([{ name: "lang", value: lang, domain: "127.0.0.1", path: "/" }]);
      const page = await ctx.newPage();
      await page.goto(`${base}${path}`);
      await page.waitForTimeout(800);
      await page.screenshot({ path: `/tmp/market-shots/${name}-${lang}-${size}.png`, fullPage: size === "desktop" ? false : false });
      await page.screenshot({ path: `/tmp/market-shots/${name}-${lang}-${size}-full.png`, fullPage: true });
      await ctx.close();
    }
  }
}
// the calculator's fair-against-market line
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
await page.goto(`${base}/?v=1&preset=s9-2018-huaqiangbei&date=2018-04-01`);
await page.waitForTimeout(1500);
const fair = page.getByTestId("fair-sentence");
await fair.scrollIntoViewIfNeeded();
await page.screenshot({ path: "/tmp/market-shots/calc-fair.png" });
console.log(await page.getByTestId("market-sentence").textContent());
await close();
