// How long the headline takes to update after a keystroke (a measurement, not a test):
//   npx next build && node scripts/measure-typing.mjs [baseURL]
// Types into the rig price field 30 times; for each key, the time from the browser's keydown
// event to the net-profit figure changing in the page (a MutationObserver inside the page sees the
// new text as soon as React commits it). Prints the median and the 90th percentile.
import { openPage } from "./serve.mjs";

const { base, browser, close } = await openPage(3125);
const results = {};
for (const [name, query] of [
  ["self, 3 years", "v=1&preset=s9-2018-huaqiangbei&dg=4"],
  ["compare, 10 years", "v=1&preset=s9-2018-huaqiangbei&mode=compare&dg=4&days=3650"],
]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/?${query}`);
  await page.waitForSelector(".recharts-surface");
  await page.evaluate(() => {
    const w = window;
    w.__samples = [];
    const target = document.querySelector('[data-testid="net-profit"]');
    let last = target.textContent;
    document.addEventListener("keydown", (e) => (w.__t0 = e.timeStamp), true);
    new MutationObserver(() => {
      if (target.textContent !== last && w.__t0 !== undefined) {
        last = target.textContent;
        w.__samples.push(performance.now() - w.__t0);
        w.__t0 = undefined;
      }
    }).observe(target, { characterData: true, childList: true, subtree: true });
  });
  const field = page.getByLabel(/^Rig price/);
  await field.click();
  await page.keyboard.press("End");
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press(i % 2 === 0 ? "7" : "Backspace");
    await page.waitForTimeout(120);
  }
  const samples = (await page.evaluate(() => window.__samples)).sort((a, b) => a - b);
  results[name] = {
    samples: samples.length,
    medianMs: Number(samples[Math.floor(samples.length / 2)].toFixed(1)),
    p90Ms: Number(samples[Math.floor(samples.length * 0.9)].toFixed(1)),
  };
  await page.close();
}
await close();
for (const [name, r] of Object.entries(results)) {
  console.log(
    `keystroke → headline, ${name.padEnd(18)} median ${String(r.medianMs).padStart(6)} ms, p90 ${String(r.p90Ms).padStart(6)} ms (${r.samples} keys)`,
  );
}
