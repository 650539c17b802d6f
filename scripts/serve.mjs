// Starts the production build on a port for a script (screenshots, measurements) and stops it after.
import { spawn } from "node:child_process";

export async function serve(port) {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { stdio: "ignore", detached: true });
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(`${base}/api/payback?v=1&preset=s21`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, stop: () => process.kill(-server.pid) };
}
