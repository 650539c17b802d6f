import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit, property and CLI tests only: the browser tests in tests/e2e run under Playwright.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    environment: "node",
    // as on the server: both languages loaded, the daily history tables installed (the page loads
    // Chinese and the daily tables on demand)
    setupFiles: ["tests/support/locales.ts", "tests/support/daily-tables.ts"],
    // the server's network refresh never reaches the internet from a test (tests/app/network.test.ts uses a local fake)
    env: { NETWORK_REFRESH: "off" },
  },
});
