import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and WASM packages are loaded from node_modules at run time, not bundled; so is pdf-lib,
  // which @signpdf/placeholder-pdf-lib must share (one copy of its classes) to write the signature field.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg", "nodemailer", "node-forge", "pdf-lib", "@signpdf/signpdf", "@signpdf/signer-p12", "@signpdf/placeholder-pdf-lib"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // An evidence file shown inline may be framed by the portal's own review page, by no other
      // (its CSP frame-ancestors is set to match in proxy.ts).
      {
        source: "/api/berkas/:id",
        has: [{ type: "query", key: "tampil", value: "1" }],
        headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }],
      },
      {
        source: "/api/:form(verifikasi|pengaduan)",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
      {
        source: "/api/permohonan/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
