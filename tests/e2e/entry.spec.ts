import { expect, type Page } from "@playwright/test";
import { expectShown, openAlive, shown, test } from "./support";

/** One typed form: the field's label, what is typed, the link's key and value read, the "read as" line (null: none). */
interface Step {
  label: RegExp;
  typed: string;
  key: string;
  value: string;
  readAs: string | null;
}

/**
 * Types each form into its field and reads the value used three ways: the "read as" line under the
 * field, the link in the address bar, and the result card (the command line's figures for that link).
 */
async function walk(page: Page, base: string, steps: Step[], locale: "en" | "zh") {
  // a dozen typed values, each read back three ways
  test.setTimeout(150_000);
  const link = new Map<string, string>();
  for (const step of steps) {
    const input = page.getByRole("textbox", { name: step.label });
    await input.fill(step.typed);
    const key = await input.getAttribute("name");
    expect(key).toBe(step.key);
    if (step.readAs === null) await expect(page.getByTestId(`read-${step.key}`)).toHaveCount(0);
    else await expect(page.getByTestId(`read-${step.key}`)).toHaveText(step.readAs);
    await expect(input).not.toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(new RegExp(`[?&]${step.key}=${step.value.replace(/\./g, "\\.")}(&|$)`));
    link.set(step.key, step.value);
    const query = `${base}&${[...link].map(([k, v]) => `${k}=${v}`).join("&")}`;
    await expectShown(page, shown(query, { locale }));
  }
}

test("numbers typed as people type them are read, shown as read, and used in the link and the result", async ({ page }) => {
  await openAlive(page, "/?v=1&preset=s21");
  await walk(
    page,
    "v=1&preset=s21",
    [
      { label: /^Rig price/, typed: "３０００", key: "price", value: "3000", readAs: "Read as 3,000" },
      { label: /^Rig price/, typed: "1,000.5", key: "price", value: "1000.5", readAs: null },
      { label: /^Rig price/, typed: " $2,750 ", key: "price", value: "2750", readAs: "Read as 2,750" },
      { label: /^Electricity price/, typed: "0,05", key: "kwh", value: "0.05", readAs: "Read as 0.05" },
      { label: /^Electricity price/, typed: "$0.065", key: "kwh", value: "0.065", readAs: "Read as 0.065" },
      { label: /^Electricity price/, typed: "０．０７", key: "kwh", value: "0.07", readAs: "Read as 0.07" },
      { label: /^Uptime/, typed: "95%", key: "up", value: "95", readAs: "Read as 95" },
      // tera = 10^12: 126 × 10^12
      { label: /^Network difficulty/, typed: "126T", key: "diff", value: "126000000000000", readAs: "Read as 126,000,000,000,000" },
      { label: /^Network difficulty/, typed: "127 T", key: "diff", value: "127000000000000", readAs: "Read as 127,000,000,000,000" },
      { label: /^Network difficulty/, typed: "1.28e14", key: "diff", value: "128000000000000", readAs: "Read as 128,000,000,000,000" },
      { label: /^Number of rigs/, typed: "１，０００", key: "n", value: "1000", readAs: "Read as 1,000" },
      { label: /^Pool fee/, typed: "  2  ", key: "pool", value: "2", readAs: null },
    ],
    "en",
  );
});

test("what could mean two things is refused in words that name the field, and the results stay", async ({ page }) => {
  const query = "v=1&preset=s21";
  await openAlive(page, `/?${query}`);
  const price = page.getByLabel(/^Rig price/);
  await price.fill("1,000,5");
  await expect(price).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/^Rig price: “1,000,5” can be read more than one way/)).toBeVisible();
  const kwh = page.getByRole("textbox", { name: /^Electricity price/ });
  await kwh.fill("¥0.3");
  await expect(page.getByText("Electricity price: “¥0.3” is in yuan, but this scenario is in US dollars.", { exact: false })).toBeVisible();
  // the requirement across fields is checked once every field reads
  await price.fill("2900");
  await kwh.fill("");
  await expect(page.getByText("Electricity price is required when you run the rigs yourself.")).toBeVisible();
  await page.getByRole("textbox", { name: /^Pool fee/ }).fill("2T");
  await expect(page.getByText(/^Pool fee: “2T” ends in “T”/)).toBeVisible();
  await expectShown(page, shown(query));
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("full-width digits and Chinese punctuation, as an input method types them, are read the same @same-on-phone", async ({ page }) => {
    await openAlive(page, "/?v=1&preset=s9-2018-huaqiangbei");
    await walk(
      page,
      "v=1&preset=s9-2018-huaqiangbei",
      [
        { label: /^矿机价格/, typed: "２５，０００", key: "price", value: "25000", readAs: "读作 25,000" },
        { label: /^矿机价格/, typed: "2.6万", key: "price", value: "26000", readAs: "读作 26,000" },
        { label: /^电价/, typed: "０．４５", key: "kwh", value: "0.45", readAs: "读作 0.45" },
        { label: /^电价/, typed: "0。4", key: "kwh", value: "0.4", readAs: "读作 0.4" },
        { label: /^电价/, typed: "￥0.3", key: "kwh", value: "0.3", readAs: "读作 0.3" },
        { label: /^在线率/, typed: "９５％", key: "up", value: "95", readAs: "读作 95" },
        // 2.6T = 2.6 × 10^12
        { label: /^全网难度/, typed: "2.6T", key: "diff", value: "2600000000000", readAs: "读作 2,600,000,000,000" },
        { label: /^全网难度/, typed: "２．７ｅ１２", key: "diff", value: "2700000000000", readAs: "读作 2,700,000,000,000" },
        { label: /^矿池费率/, typed: "1,5", key: "pool", value: "1.5", readAs: "读作 1.5" },
      ],
      "zh",
    );
  });

  test("refusals name the field by its Chinese label @same-on-phone", async ({ page }) => {
    await openAlive(page, "/?v=1&preset=s9-2018-huaqiangbei");
    const kwh = page.getByRole("textbox", { name: /^电价/ });
    await kwh.fill("$0.05");
    await expect(page.getByText("电价：“$0.05”是美元，而这个方案用人民币。", { exact: false })).toBeVisible();
    await kwh.fill("");
    await expect(page.getByText("自己运营时需要填写电价。")).toBeVisible();
    await page.getByLabel(/^矿机价格/).fill("1,000,5");
    await expect(page.getByText(/^矿机价格：“1,000,5”有不止一种读法/)).toBeVisible();
  });
});
