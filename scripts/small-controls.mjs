// Every control a finger has to hit on a phone (390 × 844), with its size when it is under 44 px
// tall (or wide): buttons, links, inputs, selects, summaries, switches and radio labels, on the
// opening page, a compare link, a replay and /rigs, both languages. Prints the list and the count;
// exits 1 when any is left (a check to run by hand, not a timed test):
//   npx next build && node scripts/small-controls.mjs [baseURL]
// Where the answer sits: the verdict's and the four main fields' distance from the top, in screens
// (on the opening page, a hosted and a compare link, a replay); on a compare link also both answers'
// line and the end of the sentence saying which side wins.
import { openPage } from "./serve.mjs";

const MIN = 44;
const PAGES = [
  ["opening", "/"],
  ["hosted", "/?v=1&preset=s9-2018-hosted&mode=hosted"],
  ["compare", "/?v=1&preset=s9-2018-huaqiangbei&mode=compare&dg=6&hfee=60"],
  ["replay", "/?v=1&preset=s9-2018-replay"],
  ["rigs", "/rigs?v=1&preset=s21"],
];
const { base, browser, close } = await openPage(3211);
let small = 0;
for (const locale of ["en", "zh"]) {
  for (const [name, path] of PAGES) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      hasTouch: true,
      isMobile: true,
    });
    await context.addCookies([{ name: "lang", value: locale, url: base }]);
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    await page
      .locator("html[data-ready]")
      .waitFor({ state: "attached", timeout: 20_000 })
      .catch(() => {});
    await page.waitForTimeout(800);
    const found = await page.evaluate((min) => {
      const selector =
        "button, a[href], input:not([type=hidden]), select, textarea, summary, [role=switch], [role=tab], [role=radio], label:has(> input[type=radio]), label:has(> input[type=checkbox])";
      const out = [];
      for (const el of document.querySelectorAll(selector)) {
        // a radio or checkbox inside its label is hit through the label: the label is measured
        if (el.matches("input[type=radio], input[type=checkbox]") && el.closest("label")) continue;
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (box.width === 0 || box.height === 0 || style.visibility === "hidden" || el.closest("[aria-hidden=true], .sr-only, .skip-links"))
          continue;
        // links inside running text are read, not aimed at as controls
        if (el.matches("a") && el.closest("p, li") && !el.matches(".button, .chip")) continue;
        if (box.height < min - 0.5 || box.width < min - 0.5) {
          const text = (el.getAttribute("aria-label") || el.textContent || el.getAttribute("name") || el.id || el.tagName)
            .trim()
            .replace(/\s+/g, " ");
          out.push({
            tag: el.tagName.toLowerCase(),
            text: text.slice(0, 40),
            w: Math.round(box.width),
            h: Math.round(box.height),
            y: Math.round(box.top + window.scrollY),
          });
        }
      }
      const top = (sel) => {
        const el = document.querySelector(sel);
        return el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : null;
      };
      return {
        out,
        where: {
          verdict: top('[data-testid="headline"]'),
          // compare mode: both answers in a line each, and which side wins (its sentence's end, in full view)
          answers: document.querySelector(".side-strip") ? top(".side-strip") : null,
          "which side (end)": document.querySelector('[data-testid="compare-lead"]')
            ? Math.round(document.querySelector('[data-testid="compare-lead"]').getBoundingClientRect().bottom + window.scrollY)
            : null,
          rig: top("#f-rig"),
          price: top("#f-price"),
          power: top("#f-kwh") ?? top("#f-hkwh"),
          // compare mode: the hosting offer under the power price
          hosting: document.querySelector("#f-kwh") ? top("#f-hkwh") : null,
          mode: top(".modes"),
        },
      };
    }, MIN);
    small += found.out.length;
    const screens = Object.entries(found.where)
      .filter(([, y]) => y !== null)
      .map(([k, y]) => `${k} ${(y / 844).toFixed(2)}`)
      .join(", ");
    console.log(
      `\n${name} (${locale}): ${found.out.length} controls under ${MIN} px${screens ? `; screens from the top: ${screens}` : ""}`,
    );
    for (const c of found.out)
      console.log(`  ${c.tag.padEnd(8)} ${String(c.w).padStart(4)}×${String(c.h).padEnd(3)} at y ${String(c.y).padStart(5)}  ${c.text}`);
    await context.close();
  }
}
await close();
console.log(`\n${small} controls under ${MIN} px in all`);
process.exit(small > 0 ? 1 : 0);
