// Finds a Chromium for the browser tests, installing Debian's package when it can (root + apt-get).
// Prints the executable's path on stdout; explains what is missing on stderr and exits 1 otherwise.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
].filter(Boolean);

export function findChromium() {
  return CANDIDATES.find((p) => existsSync(p));
}

function canApt() {
  return typeof process.getuid === "function" && process.getuid() === 0 && spawnSync("which", ["apt-get"]).status === 0;
}

export function ensureChromium() {
  let found = findChromium();
  if (found) return found;
  if (canApt()) {
    process.stderr.write("Browser tests: no Chromium found; installing Debian's chromium and CJK fonts with apt-get…\n");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: ["ignore", "ignore", "inherit"], env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-noto-cjk"], {
      stdio: ["ignore", "ignore", "inherit"],
      env,
    });
    found = findChromium();
    if (found) return found;
  }
  process.stderr.write(
    [
      "Browser tests need Chromium and none was found.",
      `Looked at: ${CANDIDATES.join(", ")}.`,
      "Install it (Debian/Ubuntu: `sudo apt-get install chromium`), or set CHROMIUM_PATH to a Chrome or Chromium executable.",
      "",
    ].join("\n"),
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${ensureChromium()}\n`);
}
