import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

// The result of a file check travels in the address the check redirects to. It is signed with
// the server's key and expires after 15 minutes, so a hand-made link ("?hasil=asli…") cannot make
// the page vouch for a file nobody checked.

const TTL_S = 15 * 60;
const FIELDS = ["hasil", "ttd", "t", "id"] as const;
type Outcome = Partial<Record<(typeof FIELDS)[number], string>>;

function mac(o: Outcome, expires: string): string {
  const text = [...FIELDS.map((f) => `${f}=${o[f] ?? ""}`), `e=${expires}`].join("&");
  return createHmac("sha256", authSecret()).update(`verifikasi:${text}`).digest("base64url");
}

/** The outcome with its expiry (`e`) and signature (`s`) added. */
export function signOutcome(o: Outcome, now = Date.now()): Record<string, string> {
  const expires = String(Math.floor(now / 1000) + TTL_S);
  const clean = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, string>;
  return { ...clean, e: expires, s: mac(o, expires) };
}

/** Whether the outcome in an address is one this server wrote, less than 15 minutes ago. */
export function outcomeIsGenuine(q: Outcome & { e?: string; s?: string }, now = Date.now()): boolean {
  if (!q.e || !q.s || !/^\d{1,12}$/.test(q.e) || Number(q.e) * 1000 < now) return false;
  const expected = Buffer.from(mac(q, q.e));
  const given = Buffer.from(q.s);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
