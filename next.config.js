/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // the engine is plain TypeScript in lib/ and data/, compiled with the app
  typedRoutes: false,
};

module.exports = nextConfig;
