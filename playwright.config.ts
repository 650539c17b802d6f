import { defineConfig, devices } from "@playwright/test";

// Browser tests run against the production build (`scripts/e2e.mjs` builds it once per run).
const port = Number(process.env.E2E_PORT ?? 3107);
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launchOptions = {
  executablePath: chromiumPath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
    launchOptions,
  },
  projects: [
    // The desktop runs everything but the tests of a phone's own layout (tagged @phone-only).
    {
      name: "desktop",
      grepInvert: /@phone-only/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 }, launchOptions },
    },
    // The phone runs what its layout can change. Not: printing (it starts from the desktop layout,
    // paper being the same size either way), the server's headers and link previews (no layout at
    // all), and tests tagged @same-on-phone (the same content as the desktop's, in one column).
    {
      name: "phone",
      testIgnore: /(print|headers|og)\.spec\.ts$/,
      grepInvert: /@same-on-phone/,
      use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 }, launchOptions },
    },
  ],
  webServer: {
    // the production server as npm start runs it: Next.js, with Brotli for the browsers that take it
    command: `node scripts/server.mjs -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    // the modern presets stay on the stored network (data/network.ts): the browser tests never reach the internet
    // a 64 KB header limit, as npm start sets it (scripts/server-options.mjs): a long link gets the JSON 400, not a bare 431
    // HEAVY_BUDGET_MS: the browser tests check what pages and images show, on a machine busy with other
    // work, so the heavy work's time budget is widened for them; the budget itself is tested in
    // tests/app/heavy-pool.test.ts and measured by npm run load on the same build
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      NETWORK_REFRESH: "off",
      NODE_OPTIONS: "--max-http-header-size=65536",
      HEAVY_BUDGET_MS: "30000",
    },
  },
});
