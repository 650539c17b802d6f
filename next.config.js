/** @type {import('next').NextConfig} */

// Security headers. The Content-Security-Policy, with its per-request script nonce, is set by
// proxy.ts (lib/csp.ts).
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // the production server (scripts/server.mjs) compresses every answer: Brotli for the browsers that
  // take it, gzip for the others; Next.js's own compression (gzip only) would compress them twice
  compress: false,
  // Link previews: the og: tags go in <head> for every client, not only for the crawlers on Next.js's
  // list (a preview fetcher missing from it may read <head> alone). Costs one simulation before the first byte.
  htmlLimitedBots: /.*/,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
