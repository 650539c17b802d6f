import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit, property and CLI tests only: the browser tests in tests/e2e run under Playwright.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    environment: "node",
    // both languages loaded, as on the server (the page alone loads Chinese on demand)
    setupFiles: ["tests/support/locales.ts"],
    // the server's network refresh never reaches the internet from a test (tests/app/network.test.ts uses a local fake)
    env: { NETWORK_REFRESH: "off" },
  },
});
