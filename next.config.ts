import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaderRules } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its wasm through file URLs; bundling it breaks at runtime.
  // bwip-js (label barcodes) is loaded by Node at runtime rather than bundled.
  serverExternalPackages: ["@electric-sql/pglite", "bwip-js"],
  poweredByHeader: false,
  async headers() {
    return securityHeaderRules();
  },
};

export default withNextIntl(nextConfig);
