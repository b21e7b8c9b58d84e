import { env } from "@/lib/env";

/**
 * The portal's own origin for links printed in documents (receipt, certificate QR code):
 * NEXTAUTH_URL when set (as it must be in production), else the host the request came to.
 */
export function siteOrigin(headers: Headers, requestUrl?: string): string {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const url = requestUrl ? new URL(requestUrl) : null;
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? url?.host ?? "localhost:3000";
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url?.protocol.replace(/:$/, "") || "http";
  return `${proto}://${host}`;
}

/** The portal's address for links in e-mails, written outside any request: NEXTAUTH_URL, else this machine. */
export function publicBaseUrl(): string {
  return env().NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`;
}
