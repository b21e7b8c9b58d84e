import { NextResponse, type NextRequest } from "next/server";

// Sets a per-request Content-Security-Policy with a nonce that Next.js applies to its own
// scripts. Nothing here decides access: authorization lives in the domain layer.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV !== "production";
  // An evidence file shown inline (`?tampil=1`) may be framed by the portal's own review page.
  const { pathname, searchParams } = request.nextUrl;
  const framable = pathname.startsWith("/api/berkas/") && searchParams.get("tampil") === "1";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${framable ? "'self'" : "'none'"}`,
    "frame-src 'self'",
  ].join("; ");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Not the upload routes: the proxy would buffer (and cut at 10 MB) their request bodies; their
      // answers get a static CSP from next.config.ts instead.
      source: "/((?!_next/static|_next/image|favicon.ico|logo.svg|api/permohonan|api/verifikasi|api/pengaduan).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
