// How long the odds line takes to follow typing (a measurement, not a test):
//   npx next build && node scripts/measure-odds.mjs [baseURL]
// Types a new rig price (a burst of keys, as a person types) 15 times; for each, the time from the
// last key's keydown event to the odds line under the headline showing its new, settled text
// (a MutationObserver inside the page). Prints the median and the 90th percentile.
import { openPage } from "./serve.mjs";

const { base, browser, close } = await openPage(3126);
const results = {};
for (const [name, query] of [
  ["self, 3 years", "v=1&preset=s9-2018-huaqiangbei"],
  ["compare, 10 years", "v=1&preset=s9-2018-huaqiangbei&mode=compare&hkwh=0.5&days=3650"],
]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/?${query}`);
  await page.waitForSelector('[data-testid="payback-odds"][aria-busy="false"]', { timeout: 30_000 });
  await page.evaluate(() => {
    const w = window;
    const target = document.querySelector('[data-testid="payback-odds"]');
    document.addEventListener("keydown", (e) => (w.__t0 = e.timeStamp), true);
    w.__settled = () =>
      new Promise((resolve) => {
        const check = () => {
          if (target.getAttribute("aria-busy") === "false" && target.textContent !== w.__before) {
            obs.disconnect();
            resolve(performance.now() - w.__t0);
          }
        };
        const obs = new MutationObserver(check);
        obs.observe(target, { characterData: true, childList: true, subtree: true, attributes: true });
        check();
      });
  });
  const field = page.getByLabel(/^Rig price/);
  const samples = [];
  for (let i = 0; i < 15; i++) {
    const price = String(12000 + i * 1700);
    await page.evaluate(() => (window.__before = document.querySelector('[data-testid="payback-odds"]').textContent));
    await field.click();
    await field.press("Control+A");
    await page.keyboard.type(price, { delay: 40 });
    samples.push(await page.evaluate(() => window.__settled()));
    await page.waitForTimeout(300);
  }
  samples.sort((a, b) => a - b);
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
    `last keystroke → odds line, ${name.padEnd(18)} median ${String(r.medianMs).padStart(6)} ms, p90 ${String(r.p90Ms).padStart(6)} ms (${r.samples} prices)`,
  );
}
