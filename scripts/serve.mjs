// Starts the production build on a port for a script (screenshots, measurements) and stops it after,
// and opens the browser those scripts drive.
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";
import { ensureChromium } from "./find-chromium.mjs";
import { serverEnv } from "./server-options.mjs";

export async function serve(port) {
  const base = `http://127.0.0.1:${port}`;
  // the production server as npm start runs it (scripts/server.mjs)
  const server = spawn("node", ["scripts/server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: "ignore",
    detached: true,
    env: serverEnv(),
  });
  let exited = null;
  server.on("exit", (code) => (exited = code));
  for (let i = 0; i < 60; i++) {
    // stopped before answering (its port taken by another server, say): the figures would be another's
    if (exited !== null) throw new Error(`the production server stopped (exit code ${exited}): is port ${port} taken?`);
    try {
      if ((await fetch(`${base}/api/payback?v=1&preset=s21`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, stop: () => process.kill(-server.pid) };
}

/**
 * The page to look at and a browser to look with: the base URL given on the command line, or the
 * production build served on `port`; Chromium started headless with the machine's network quiet.
 * Call `close()` when done.
 */
export async function openPage(port) {
  const given = process.argv[2];
  const server = given ? null : await serve(port);
  const base = given ?? server.base;
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const close = async () => {
    await browser.close();
    server?.stop();
  };
  return { base, browser, close };
}
