// Small HTTP pieces of the file routes: a request body read with a hard limit, a same-origin
// check for cookie-authenticated writes, a safe way back to the page a form came from, and an
// RFC 6266 / RFC 5987 download header. No framework imports, so they are tested as plain code.

export type LimitedBody = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too_large" | "truncated" };

/**
 * Reads the body, refusing at once when Content-Length already exceeds `limit` and stopping as
 * soon as more than `limit` bytes arrive (a body without Content-Length cannot run on). A body
 * shorter than its Content-Length was cut short on the way ("truncated").
 */
export async function readBodyLimited(request: Request, limit: number): Promise<LimitedBody> {
  const header = request.headers.get("content-length");
  const declared = header !== null && /^\d+$/.test(header.trim()) ? Number(header.trim()) : null;
  if (declared !== null && declared > limit) return { ok: false, reason: "too_large" };
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, reason: "too_large" };
    }
    chunks.push(value);
  }
  if (declared !== null && total !== declared) return { ok: false, reason: "truncated" };
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}

function requestHost(request: Request): string | null {
  return request.headers.get("x-forwarded-host") ?? request.headers.get("host");
}

/**
 * Whether a state-changing request comes from this site's own pages. Browsers say so in
 * Sec-Fetch-Site or Origin; a request with neither (an old browser, a script) is let through:
 * the session cookie is SameSite=Lax, so another site's form cannot carry it anyway.
 */
export function sameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin" || site === "none";
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  try {
    return new URL(origin).host === requestHost(request);
  } catch {
    return false;
  }
}

/** Whether the client is a plain HTML form (no JavaScript) rather than a script asking for JSON. */
export function wantsHtml(request: Request): boolean {
  const accept = request.headers.get("accept") ?? "";
  return accept.includes("text/html") && !accept.startsWith("application/json");
}

/**
 * A path on this site to send a form back to: the Referer's path and query when it is this
 * site, else `fallbackPath`, with `params` set (replacing earlier values) and an optional
 * fragment. Never an absolute URL, so never another site.
 */
export function backTo(request: Request, fallbackPath: string, params: Record<string, string>, fragment?: string): string {
  let target = fallbackPath;
  const referer = request.headers.get("referer");
  if (referer) {
    try {
      const url = new URL(referer);
      if (url.host === requestHost(request) && url.pathname.startsWith("/") && !url.pathname.startsWith("//")) {
        target = url.pathname + url.search;
      }
    } catch {
      // not a URL: use the fallback
    }
  }
  const url = new URL(target, "http://localhost");
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.pathname + url.search + (fragment ? `#${encodeURIComponent(fragment)}` : "");
}

/** A redirect that turns a POST into a GET of `location` (a path on this site). */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

/**
 * `attachment` with the name twice: an ASCII fallback for old clients (accents dropped, quotes,
 * backslashes and control characters replaced) and the exact UTF-8 name as RFC 5987 `filename*`.
 */
export function contentDisposition(name: string, disposition: "attachment" | "inline" = "attachment"): string {
  let ascii = name
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\%;]/g, "_")
    .trim();
  // A name with no ASCII letters left keeps its extension: "денеж.png" → "berkas.png".
  if (ascii === "" || ascii.startsWith(".")) ascii = `berkas${ascii}`;
  const encoded = encodeURIComponent(name.replace(/\p{Cc}/gu, "")).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
