// Screenshots of the page in each mode at desktop and phone widths, for looking at the product:
//   npx next build && node scripts/screenshots.mjs [baseURL]   → screenshots/*.png
// SHOTS=self,compare picks views; DARK=1 the dark theme; SHOT_LOCALE=zh-CN the browser's language.
import { openPage } from "./serve.mjs";
import { mkdirSync } from "node:fs";

const { base, browser, close } = await openPage(3123);
mkdirSync("screenshots", { recursive: true });
const shots = [
  ["self", "/"],
  ["modern", "/?v=1&preset=s21&kwh=0.045&dg=2"],
  ["hosted", "/?v=1&preset=s9-2018-huaqiangbei&mode=hosted"],
  ["compare", "/?v=1&preset=s9-2018-huaqiangbei&mode=compare&dg=6&hfee=60"],
  ["history", "/?v=1&preset=s9-2018-replay&days=1825"],
  ["badlink", "/?v=1&preset=s21&price=abc&zzz=1"],
  ["linkfallback", "/?v=1&preset=s21&hist=1&date=2030-01-01"],
];
const only = process.env.SHOTS?.split(",");
for (const [name, path] of shots) {
  if (only && !only.includes(name)) continue;
  for (const [size, viewport] of [
    ["desktop", { width: 1280, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ]) {
    const zh = process.env.SHOT_LOCALE?.startsWith("zh");
    const suffix = `${size}${process.env.DARK ? "-dark" : ""}${zh ? "-zh" : ""}`;
    const page = await browser.newPage({
      viewport,
      deviceScaleFactor: 1,
      colorScheme: process.env.DARK ? "dark" : "light",
      locale: process.env.SHOT_LOCALE ?? "en-US",
    });
    await page.goto(`${base}${path}`);
    await page.waitForSelector("html[data-ready]", { state: "attached", timeout: 15000 }).catch(() => {});
    await page.waitForTimeout(300);
    // what a person sees first
    await page.screenshot({ path: `screenshots/${name}-${suffix}-top.png` });
    // the whole page: on a desktop the results column scrolls on its own beside the form, so the
    // window is made as tall as the page to show all of it at once
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
    // the charts and the views are drawn as they come near the screen: now that all of it is
    await page.waitForSelector("figure.chart .recharts-wrapper", { timeout: 15000 }).catch(() => {});
    await page.waitForSelector('[data-testid="sensitivity"] [role="tabpanel"]', { timeout: 15000 }).catch(() => {});
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `screenshots/${name}-${suffix}.png`, fullPage: true });
    await page.close();
  }
}
await close();
console.log("screenshots/ written");
