// How the production server is started by every script (npm start, the browser tests, the load and
// screenshot scripts): Node's limit on a request's headers raised from 16 KB to 64 KB, so a link up
// to 64 KB reaches the app, which answers a too-long query with its JSON 400 naming `query` instead
// of Node's bare 431. Beyond 64 KB Node still answers 431 (the bound on what one request may hold).
export const MAX_HEADER_BYTES = 65536;

/** The environment with the server's Node options added to any already set. */
export function serverEnv(env = process.env) {
  const flag = `--max-http-header-size=${MAX_HEADER_BYTES}`;
  const current = env.NODE_OPTIONS ?? "";
  return { ...env, NODE_OPTIONS: current.includes("--max-http-header-size") ? current : `${current} ${flag}`.trim() };
}
